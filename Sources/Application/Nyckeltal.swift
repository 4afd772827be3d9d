import Budget

/// One key figure of a run per plan year, as `kor` prints it and `jamfor` puts side by side.
public struct Nyckeltal: Sendable, Equatable {
    /// The row key, as in the single runs' CSV files (e.g. `resultat`, `eget_kapital`).
    public let nyckel: String
    /// The heading users read.
    public let rubrik: String
    /// The unit ("mnkr", "åa", "personer", "kr", "%").
    public let enhet: String
    /// Decimals shown.
    public let decimaler: Int
    /// One value per plan year.
    public let varden: [Double]

    /// Creates a key figure.
    public init(_ nyckel: String, _ rubrik: String, _ enhet: String, _ decimaler: Int, _ varden: [Double]) {
        self.nyckel = nyckel
        self.rubrik = rubrik
        self.enhet = enhet
        self.decimaler = decimaler
        self.varden = varden
    }

    /// The budget's key figures: costs, revenue, result (also as a share of taxes and grants, the measure of
    /// "god ekonomisk hushållning"), equity and liquid funds.
    public static func budget(_ utfall: Budgetutfall) -> [Nyckeltal] {
        let r = utfall.resultatbudget
        let andel = r.resultat.indices.map { r.resultat[$0] / (r.skatteintakter[$0] + r.statsbidrag[$0]) * 100 }
        return [
            Nyckeltal("verksamhetens_kostnader", "Verksamhetens kostnader", "mnkr", 1, r.verksamhetensKostnader),
            Nyckeltal("skatteintakter", "Skatteintäkter", "mnkr", 1, r.skatteintakter),
            Nyckeltal("statsbidrag", "Statsbidrag och utjämning", "mnkr", 1, r.statsbidrag),
            Nyckeltal("resultat", "Resultat", "mnkr", 1, r.resultat),
            Nyckeltal("resultat_andel", "Resultat av skatter och bidrag", "%", 1, andel),
            Nyckeltal("eget_kapital", "Eget kapital", "mnkr", 0, utfall.balansbudget.utgaendeBalans.map(\.egetKapital)),
            Nyckeltal("likvida_medel", "Likvida medel", "mnkr", 0, utfall.finansieringsbudget.likvidaMedelUB),
        ]
    }
}
