/// The full-year prognosis methods of issue 8, by the name the CLI, the ledger and the backtest use.
public enum Prognosmetod: String, CaseIterable, Sendable {
    /// Run-rate: year-to-date × 12/m.
    case runrate
    /// Seasonal profile (periodiseringsprofil): year-to-date ÷ the mean share of the year booked by month m
    /// in the previous years of the ledger.
    case profil
    /// Year-to-date plus the budget of the months left.
    case budget
    /// Year-to-date plus the budget of the months left scaled by year-to-date outcome ÷ year-to-date budget:
    /// the deviation so far carried forward proportionally.
    case budgetFramford = "budget-framford"
    /// Year-to-date plus the sum of an ETS forecast (automatic model, period 12) of the months left.
    case ets
    /// Least squares: for a row with drivers in the ledger (FTE, wage index, vacancies), its monthly amounts
    /// on a constant per calendar month and the drivers; otherwise the full-year outcome on year-to-date at
    /// month m, intercept and slope per row (account) over its units and the previous years.
    case regression

    /// The methods that are products over all series at once (see `Matrismetoder`).
    public static let matrismetoder: [Prognosmetod] = [.runrate, .profil, .budget, .budgetFramford]

    /// The processor time of the method's prognoses per unit of work, seconds, for the share done of a long run
    /// (`Manadsunderlag.backtestarbete`): for ETS per month of history a model is fitted to (`ETSMetod.arbete`), for
    /// the others per series, year and cut-off month (their products, least-squares solves, intervals and errors).
    /// Measured in the backtest (2026-12-07): ETS 1,1–1,4 ms on the example ledger, the matrix methods
    /// 0,4–0,55 µs and the regression 0,9 µs on a generated ledger of 300 units (12 000 series × 6 years).
    public var kostnad: Double {
        switch self {
        case .ets: 1.2e-3
        case .regression: 0.9e-6
        case .runrate, .profil, .budget, .budgetFramford: 0.5e-6
        }
    }

    /// The name, as stored with a prognosis version: "runrate", "profil", "budget", "budget-framford", "ets",
    /// "regression".
    public var namn: String { rawValue }

    /// One line in Swedish on what the method does.
    public var beskrivning: String {
        switch self {
        case .runrate: "ackumulerat utfall × 12/m"
        case .profil: "ackumulerat utfall ÷ tidigare års genomsnittliga andel av året t.o.m. månad m"
        case .budget: "ackumulerat utfall + årets återstående budget"
        case .budgetFramford: "ackumulerat utfall + återstående budget × (ackumulerat utfall ÷ ackumulerad budget)"
        case .ets: "ackumulerat utfall + summan av en ETS-prognos (de automatiska kandidaterna vägda med Akaikevikter, period 12) för resten av året"
        case .regression: "minsta kvadrat: för konton med drivare månadsbelopp = månadens konstant + Σ β × drivare "
            + "(resten av året med drivarnas nivå i månad m), annars helårsutfall = a + b × ackumulerat utfall "
            + "t.o.m. månad m, per konto över enheter och tidigare år"
        }
    }
}
