import Forecasting
import Vokabular

/// The ETS method: the ETS candidates combined by Akaike weights (`ETSCombination`, period 12; the model of
/// largest weight is the one AICc chooses), estimated on the series' months from its first booking through the
/// cut-off month m, and the full year as year-to-date plus the forecast sum of months m+1…12. The interval is
/// quantiles of the sum over simulated paths of the mixture (seeded, so a prognosis is the same every run),
/// widened by how ETS's prognoses after the same month of the year before missed (`ETSKalibrering`,
/// ``kalibrerade(_:forra:serier:utfall:)``). A series with less than two years from its first booking
/// (`Uppfoljningsmodellval.etsMinstaHistorik`), or one the fit refuses, gets no prognosis. A constant series
/// (a rent, a fixed depreciation) has nothing to smooth: as R's `ets` (simple exponential smoothing with α ≈ 1 and
/// no residuals), its prognosis is the constant for the remaining months, with an interval of no width.
enum ETSMetod {
    /// A full-year prognosis and its interval.
    typealias Prognos = (punkt: Double, intervall: Prognospost.Intervall)

    /// The seed of the paths.
    static let fro: UInt64 = 8

    /// The prognosis after month `manad` of year index `y` for series `s`, with the model's interval.
    static func prognos(_ u: Manadsunderlag, manad: Int, y: Int, serie s: Int) -> Prognos? {
        prognoser(u, manader: manad...manad, y: y, serie: s)[0]
    }

    /// The prognoses after each month of `manader` (within 1–11) of year index `y` for series `s`, in order: each
    /// estimated on its own months, so it depends on the outcome through its own month only. (Estimating once a
    /// year and running the estimate on over the later months was tried and is eleven times cheaper, but it
    /// doubled the error after the summer months on the example ledger; docs/uppfoljning.md.)
    static func prognoser(_ u: Manadsunderlag, manader: ClosedRange<Int>, y: Int, serie s: Int) -> [Prognos?] {
        manader.map { manad in
            switch underlag(u, manad: manad, y: y, serie: s) {
            case nil: nil
            case .konstant(let punkt): (punkt, Prognospost.Intervall(p2_5: punkt, p10: punkt, p90: punkt, p97_5: punkt))
            case .modell(let historik, let ack): modellens(historik, ack: ack, manad: manad)
            }
        }
    }

    /// The prognosis after month `manad` from the model fitted to `historik`, whose last `manad` months sum to `ack`.
    private static func modellens(_ historik: [Double], ack: Double, manad: Int) -> Prognos? {
        guard let kombination = try? ETSCombination.fit(historik, period: 12) else { return nil }
        guard let summa = try? kombination.forecastSum(horizon: 12 - manad, probabilities: Kvantiler.granser, seed: fro,
                                                       paths: Uppfoljningsmodellval.etsBanor),
              summa.mean.isFinite, summa.quantiles.allSatisfy(\.isFinite) else { return nil }
        let q = summa.quantiles.map { ack + $0 }
        return (ack + summa.mean, Prognospost.Intervall(p2_5: q[0], p10: q[1], p90: q[2], p97_5: q[3]))
    }

    /// The work of `prognoser(u, manader:y:serie:)`, for weighing progress: the months of history its models are
    /// fitted to, summed. A fit's time grows about in proportion to them (on the example ledger 33 ms at 24 months
    /// and 72 ms at 54; the forecast sum adds 5 %), and a month without a fit (too short a history, a constant
    /// series) takes next to none.
    static func arbete(_ u: Manadsunderlag, manader: ClosedRange<Int>, y: Int, serie s: Int) -> Int {
        manader.reduce(0) { summa, manad in
            guard case .modell(let historik, _) = underlag(u, manad: manad, y: y, serie: s) else { return summa }
            return summa + historik.count
        }
    }

    /// What a prognosis rests on.
    private enum Underlag {
        /// A constant series: its prognosis, the amount for the remaining months.
        case konstant(Double)
        /// The months from the first booking through the cut-off that a model is fitted to, and the year to date.
        case modell(historik: [Double], ack: Double)
    }

    /// What the prognosis after month `manad` of year index `y` for series `s` rests on; nil when it gets none (the
    /// year to date not all in the ledger, or a history shorter than `Uppfoljningsmodellval.etsMinstaHistorik`).
    private static func underlag(_ u: Manadsunderlag, manad: Int, y: Int, serie s: Int) -> Underlag? {
        guard u.ackumuleratKant(y: y, manad: manad) else { return nil }
        let historik = u.historik(serie: s, y: y, manad: manad)
        guard historik.count >= Uppfoljningsmodellval.etsMinstaHistorik else { return nil }
        let ack = historik.suffix(manad).reduce(0, +)
        if let belopp = historik.first, historik.allSatisfy({ $0 == belopp }) { return .konstant(ack + belopp * Double(12 - manad)) }
        return .modell(historik: historik, ack: ack)
    }

    /// The prognoses `modell` (one per series) with their intervals widened by `ETSKalibrering`'s factors from
    /// `forra`, ETS's prognoses of the calibration series `serier` (in that order) after the same month of the year
    /// before, and `utfall`, that year's outcome of a series.
    static func kalibrerade(_ modell: [Prognos?], forra: [Prognos?], serier: [Int], utfall: (Int) -> Double) -> [Prognos?] {
        let underlag = zip(forra, serier).compactMap { p, s in p.map { (punkt: $0.punkt, intervall: $0.intervall, utfall: utfall(s)) } }
        let f = ETSKalibrering.faktorer(underlag)
        return modell.map { $0.map { (punkt: $0.punkt, intervall: ETSKalibrering.vidgat($0.intervall, punkt: $0.punkt, faktorer: f)) } }
    }
}
