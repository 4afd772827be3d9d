/// The base year's own staff per segment and age band, as exported from an HR system: headcount, FTE
/// (årsarbetare), employment rate (sysselsättningsgrad) and monthly salary.
public struct Personalbestand: Equatable, Sendable {
    /// One segment's staff in one age band.
    public struct Rad: Equatable, Sendable {
        public let segment: Segment
        public let band: Int
        /// Headcount, persons.
        public let antal: Double
        /// Full-time equivalents, årsarbetare.
        public let arsarbetare: Double
        /// Monthly salary, kronor.
        public let manadslon: Double

        public init(segment: Segment, band: Int, antal: Double, arsarbetare: Double, manadslon: Double) {
            self.segment = segment
            self.band = band
            self.antal = antal
            self.arsarbetare = arsarbetare
            self.manadslon = manadslon
        }

        /// Sysselsättningsgrad: FTE per person.
        public var sysselsattningsgrad: Double { antal > 0 ? arsarbetare / antal : 0 }
    }

    public let aldersband: Aldersband
    /// The segments in a fixed order.
    public let segment: [Segment]
    /// Headcount, FTE per person and monthly salary by `[segment][band]`.
    public let antal: [[Double]], grad: [[Double]], lon: [[Double]]

    /// Collects the rows; every segment needs every band once (an empty band has headcount 0, and the
    /// segment's mean employment rate for those hired into it).
    public init(aldersband: Aldersband, rader: [Rad]) throws(PersonalFel) {
        let segment = Array(Set(rader.map(\.segment))).sorted()
        guard !segment.isEmpty else { throw .ogiltigaData("bemanningen har inga rader") }
        var antal = [[Double]](repeating: [Double](repeating: -1, count: aldersband.antal), count: segment.count)
        var grad = antal.map { $0.map { _ in 0.0 } }, lon = grad
        for rad in rader {
            guard let s = segment.firstIndex(of: rad.segment), (0..<aldersband.antal).contains(rad.band) else { continue }
            guard antal[s][rad.band] < 0 else {
                throw .ogiltigaData("\(rad.segment.grupp) i \(rad.segment.omrade), \(aldersband.namn(rad.band)) finns två gånger")
            }
            guard rad.antal >= 0, rad.arsarbetare >= 0, rad.arsarbetare <= rad.antal, rad.manadslon >= 0 else {
                throw .ogiltigaData("\(rad.segment.grupp) i \(rad.segment.omrade), \(aldersband.namn(rad.band)): ogiltiga antal")
            }
            antal[s][rad.band] = rad.antal
            grad[s][rad.band] = rad.sysselsattningsgrad
            lon[s][rad.band] = rad.manadslon
        }
        for (s, seg) in segment.enumerated() {
            if let b = antal[s].firstIndex(where: { $0 < 0 }) {
                throw .ogiltigaData("\(seg.grupp) i \(seg.omrade) saknar åldersbandet \(aldersband.namn(b))")
            }
            // A band without staff has no rate of its own; those hired into it work the segment's mean rate.
            let medel = Self.medelgrad(antal[s], grad[s])
            for b in antal[s].indices where antal[s][b] == 0 { grad[s][b] = medel }
        }
        self.aldersband = aldersband
        self.segment = segment
        self.antal = antal
        self.grad = grad
        self.lon = lon
    }

    /// The groups, in order.
    public var grupper: [String] { Array(Set(segment.map(\.grupp))).sorted() }

    /// The headcount-weighted mean of rates by band; 1 without staff.
    private static func medelgrad(_ antal: [Double], _ grad: [Double]) -> Double {
        let personer = antal.reduce(0, +)
        return personer > 0 ? zip(antal, grad).reduce(0) { $0 + $1.0 * $1.1 } / personer : 1
    }

    /// The headcount-weighted mean monthly salary of a segment.
    func medellon(_ s: Int) -> Double {
        let personer = antal[s].reduce(0, +)
        return personer > 0 ? zip(antal[s], lon[s]).reduce(0) { $0 + $1.0 * $1.1 } / personer : 0
    }
}
