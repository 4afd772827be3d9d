import Vokabular

/// The line the period and deviation reports print when the organisation leaves units with amounts out.
enum Oplaceradetext {
    /// The line, nil when every unit is placed (or the ledger has no organisation).
    static func text(_ enheter: [String]) -> String? {
        guard !enheter.isEmpty else { return nil }
        return "Enheter som organisationen inte placerar räknas i totalen men i ingen nämnd eller förvaltning, så nämnderna "
            + "summerar inte till totalen: \(enheter.map(Styrtecken.maskerade).joined(separator: ", ")). Placera dem med "
            + "prognos uppfoljning import --organisation FIL."
    }
}
