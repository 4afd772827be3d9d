import Vokabular

/// The plan period (planperiod) of a budget: the consecutive budget years that follow a base year (basår).
///
/// Every per-year series in the budget model is an array aligned with `ar`: element `i` belongs to `ar[i]`.
public struct Planperiod: Equatable, Sendable {
    /// The base year whose closing balance (utgående balans) opens the plan period, e.g. 2022.
    public let basar: Int
    /// The budget years in ascending order, e.g. [2023, 2024, 2025].
    public let ar: [Int]

    /// Creates a plan period; the years must lie within `Artal.giltiga`, be consecutive, start the year after
    /// the base year and be at most `Granser.maxAntalAr`.
    public init(basar: Int, ar: [Int]) throws(BudgetFel) {
        guard let first = ar.first else { throw .ogiltigPlanperiod("planperioden har inga år") }
        for year in [basar] + ar where !Artal.giltiga.contains(year) {
            throw .ogiltigPlanperiod("året \(year) ligger utanför \(Artal.giltiga.lowerBound)–\(Artal.giltiga.upperBound)")
        }
        guard ar.count <= Granser.maxAntalAr else {
            throw .ogiltigPlanperiod("planperioden har \(ar.count) år, högst \(Granser.maxAntalAr) går")
        }
        guard first == basar + 1 else {
            throw .ogiltigPlanperiod("första året \(first) ska vara året efter basåret \(basar)")
        }
        for (i, year) in ar.enumerated() where year != first + i {
            throw .ogiltigPlanperiod("åren ska följa på varandra, men \(year) kommer efter \(ar[i - 1])")
        }
        self.basar = basar
        self.ar = ar
    }

    /// Number of budget years.
    public var antalAr: Int { ar.count }

    /// Position of `year` in `ar`, or nil when the year lies outside the plan period.
    public func index(of year: Int) -> Int? {
        guard let first = ar.first, year >= first, year < first + ar.count else { return nil }
        return year - first
    }

    /// The period written as a finance office writes it, e.g. "2023–2025".
    public var beskrivning: String {
        guard let first = ar.first, let last = ar.last else { return "" }
        return first == last ? "\(first)" : "\(first)–\(last)"
    }

    /// A series of zeros, one per budget year.
    public var nollserie: [Double] { Array(repeating: 0, count: ar.count) }
}
