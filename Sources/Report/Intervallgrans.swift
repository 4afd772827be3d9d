import Vokabular

/// A bound of the 95 % or 80 % interval of a quantile set, low to high: the rows `jamfor` adds under a
/// chain's key figure in its table and in `jamforelse.csv`.
enum Intervallgrans: CaseIterable {
    case nedre95, nedre80, ovre80, ovre95

    /// The quantile's name, as the CSV files' columns spell it: a key figure's `storhet` with this suffix,
    /// `resultat_p2_5`, is the bound in `jamforelse.csv`.
    var kvantil: String {
        switch self {
        case .nedre95: "p2_5"
        case .nedre80: "p10"
        case .ovre80: "p90"
        case .ovre95: "p97_5"
        }
    }

    /// The row heading in the terminal table.
    var rubrik: String {
        switch self {
        case .nedre95: "95 %-intervall, nedre"
        case .nedre80: "80 %-intervall, nedre"
        case .ovre80: "80 %-intervall, övre"
        case .ovre95: "95 %-intervall, övre"
        }
    }

    /// The bound in `q`.
    func varde(_ q: Kvantiler) -> Double {
        switch self {
        case .nedre95: q.p2_5
        case .nedre80: q.p10
        case .ovre80: q.p90
        case .ovre95: q.p97_5
        }
    }
}
