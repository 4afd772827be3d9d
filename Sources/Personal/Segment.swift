/// A personnel group (yrkesgrupp) in a care area (vårdområde): the unit the model follows, e.g. läkare in
/// primärvård. Groups and areas are named by the data, not fixed by the model.
public struct Segment: Hashable, Sendable, Comparable {
    /// Yrkesgrupp, e.g. "läkare", "sjuksköterskor", "undersköterskor", "övriga".
    public let grupp: String
    /// Vårdområde, e.g. "sjukhusvård", "primärvård", "psykiatri".
    public let omrade: String

    public init(grupp: String, omrade: String) {
        self.grupp = grupp
        self.omrade = omrade
    }

    public static func < (a: Segment, b: Segment) -> Bool { (a.grupp, a.omrade) < (b.grupp, b.omrade) }
}

/// The age bands staff are counted in, e.g. 20–29, 30–39, …, 65–69: consecutive, without gaps or overlaps.
/// Within a band ages are taken as evenly spread, so each year 1/width of a band moves to the next; those
/// who leave the last band retire.
public struct Aldersband: Equatable, Sendable {
    /// The bands in order.
    public let band: [ClosedRange<Int>]

    /// Checks that the bands follow each other without gaps or overlaps.
    public init(_ band: [ClosedRange<Int>]) throws(PersonalFel) {
        guard let forsta = band.first, forsta.lowerBound >= 14, let sista = band.last, sista.upperBound <= 80 else {
            throw .ogiltigaData("åldersbanden ska ligga inom 14–80 år")
        }
        for (a, b) in zip(band, band.dropFirst()) where b.lowerBound != a.upperBound + 1 {
            throw .ogiltigaData(b.lowerBound <= a.upperBound
                ? "åldersbanden \(a.lowerBound)–\(a.upperBound) och \(b.lowerBound)–\(b.upperBound) överlappar"
                : "mellan åldersbanden \(a.lowerBound)–\(a.upperBound) och \(b.lowerBound)–\(b.upperBound) saknas åldrar")
        }
        self.band = band
    }

    /// The number of bands.
    public var antal: Int { band.count }

    /// The band that holds `alder`, if any.
    public func index(_ alder: Int) -> Int? { band.firstIndex { $0.contains(alder) } }

    /// The band's name as written in files, e.g. "20-29".
    public func namn(_ i: Int) -> String { "\(band[i].lowerBound)-\(band[i].upperBound)" }
}
