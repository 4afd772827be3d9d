/// Observed population statistics for one region, by single year of age and sex: the population on
/// 31 December of each year, live births during each year by the mother's age (15–49) and the child's
/// sex, and deaths during each year by the age attained during that year (so deaths follow birth cohorts).
///
/// Every series is indexed `[kon][år − forstaAr][ålder]`. Births and deaths of the first year are held but
/// unused: the flows of a year lead from the previous year's population.
public struct Befolkningsdata: Equatable, Sendable {
    /// The region's name as the source gives it, e.g. "10 Blekinge län".
    public let region: String
    /// The years held, consecutive.
    public let ar: ClosedRange<Int>
    /// Population on 31 December: `[kon][år][ålder 0…100+]`.
    public let folkmangd: [[[Double]]]
    /// Live births by the child's sex and the mother's age: `[kon][år][moderns ålder − 15]`.
    public let fodda: [[[Double]]]
    /// Deaths by age attained during the year: `[kon][år][ålder 0…100+]`.
    public let doda: [[[Double]]]

    /// Creates a data set after checking every series' shape and that counts are finite and non-negative.
    public init(region: String, ar: ClosedRange<Int>, folkmangd: [[[Double]]], fodda: [[[Double]]],
                doda: [[[Double]]]) throws(BefolkningsFel) {
        let n = ar.count
        for (namn, serie, aldrar) in [("folkmängd", folkmangd, Alder.antal), ("födda", fodda, Alder.fertila.count),
                                      ("döda", doda, Alder.antal)] {
            guard serie.count == Kon.allCases.count, serie.allSatisfy({ $0.count == n && $0.allSatisfy { $0.count == aldrar } })
            else { throw .ogiltigaData("\(namn) ska ha \(n) år × \(aldrar) åldrar för båda könen") }
            guard serie.allSatisfy({ $0.allSatisfy { $0.allSatisfy { $0.isFinite && $0 >= 0 } } }) else {
                throw .ogiltigaData("\(namn) innehåller negativa eller ogiltiga antal")
            }
        }
        self.region = region
        self.ar = ar
        self.folkmangd = folkmangd
        self.fodda = fodda
        self.doda = doda
    }

    /// Position of a year in the series.
    @inline(__always)
    public func t(_ year: Int) -> Int { year - ar.lowerBound }

    /// The population of one sex on 31 December of `year`, ages 0…100+.
    public func folkmangd(_ kon: Kon, _ year: Int) -> [Double] { folkmangd[kon.rawValue][t(year)] }

    /// Total population on 31 December of `year`.
    public func total(_ year: Int) -> Double {
        Kon.allCases.reduce(0) { $0 + folkmangd($1, year).reduce(0, +) }
    }

    /// The population of an age group (both sexes) on 31 December of `year`.
    public func summa(_ grupp: Aldersgrupp, _ year: Int) -> Double {
        Kon.allCases.reduce(0) { acc, kon in acc + grupp.aldrar.reduce(0) { $0 + folkmangd(kon, year)[$1] } }
    }

    /// Births of both sexes during `year`.
    public func foddaTotalt(_ year: Int) -> Double {
        Kon.allCases.reduce(0) { $0 + fodda[$1.rawValue][t(year)].reduce(0, +) }
    }

    /// The same data cut at `year`: nothing after it is kept, so an estimate from the result cannot see
    /// later years.
    public func till(_ year: Int) throws(BefolkningsFel) -> Befolkningsdata {
        guard year <= ar.upperBound else {
            throw .ogiltigaData("året \(year) ligger efter datans sista år, \(ar.upperBound) (data för \(ar.lowerBound)–\(ar.upperBound))")
        }
        guard year > ar.lowerBound else {
            throw .ogiltigaData("året \(year) ligger inte efter datans första år, \(ar.lowerBound) (data för \(ar.lowerBound)–\(ar.upperBound))")
        }
        let n = t(year) + 1
        return try Befolkningsdata(region: region, ar: ar.lowerBound...year,
                                   folkmangd: folkmangd.map { Array($0.prefix(n)) },
                                   fodda: fodda.map { Array($0.prefix(n)) }, doda: doda.map { Array($0.prefix(n)) })
    }
}
