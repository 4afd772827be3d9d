import Vokabular

/// The drivers a ledger holds: which drivers explain which row (account), and their monthly values per unit
/// or for the whole region. The regression method (`Regressionsmetod`) fits a row's monthly amounts on them.
public struct Drivare: Sendable {
    /// Row code → the names of the drivers that explain it, sorted.
    public let perKonto: [String: [String]]
    private let varden: [Drivarvarde.Nyckel: Double]
    /// The units (nil: the whole region) that have values of their own per driver name.
    private let egna: [String: Set<String?>]

    /// The drivers `perKonto` with the values `varden`; a later value for the same unit, driver and month
    /// replaces an earlier one.
    public init(perKonto: [String: [String]], varden: [Drivarvarde]) {
        self.perKonto = perKonto.mapValues { $0.sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) } }
        self.varden = Dictionary(varden.map { ($0.nyckel, $0.varde) }, uniquingKeysWith: { $1 })
        egna = Dictionary(grouping: varden, by: \.namn).mapValues { Set($0.map(\.enhet)) }
    }

    /// The value of driver `namn` for unit `enhet` in `period`. A unit with any values of its own for the
    /// driver has its own series, months without a value included (nil there); a unit without any has the
    /// whole region's. The two are never mixed month by month, since a region's level is no unit's.
    public func varde(_ namn: String, enhet: String, period: Period) -> Double? {
        let kalla: String? = egna[namn]?.contains(enhet) == true ? enhet : nil
        return varden[.init(enhet: kalla, namn: namn, period: period)]
    }
}
