import Befolkning

/// Care use per person by age and sex in each care area (vårdtyngd), relative weights w(a, s): care need
/// follows Σ pop(a, s, t)·w(a, s). Only the pattern matters, not the level.
public struct Vardtyngd: Equatable, Sendable {
    /// Weights by area, `[kon][ålder 0…100+]`.
    public let vikter: [String: [[Double]]]

    /// One printed row: an area, an age range and the weights for women and men.
    public struct Rad: Equatable, Sendable {
        public let omrade: String
        public let aldrar: ClosedRange<Int>
        public let kvinnor: Double, man: Double
        public init(omrade: String, aldrar: ClosedRange<Int>, kvinnor: Double, man: Double) {
            self.omrade = omrade
            self.aldrar = aldrar
            self.kvinnor = kvinnor
            self.man = man
        }
    }

    /// Every area's rows must cover ages 0–100 once each with non-negative weights.
    public init(rader: [Rad]) throws(PersonalFel) {
        var vikter: [String: [[Double]]] = [:]
        var satt: [String: [Bool]] = [:]
        for rad in rader {
            guard rad.kvinnor >= 0, rad.man >= 0, rad.aldrar.lowerBound >= 0 else {
                throw .ogiltigaData("vårdtyngden för \(rad.omrade) ska vara icke-negativ")
            }
            var v = vikter[rad.omrade] ?? [[Double]](repeating: [Double](repeating: 0, count: Alder.antal), count: 2)
            var s = satt[rad.omrade] ?? [Bool](repeating: false, count: Alder.antal)
            for a in rad.aldrar where a <= Alder.hogsta {
                guard !s[a] else { throw .ogiltigaData("vårdtyngden för \(rad.omrade) anger åldern \(a) två gånger") }
                s[a] = true
                v[0][a] = rad.kvinnor
                v[1][a] = rad.man
            }
            vikter[rad.omrade] = v
            satt[rad.omrade] = s
        }
        for (omrade, s) in satt {
            if let a = s.firstIndex(of: false) { throw .ogiltigaData("vårdtyngden för \(omrade) saknar åldern \(a)") }
        }
        self.vikter = vikter
    }

    /// Σ pop·w for an area: the population's care need in weighted persons.
    func behov(_ omrade: String, _ befolkning: [[Double]]) -> Double {
        guard let w = vikter[omrade] else { return 0 }
        return (0..<2).reduce(0) { acc, k in acc + zip(befolkning[k], w[k]).reduce(0) { $0 + $1.0 * $1.1 } }
    }
}

/// A population's care need by area and year: Σ pop·w with the area's `Vardtyngd` weights. The workforce
/// model reads the population only through it, so a stochastic projection's paths can each give their own.
public struct Vardbehov: Equatable, Sendable {
    /// Weighted persons by area and year.
    public let varden: [String: [Int: Double]]

    /// Creates the care need from weighted sums by area and year.
    public init(varden: [String: [Int: Double]]) { self.varden = varden }
}
