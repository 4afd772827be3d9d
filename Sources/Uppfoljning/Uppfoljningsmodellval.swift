/// The modelling choices of the full-year prognosis methods and of their backtest. Each states its unit
/// and the reasoning behind it.
public enum Uppfoljningsmodellval {
    /// Simulated paths per ETS prognosis; the interval is quantiles of the remaining months' sum over
    /// them, paths: enough for the 2,5 and 97,5 % quantiles to rest on 50 paths each.
    static let etsBanor = 2_000
    /// The fewest months from a series' first booking through the cut-off that an ETS prognosis rests on,
    /// months: two full years, so that every calendar month's seasonal state is seen twice; with less the fit
    /// falls back to a model without season, which misses the year's December and summer months, and the
    /// backtest would weigh such prognoses as if ETS had had its chance.
    public static let etsMinstaHistorik = 24
    /// The most series whose prognoses of the year before widen ETS's interval (`ETSKalibrering`), series: the
    /// widening factor is a quantile of their miss ratios, and a sample of n series gives an interval whose
    /// coverage varies around its level with standard deviation about √(a(1 − a)/n), for a = 0,8 and
    /// n = 1 000 about 1,3 percentage points, small beside how one year's misses differ from the next. A
    /// larger ledger calibrates on such a sample (`Manadsunderlag.kalibreringsserier(y:)`) instead of fitting every series a
    /// second time; a smaller one on all its series. Chosen for that precision, not from any outcome.
    public static let etsKalibreringsurval = 1_000
    /// The most series per row (account) that ETS's backtest tests unless asked to test every series, series: the
    /// backtest answers how well ETS does on a row and whether it does better than the other methods there, and
    /// both are means over the row's series (each over the months and years tested), whose standard error with 30
    /// series is about a fifth of the spread between series (1/√30 ≈ 0,18). A region's ledger, a few hundred
    /// units per row, is then tested in minutes instead of hours (`Serieurval.perKonto(_:bland:antal:)`). Chosen for that
    /// precision, not from any outcome.
    public static let etsBacktestPerKonto = 30
    /// The fewest (year-to-date, full-year) points the year-to-date regression rests on; with fewer the
    /// series gets no regression prognosis, points: two points always fit a line exactly.
    static let regressionMinstaPunkter = 3
    /// The tolerance of `Metodbacktest.stabilFran`: the first cut-off month from which a method's mean
    /// absolute percentage error stays at or below it through month 11, per cent. No source.
    public static let stabilitetstolerans = 1.0
    /// The half-life of a year's weight when the backtest picks the best method per row, years: a method's
    /// error drifts with the ledger's seasons, prices and organisation, so last year says most about next
    /// year; with two years the last two of five years carry about three fifths of the weight, so one odd
    /// year does not decide alone. No source; not tuned to any outcome.
    static let backtestHalveringstid = 2.0
    /// The fewest years with points where every method compared gave a prognosis that a row's best method rests on,
    /// and the fewest years with prognoses a method needs on a row to be compared there, years:
    /// the eleven cut-offs of one year share that year's shocks (one odd month decides them all), so one year is
    /// one draw; as for the intervals from past errors (`Felintervall`), two is the least that shows a spread.
    public static let bastMinstaAr = 2
}
