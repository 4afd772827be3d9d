import Vokabular

/// One value of a driver, a monthly quantity outside the ledger's amounts that explains a row's amounts:
/// what driver `namn` (e.g. "arsarbetare", "loneindex", "vakanser") was for unit `enhet` in month `period`.
/// A value for the whole region (`enhet` nil) applies to every unit that has no value of its own.
public struct Drivarvarde: Hashable, Sendable {
    /// The unit's code, or nil for the whole region.
    public let enhet: String?
    /// The driver's name.
    public let namn: String
    /// The month.
    public let period: Period
    /// The value, finite.
    public let varde: Double

    /// Creates a value; the codes are stored in their normalised form (`Kod.normaliserad`).
    public init(enhet: String?, namn: String, period: Period, varde: Double) {
        self.enhet = enhet.map(Kod.normaliserad)
        self.namn = Kod.normaliserad(namn)
        self.period = period
        self.varde = varde
    }

    /// What a file may give only once: unit, driver and month.
    public struct Nyckel: Hashable, Sendable {
        public let enhet: String?
        public let namn: String
        public let period: Period
    }

    /// This value's unit, driver and month.
    public var nyckel: Nyckel { Nyckel(enhet: enhet, namn: namn, period: period) }

    /// "enhet KOD" or "hela regionen", for messages.
    public var enhetstext: String { enhet.map { "enhet \($0)" } ?? "hela regionen" }
}
