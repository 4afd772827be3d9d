/// A path's sums over the reported age groups (both sexes together), then the women's and the men's
/// totals: the first rows of every year of `Banresultat`.
///
/// The groups overlap (0–19 holds 0–5 and 6–15), so the ages are summed over the segments between all
/// groups' bounds, and every group adds up its segments. The kernel (`Karna`) sums the segments while it
/// writes the new ages, eight at a time from the top: a vector that holds a segment's lower bound closes
/// that segment with its lanes at or above the bound (`vikter`) and starts the next one below with the rest.
struct Gruppsummor: Sendable {
    /// Rows per path: the age groups, women, men.
    static let antal = Aldersgrupp.allCases.count + 2
    static let kvinnorRad = Aldersgrupp.allCases.count
    static let manRad = kvinnorRad + 1

    /// The segments' ages, ascending and together covering 0…100+.
    let segment: [Range<Int>]
    /// For each age group, its segments (consecutive, as the group's ages are).
    let gruppSegment: [Range<Int>]
    /// Per vector of the kernel (ages 1 + 8v … 8 + 8v), 1 on the lanes at or above the segment bound that
    /// falls inside it and 0 below; all 0 when none does.
    let vikter: [Double]

    init() {
        let granser = Set(Aldersgrupp.allCases.flatMap { [$0.aldrar.lowerBound, $0.aldrar.upperBound + 1] }).sorted()
        let segment = zip(granser, granser.dropFirst()).map { $0..<$1 }
        self.segment = segment
        gruppSegment = Aldersgrupp.allCases.map { g in
            let delar = segment.indices.filter { g.aldrar.contains(segment[$0].lowerBound) }
            return delar.first!..<(delar.last! + 1)
        }
        let inre = segment.dropFirst().map(\.lowerBound)
        vikter = (0..<Karna.vektorer).flatMap { v -> [Double] in
            let aldrar = (1 + Karna.bredd * v)..<(1 + Karna.bredd * (v + 1))
            let inne = inre.filter(aldrar.contains)
            // The groups are fixed in Aldersgrupp; their bounds are at least 4 years apart and fall in
            // different vectors.
            precondition(inne.count <= 1, "två åldersgränser i samma vektor: \(inne)")
            return aldrar.map { alder in inne.first.map { alder >= $0 ? 1 : 0 } ?? 0 }
        }
    }

    /// Writes the group sums and the sexes' totals from the segment sums (`delsummor`, per sex
    /// `segment.count` of them) to `ut`, row r at `ut[r · radavstand]`.
    func summera(delsummor: UnsafePointer<Double>, till ut: UnsafeMutablePointer<Double>, radavstand: Int) {
        let n = segment.count
        for kon in 0..<2 {
            var summa = 0.0
            for s in 0..<n { summa += delsummor[kon * n + s] }
            ut[(Self.kvinnorRad + kon) * radavstand] = summa
        }
        for (g, delar) in gruppSegment.enumerated() {
            var summa = 0.0
            for kon in 0..<2 { for s in delar { summa += delsummor[kon * n + s] } }
            ut[g * radavstand] = summa
        }
    }
}
