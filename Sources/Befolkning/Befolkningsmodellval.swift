/// The modelling choices of the population projection in one place: the estimation windows, the limits of
/// the uncertainty model, the widths of the preset low and high variants and the run's defaults. Each
/// states its unit and the source or reasoning behind it; "no source" means none is known beyond the
/// reasoning given, and the backtest (`prognos befolkning backtest`) is their track record.
public enum Befolkningsmodellval {
    // MARK: Estimation windows (years up to and including the base year; the defaults of `Fonster`)

    /// Window for age-specific fertility and the share of girls among births, years: recent enough to
    /// follow the level, long enough to smooth single years. No source.
    static let fruktsamhetsfonster = 5
    /// Window for the mean net migration profile, and for the migration level whose standard error the
    /// uncertainty uses, years. No source.
    static let migrationsfonster = 5
    /// Window for the region's mortality level against the national rates (standardised mortality ratio),
    /// years: a small region's deaths need a decade to give a stable ratio. No source.
    static let dodlighetsnivafonster = 10
    /// Window for the national Lee–Carter fit, years: Lee and Carter fit on decades of national rates. No
    /// source for the exact length.
    static let leeCarterFonster = 30
    /// Window for the variability of fertility and migration (the country's random walks and the region's
    /// AR(1) deviations from them in the stochastic projection), years. No source.
    static let osakerhetsfonster = 20
    /// The shortest uncertainty window accepted, years: fewer points give no usable AR(1) fit.
    public static let minstaOsakerhetsfonster = 5

    // MARK: Uncertainty

    /// The range the AR(1) coefficient φ of the region's log TFR and net migration rate against the
    /// country's is clamped to, dimensionless: below 1 so that the deviations stay stationary; no source
    /// for the value 0,98.
    static let ar1PhiGranser: ClosedRange<Double> = 0...0.98

    // MARK: Preset variants (`Befolkningsantaganden.variant`; low subtracts, high adds)

    /// How much lower (low) or higher (high) the total fertility rate is than the base year's estimate,
    /// children per woman. The variants exist as SCB publishes low, medium and high alternatives; no
    /// source for the width.
    static let variantTFRSteg = 0.2
    /// The year after the base year by which the variant's fertility is reached, linearly from the base
    /// year's estimate, years. No source.
    static let variantTFRAr = 5
    /// How much the Lee–Carter drift factor is lowered (low: half the estimated improvement) or raised
    /// (high: one and a half times it), dimensionless. No source.
    static let variantDriftfaktorSteg = 0.5
    /// How many historical standard deviations of the yearly net migration total the variant's migration
    /// lies below (low) or above (high) the mean, standard deviations. No source.
    static let variantMigrationSigma = 1.0

    // MARK: Backtests

    /// The window of the constant growth rate the backtest holds the projection against
    /// (`Enkelprognos.konstantTillvaxt`), years: the base period of the trend extrapolations that the
    /// literature compares cohort-component projections with (Smith, Tayman & Swanson, *A Practitioner's
    /// Guide to State and Local Population Projections*, 2013). No source for the exact length.
    public static let tillvaxtfonster = 10
    /// The horizons, years after the base year, a backtest over many regions summarises: the next year, the
    /// planning period and a decade, as the planners read a projection.
    public static let regionbacktestHorisonter = [1, 5, 10]
    /// Paths per region and base year in a backtest over many regions when none are given: 50 projections
    /// (ten län × five base years) must run in a few minutes on two cores, and the 2,5 and 97,5 % quantiles
    /// still rest on five paths each.
    public static let regionbacktestSimuleringar = 200

    // MARK: Intervals from past errors (`Prognosfel`)

    /// The fewest periods of h years without overlap (k) a group and horizon h of the error table rests on:
    /// four, so that Student's t on k − 1 = 3 degrees of freedom has a finite variance (ν > 2); with fewer the
    /// predicted error has no variance and the interval's width rests on the tails of one or two periods.
    /// Past the table's last horizon the same number is the fewest base years a spread ratio rests on
    /// (`Prognosfel.Spridningskvot`): the period effect drawn as many times, though no longer independently.
    public static let prognosfelMinstaPerioder = 4

    // MARK: Run defaults

    /// Years projected after the base year when nothing else is given (assumptions, scenario file, CLI).
    public static let horisont = 30
    /// Simulated paths of a stochastic projection when the scenario gives none: enough for the 2,5 and
    /// 97,5 % quantiles to rest on 25 paths each.
    public static let simuleringar = 1_000
}
