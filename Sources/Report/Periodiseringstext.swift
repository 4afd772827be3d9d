import Uppfoljning

/// How a budget given per year was spread over the months, in words: shared by the import's summary and the
/// period report.
enum Periodiseringstext {
    /// "3 årsbelopp fördelade på månader: 2 efter seriens egen säsongsprofil ur utfallet, 1 i tolftedelar";
    /// nil when nothing was spread.
    static func text(_ antal: [Periodiseringsmetod: Int]) -> String? {
        let summa = antal.values.reduce(0, +)
        guard summa > 0 else { return nil }
        let delar = Periodiseringsmetod.allCases.compactMap { m in
            antal[m].map { "\($0) " + (m == .tolftedelar ? "i tolftedelar" : "efter \(m.text)") }
        }
        return "\(summa) årsbelopp fördelade på månader: " + delar.joined(separator: ", ")
    }
}
