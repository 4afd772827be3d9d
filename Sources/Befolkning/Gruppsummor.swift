/// A path's sums over the reported age groups (both sexes together), then the women's and the men's
/// totals: the first rows of every year of `Banresultat`.
///
/// The groups overlap (0–19 holds 0–5 and 6–15), so the ages are first summed over the segments between
/// all groups' bounds, each age read once, and every group adds up its segments.
struct Gruppsummor: Sendable {
    /// Rows per path: the age groups, women, men.
    static let antal = Aldersgrupp.allCases.count + 2
    static let kvinnorRad = Aldersgrupp.allCases.count
    static let manRad = kvinnorRad + 1

    /// The segments' ages, ascending and together covering 0…100+.
    let segment: [Range<Int>]
    /// For each age group, its segments.
    let gruppSegment: [[Int]]

    init() {
        let granser = Set(Aldersgrupp.allCases.flatMap { [$0.aldrar.lowerBound, $0.aldrar.upperBound + 1] }).sorted()
        let segment = zip(granser, granser.dropFirst()).map { $0..<$1 }
        self.segment = segment
        gruppSegment = Aldersgrupp.allCases.map { g in segment.indices.filter { g.aldrar.contains(segment[$0].lowerBound) } }
    }

    /// Writes the sums of `kolumn` (women 0…100+, then men) to `ut`, row r at `ut[r · radavstand]`;
    /// `delsummor` holds room for `2 · segment.count` values.
    func summera(_ kolumn: UnsafePointer<Double>, till ut: UnsafeMutablePointer<Double>, radavstand: Int,
                 delsummor: UnsafeMutablePointer<Double>) {
        let n = segment.count
        for kon in 0..<2 {
            var konSumma = 0.0
            for (s, alder) in segment.enumerated() {
                let summa = Self.summa(kolumn + kon * Alder.antal, alder)
                delsummor[kon * n + s] = summa
                konSumma += summa
            }
            ut[(Self.kvinnorRad + kon) * radavstand] = konSumma
        }
        for (g, delar) in gruppSegment.enumerated() {
            var summa = 0.0
            for kon in 0..<2 { for s in delar { summa += delsummor[kon * n + s] } }
            ut[g * radavstand] = summa
        }
    }

    /// The sum of `v[alder]`, in four interleaved partial sums so that the additions do not wait on each
    /// other.
    @inline(__always)
    private static func summa(_ v: UnsafePointer<Double>, _ alder: Range<Int>) -> Double {
        let raw = UnsafeRawPointer(v)
        var s = SIMD4<Double>()
        var a = alder.lowerBound
        let slut = alder.upperBound
        while a &+ 4 <= slut {
            s += raw.loadUnaligned(fromByteOffset: a &* 8, as: SIMD4<Double>.self)
            a &+= 4
        }
        var rest = 0.0
        while a < slut {
            rest += v[a]
            a &+= 1
        }
        return (s[0] + s[1]) + (s[2] + s[3]) + rest
    }
}
