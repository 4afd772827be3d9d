import Forecasting
import LinearAlgebra
import Vokabular

/// Intervals for the methods without a model, from the ledger's own past errors: the relative errors
/// (outcome − prognosis) / |prognosis| the same method made after the same month for the same series in the
/// complete years before, from the year it had booked by that month (before, the unit or row did not exist).
/// With n ≥ 2 of them the interval is the prediction interval for the next error of a normal sample with
/// unknown mean and spread, ē + t(p; n − 1) · s · √(1 + 1/n) (ē and s the errors' mean and standard deviation,
/// t Student's quantile), applied to the point, `prognos + |prognos| · q`. A ledger holds only a few years, and
/// the quantiles of two to four errors would lie within the errors seen; the t quantile widens the interval
/// for how little has been seen. With fewer than two earlier years there is no interval.
enum Felintervall {
    /// The relative errors of `p` after month `manad` for series `s` in the complete years before year index `y`
    /// in which it had booked by then.
    static func fel(_ p: Punktprognoser, _ u: Manadsunderlag, ackumulerat: Matrix, manad: Int, y: Int, serie s: Int) -> [Double] {
        let antal = u.nycklar.count
        return (0..<y).compactMap { tidigare -> Double? in
            guard u.heltAr(tidigare), u.harBorjat(serie: s, y: tidigare, manad: manad),
                  let prognos = p.varde(manad: manad, y: tidigare, serie: s, serier: antal), prognos != 0 else { return nil }
            return (ackumulerat[11, tidigare * antal + s] - prognos) / abs(prognos)
        }
    }

    /// The interval around `prognos` from the errors `fel`, nil with fewer than two.
    static func intervall(_ prognos: Double, fel: [Double]) -> Prognospost.Intervall? {
        guard fel.count >= 2 else { return nil }
        let n = Double(fel.count)
        let medel = fel.reduce(0, +) / n
        let s = (fel.reduce(0) { $0 + ($1 - medel) * ($1 - medel) } / (n - 1)).squareRoot()
        let nu = fel.count - 1
        let t = nu <= tKvantiler.count ? tKvantiler[nu - 1] : Kvantiler.granser.map { StudentT.quantile($0, degreesOfFreedom: nu) }
        let q = t.map { prognos + abs(prognos) * (medel + $0 * s * (1 + 1 / n).squareRoot()) }
        return Prognospost.Intervall(p2_5: q[0], p10: q[1], p90: q[2], p97_5: q[3])
    }

    /// t(p; ν) at the bounds `Kvantiler.granser` for ν = 1…40 (index ν − 1), found once: each is a bisection,
    /// and the backtest asks for an interval at every point. A ledger of more than 41 years gets its
    /// quantiles computed when asked.
    private static let tKvantiler: [[Double]] = (1...40).map { nu in
        Kvantiler.granser.map { StudentT.quantile($0, degreesOfFreedom: nu) }
    }
}
