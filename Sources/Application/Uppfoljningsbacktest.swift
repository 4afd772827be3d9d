import Uppfoljning

/// What `prognos uppfoljning backtest` found: the methods over the ledger's complete years, and each
/// förvaltning's own prognosis (a version by hand) for a complete year against the methods' prognoses made
/// after the same month.
public struct Uppfoljningsbacktest: Sendable {
    /// The methods, per cut-off month.
    public let metoder: Metodbacktest
    /// Per method, bottom-up against MinT per level; empty unless asked for.
    public let forsoning: [Forsoningsbacktest]
    /// One per version by hand for a complete year, by year, month and time stored.
    public let handprognoser: [Handjamforelse]
    /// The versions by hand for a year without outcome for all twelve months, which are not compared.
    public let ejJamforda: [Versionsrad]
}
