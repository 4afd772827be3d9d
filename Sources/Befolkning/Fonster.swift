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

    /// Each window at most `ar` years: a base year early in the data gets the years there are. Estimates
    /// that need a minimum (three years for Lee–Carter, five for the uncertainty) still refuse fewer.
    func begransade(till ar: Int) -> Fonster {
        var f = self
        f.fruktsamhet = min(f.fruktsamhet, ar)
        f.migration = min(f.migration, ar)
        f.dodlighetsniva = min(f.dodlighetsniva, ar)
        f.leeCarter = min(f.leeCarter, ar)
        f.osakerhet = min(f.osakerhet, ar)
        return f
    }
}
