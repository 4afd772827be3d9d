/// The drivers a ledger holds: which drivers explain which row (account), and their monthly values per unit
/// or for the whole region. The regression method (`Regressionsmetod`) fits a row's monthly amounts on them.
public struct Drivare: Sendable {
    /// Row code → the names of the drivers that explain it, sorted.
    public let perKonto: [String: [String]]
    private let varden: [Drivarvarde.Nyckel: Double]

    /// The drivers `perKonto` with the values `varden`; a later value for the same unit, driver and month
    /// replaces an earlier one.
    public init(perKonto: [String: [String]], varden: [Drivarvarde]) {
        self.perKonto = perKonto.mapValues { $0.sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) } }
        self.varden = Dictionary(varden.map { ($0.nyckel, $0.varde) }, uniquingKeysWith: { $1 })
    }

    /// The value of driver `namn` for unit `enhet` in `period`: the unit's own, else the whole region's,
    /// else nil.
    public func varde(_ namn: String, enhet: String, period: Period) -> Double? {
        varden[.init(enhet: enhet, namn: namn, period: period)] ?? varden[.init(enhet: nil, namn: namn, period: period)]
    }
}
