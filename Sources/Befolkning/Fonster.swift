/// The windows of years (up to the base year) the estimates are made over; where the data begin later, the
/// windows shrink to the years available.
public struct Fonster: Equatable, Sendable {
    /// Age-specific fertility and the sex ratio at birth.
    public var fruktsamhet = Befolkningsmodellval.fruktsamhetsfonster
    /// The mean net migration profile.
    public var migration = Befolkningsmodellval.migrationsfonster
    /// The region's mortality level against the national rates.
    public var dodlighetsniva = Befolkningsmodellval.dodlighetsnivafonster
    /// The national Lee–Carter fit.
    public var leeCarter = Befolkningsmodellval.leeCarterFonster
    /// The variability of fertility and migration for the stochastic projection.
    public var osakerhet = Befolkningsmodellval.osakerhetsfonster

    /// The standard windows.
    public init() {}

    /// Each window at most the years the data hold up to the base year: `riket` years of the country's, `region`
    /// years of the region's. The national Lee–Carter fit reads the country's rates only, so a region whose
    /// data begin later still gets the country's full window; fertility and migration read the region's
    /// data only; the mortality level and the uncertainty read both over the same years. Estimates that need a
    /// minimum (three years for Lee–Carter and the mortality level, five for the uncertainty) still refuse fewer.
    func begransade(region: Int, riket: Int) -> Fonster {
        var f = self
        let bada = min(region, riket)
        f.fruktsamhet = min(f.fruktsamhet, region)
        f.migration = min(f.migration, region)
        f.dodlighetsniva = min(f.dodlighetsniva, bada)
        f.leeCarter = min(f.leeCarter, riket)
        f.osakerhet = min(f.osakerhet, bada)
        return f
    }
}
