/// Budgetramar per nämnd for a scenario: each nämnd's decided frame plus the scenario's frame changes;
/// Finansförvaltningen balances, so the frames (net costs) sum to minus the result, as in Bilaga 2.
public struct NamndRamar: Budgetrapport, Equatable {
    /// Frames in the order of the decided budget, Finansförvaltningen included.
    public let ramar: [Budgetram]
    /// The scenario's result, shown as the closing line.
    public let resultat: [Double]

    /// Creates the frame table.
    public init(ramar: [Budgetram], resultat: [Double]) {
        self.ramar = ramar
        self.resultat = resultat
    }

    public var rubrik: String { "Budgetramar per nämnd" }

    public var rader: [Budgetrad] {
        ramar.map { Budgetrad(Self.nyckel(for: $0.namnd), $0.namnd, $0.belopp) }
            + [Budgetrad("resultat", "Resultat", resultat, summering: true)]
    }

    /// A CSV-friendly key for a nämnd name: lower case ASCII with underscores.
    static func nyckel(for namn: String) -> String {
        let map: [Character: String] = ["å": "a", "ä": "a", "ö": "o", "é": "e"]
        var key = ""
        for ch in namn.lowercased() {
            if let m = map[ch] { key += m } else if ch.isLetter || ch.isNumber { key.append(ch) } else if !key.hasSuffix("_") { key += "_" }
        }
        while key.hasSuffix("_") { key.removeLast() }
        return key
    }
}
