/// Net migration (in- minus out-migration, domestic and international together) by age and sex: the mean
/// of the cohort identity's residual over a window of years. A scenario scales it, or sets the yearly total
/// while keeping the age profile: the difference from the mean total is spread over ages and sexes in
/// proportion to the size of each age's mean migration (so the profile keeps its shape also when the mean
/// total is near zero, where scaling by the total would blow up).
public struct Migration: Equatable, Sendable {
    /// Mean net migration per year by `[kon][ålder]`.
    public let medel: [[Double]]
    /// How a change of the total is spread: |medel| / Σ|medel|, by `[kon][ålder]`.
    public let fordelning: [[Double]]

    /// Creates migration from a mean profile.
    public init(medel: [[Double]]) throws(BefolkningsFel) {
        guard medel.count == Kon.allCases.count, medel.allSatisfy({ $0.count == Alder.antal && $0.allSatisfy(\.isFinite) }) else {
            throw .ogiltigaData("migrationsprofilen ska ha \(Alder.antal) åldrar för båda könen")
        }
        let absolut = medel.flatMap { $0 }.reduce(0) { $0 + abs($1) }
        self.medel = medel
        self.fordelning = medel.map { $0.map { absolut > 0 ? abs($0) / absolut : 1 / Double(2 * Alder.antal) } }
    }

    /// The mean of the `fonster` years up to and including `ar`.
    public init(_ data: Befolkningsdata, till ar: Int, fonster: Int) throws(BefolkningsFel) {
        let forsta = ar - fonster + 1
        guard fonster >= 1, forsta > data.ar.lowerBound, data.ar.contains(ar) else {
            throw .ogiltigtAntagande("migrationens fönster \(forsta)–\(ar) ryms inte i data \(data.ar.lowerBound + 1)–\(data.ar.upperBound)")
        }
        var summa = [[Double]](repeating: [Double](repeating: 0, count: Alder.antal), count: 2)
        for year in forsta...ar {
            for kon in Kon.allCases {
                let m = Kohort.nettomigration(data, kon, year)
                for x in 0..<Alder.antal { summa[kon.rawValue][x] += m[x] / Double(fonster) }
            }
        }
        try self.init(medel: summa)
    }

    /// The mean total per year.
    public var total: Double { medel.flatMap { $0 }.reduce(0, +) }

    /// Net migration by `[kon][ålder]` with yearly total `total`.
    public func medTotal(_ total: Double) -> [[Double]] {
        let skillnad = total - self.total
        return zip(medel, fordelning).map { m, w in zip(m, w).map { $0 + skillnad * $1 } }
    }

    /// The yearly totals of net migration for the years in `ar`.
    public static func totaler(_ data: Befolkningsdata, ar: ClosedRange<Int>) -> [Double] {
        ar.map { year in Kon.allCases.reduce(0) { $0 + Kohort.nettomigration(data, $1, year).reduce(0, +) } }
    }
}
