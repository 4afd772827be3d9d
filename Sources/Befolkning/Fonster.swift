/// The windows of years (up to the base year) the estimates are made over.
public struct Fonster: Equatable, Sendable {
    /// Age-specific fertility and the sex ratio at birth.
    public var fruktsamhet = 5
    /// The mean net migration profile.
    public var migration = 5
    /// The region's mortality level against the national rates.
    public var dodlighetsniva = 10
    /// The national Lee–Carter fit.
    public var leeCarter = 30
    /// The variability of fertility and migration for the stochastic projection.
    public var osakerhet = 20

    /// The standard windows.
    public init() {}
}
