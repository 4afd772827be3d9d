import Forecasting
import Vokabular

/// The ETS method: an ETS model chosen by AICc (`ETSModel.fit`, period 12) on the series' months from its
/// first booking through the cut-off month m, and the full year as year-to-date plus the forecast
/// sum of months m+1…12. The interval is the model's: quantiles of the sum over simulated paths (seeded, so
/// a prognosis is the same every run). A series with less than two years from its first booking
/// (`Uppfoljningsmodellval.etsMinstaHistorik`), or one the fit refuses (constant), gets no prognosis.
enum ETSMetod {
    /// The seed of the paths.
    static let fro: UInt64 = 8

    /// The prognosis after month `manad` of year index `y` for series `s`, with its interval.
    static func prognos(_ u: Manadsunderlag, manad: Int, y: Int, serie s: Int) -> (punkt: Double, intervall: Prognospost.Intervall)? {
        guard u.ackumuleratKant(y: y, manad: manad) else { return nil }
        let historik = u.historik(serie: s, y: y, manad: manad)
        guard historik.count >= Uppfoljningsmodellval.etsMinstaHistorik else { return nil }
        let ack = historik.suffix(manad).reduce(0, +)
        guard let modell = try? ETSModel.fit(historik, period: 12),
              let summa = try? modell.forecastSum(horizon: 12 - manad, probabilities: Kvantiler.granser, seed: fro, paths: Uppfoljningsmodellval.etsBanor),
              summa.mean.isFinite, summa.quantiles.allSatisfy(\.isFinite) else { return nil }
        let q = summa.quantiles.map { ack + $0 }
        return (ack + summa.mean, Prognospost.Intervall(p2_5: q[0], p10: q[1], p90: q[2], p97_5: q[3]))
    }
}
