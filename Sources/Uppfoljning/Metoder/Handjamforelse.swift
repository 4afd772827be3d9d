/// A förvaltning's own full-year prognosis (a version by hand) against the methods' prognoses made after
/// the same month and against the year's outcome, on exactly the series the version covers: all of them
/// together, and per nämnd, förvaltning and unit (their part in the version).
///
/// The error of a prognosis is prognos − utfall in kronor and (prognos − utfall) / |utfall| in per cent, as
/// in `Metodbacktest`; amounts are signed as booked (see `Bokforing`), so a positive error means the
/// prognosis lay above the outcome (more cost, or less income, than booked). A method has a prognosis for a
/// line only when it has one for every series of the line; a series without outcome counts as 0 kr.
public struct Handjamforelse: Equatable, Sendable {
    /// One prognosis on a line: who made it, and the amount (nil where the method has none).
    public struct Prognos: Equatable, Sendable {
        public let upphov: Prognosversion.Upphov
        public let prognos: Double?
    }

    /// One line: a level's outcome and every prognosis of it.
    public struct Rad: Equatable, Sendable {
        public let niva: Organisationsniva
        /// The nämnd's, förvaltning's or unit's name, or "Totalt" for all the version's series.
        public let namn: String
        public let utfall: Double
        /// The version's prognosis first, then each method's in the order of `Handjamforelse.metoder`.
        public let prognoser: [Prognos]

        /// prognos − utfall, in kronor.
        public func fel(_ prognos: Double) -> Double { prognos - utfall }

        /// (prognos − utfall) / |utfall| in per cent; nil when the outcome is 0.
        public func felProcent(_ prognos: Double) -> Double? { utfall == 0 ? nil : (prognos - utfall) / abs(utfall) * 100 }

        /// Who came closest to the outcome (the smallest absolute error); more than one when they tie.
        public var narmast: [Prognosversion.Upphov] {
            let fel = prognoser.compactMap { p in p.prognos.map { (p.upphov, abs($0 - utfall)) } }
            guard let minsta = fel.map(\.1).min() else { return [] }
            return fel.filter { $0.1 == minsta }.map(\.0)
        }
    }

    /// The levels compared, in this order.
    public static let nivaer: [Organisationsniva] = [.totalt, .namnd, .forvaltning, .enhet]

    /// The version: its id, year, month, origin and comment.
    public let version: Versionsnamn
    /// The methods compared, in the order of `Rad.prognoser` after the version's own.
    public let metoder: [Prognosmetod]
    /// The number of series the version covers.
    public let antalSerier: Int
    /// Every line of the levels `nivaer` in the organisation's order (`Periodgrupper`): the total, then each nämnd,
    /// its förvaltningar and their units; units not placed in the tree last.
    public let rader: [Rad]

    /// Compares `version` with the methods' prognoses made after the same month (per method and series, as
    /// `Metodbacktest.prognoser` keeps them) against the year's outcome per series (`Liggare.arssummor`),
    /// grouped by the organisation tree. A unit not placed in the tree counts in the total and as a unit.
    public init(_ version: Prognosversion, utfall: [Serienyckel: Double], metoder: [Prognosmetod],
                prognoser: [Prognosmetod: [Serienyckel: Double]], organisation: Organisation) {
        let egen = Dictionary(version.poster.map { ($0.nyckel, $0.prognos) }, uniquingKeysWith: +)
        self.version = Versionsnamn(version)
        self.metoder = metoder
        antalSerier = egen.count
        rader = Periodgrupper(organisation: organisation, nycklar: egen.keys.sorted()).grupper.filter { Self.nivaer.contains($0.niva) }.map { grupp in
            func summa(_ belopp: [Serienyckel: Double]) -> Double? {
                let delar = grupp.nycklar.compactMap { belopp[$0] }
                return delar.count == grupp.nycklar.count ? delar.reduce(0, +) : nil
            }
            let metodernas = metoder.map { Prognos(upphov: .metod($0.namn), prognos: summa(prognoser[$0] ?? [:])) }
            return Rad(niva: grupp.niva, namn: grupp.namn, utfall: grupp.nycklar.compactMap { utfall[$0] }.reduce(0, +),
                       prognoser: [Prognos(upphov: version.upphov, prognos: summa(egen))] + metodernas)
        }
    }
}
