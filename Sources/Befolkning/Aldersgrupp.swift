/// The age groups a projection reports: the total, the groups of working and older ages that care demand
/// and the dependency ratio are built on, and the school ages.
public enum Aldersgrupp: Int, CaseIterable, Sendable {
    case total, ar0_19, ar20_64, ar65_79, ar80plus, ar0_5, ar6_15

    /// The ages the group covers.
    public var aldrar: ClosedRange<Int> {
        switch self {
        case .total: return 0...Alder.hogsta
        case .ar0_19: return 0...19
        case .ar20_64: return 20...64
        case .ar65_79: return 65...79
        case .ar80plus: return 80...Alder.hogsta
        case .ar0_5: return 0...5
        case .ar6_15: return 6...15
        }
    }

    /// The groups a backtest reports, the total last: 0–19, 20–64, 65–79, 80+ and the total.
    public static let backtestgrupper: [Aldersgrupp] = [.ar0_19, .ar20_64, .ar65_79, .ar80plus, .total]

    /// The heading in reports.
    public var rubrik: String {
        switch self {
        case .total: return "Totalt"
        case .ar80plus: return "80+ år"
        default: return "\(aldrar.lowerBound)–\(aldrar.upperBound) år"
        }
    }

    /// The machine name in CSV files.
    public var nyckel: String {
        switch self {
        case .total: return "total"
        case .ar80plus: return "80+"
        default: return "\(aldrar.lowerBound)-\(aldrar.upperBound)"
        }
    }
}

/// Försörjningskvot (dependency ratio): persons aged 0–19 and 65+ per person aged 20–64.
public enum Forsorjningskvot {
    /// The fewest persons aged 20–64 a ratio is taken over, persons. A population emptied by out-migration
    /// (a scenario's outflow larger than the cohorts) keeps, where the floor on migration leaves
    /// (N + M/2)·s + M/2 = 0, a rounding residue of about 10⁻¹² persons per cohort; the ratio of two such
    /// residues is noise (up to 10¹¹³ was printed), and fewer than one person of working age has no ratio.
    static let minstaArbetsfora = 1.0

    /// The ratio from the group sums 0–19, 20–64, 65–79 and 80+; 0 with fewer than `minstaArbetsfora` aged 20–64.
    public static func kvot(unga: Double, arbetsfora: Double, aldre: Double, aldst: Double) -> Double {
        arbetsfora >= minstaArbetsfora ? (unga + aldre + aldst) / arbetsfora : 0
    }
}
