import Testing
import Forecasting

/// Forecasts at R's estimates against `forecast(fit, h = 24)` in R (analytic intervals of classes 1 and 2).
@Suite("Forecasts against R forecast::ets")
struct ForecastAgainstRTests {
    @Test("Mean and 80/95 % limits: ETS(A,A,A) on AirPassengers, ETS(A,Ad,N) and ETS(M,Ad,N) on USAccDeaths")
    func sameForecasts() throws {
        for (reference, rows) in [(RReference.airPassengersAAA, RForecastRow.airPassengersAAA),
                                  (.usAccDeathsAAdN, RForecastRow.usAccDeathsAAdN),
                                  (.usAccDeathsMAdN, RForecastRow.usAccDeathsMAdN)] {
            let forecast = try reference.model().forecast(horizon: 24, levels: [80, 95])
            #expect(forecast.method == .analytic)
            for row in rows {
                let i = row.step - 1
                let pairs = [(forecast.mean[i], row.mean),
                             (forecast.intervals[0].lower[i], row.lower80), (forecast.intervals[0].upper[i], row.upper80),
                             (forecast.intervals[1].lower[i], row.lower95), (forecast.intervals[1].upper[i], row.upper95)]
                for (ours, theirs) in pairs { #expect(abs(ours - theirs) < 1e-9 * abs(theirs)) }
            }
        }
    }

    @Test("Simulated intervals (multiplicative season) are reproducible for a seed and nest by level")
    func simulated() throws {
        let model = try RReference.airPassengersMAM.model()
        let a = try model.forecast(horizon: 12, levels: [80, 95], seed: 7, paths: 2_000)
        let b = try model.forecast(horizon: 12, levels: [80, 95], seed: 7, paths: 2_000)
        let c = try model.forecast(horizon: 12, levels: [80, 95], seed: 8, paths: 2_000)
        #expect(a == b)
        #expect(a != c)
        #expect(a.method == .simulated)
        for h in 0..<12 {
            #expect(a.intervals[1].lower[h] < a.intervals[0].lower[h])
            #expect(a.intervals[0].lower[h] < a.mean[h] && a.mean[h] < a.intervals[0].upper[h])
            #expect(a.intervals[0].upper[h] < a.intervals[1].upper[h])
        }
    }
}
