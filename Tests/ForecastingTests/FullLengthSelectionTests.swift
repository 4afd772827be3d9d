import Testing
import Forecasting

/// Automatic selection on whole series of R's datasets, held against R's own `ets(y)` on the same series.
/// R's values are from `bench/ets_peers.R` (R 4.2.2, forecast 8.20), `r_fits.csv`, 17 significant digits.
/// Our search over the same candidates and region can only end at an AICc at least as low as R's choice,
/// and our fit of R's chosen model at a log-likelihood at least as high.
@Suite("Automatic selection on whole series against R")
struct FullLengthSelectionTests {
    struct Case: Sendable, CustomStringConvertible {
        let name: String
        let series: [Double]
        /// The model R's `ets(y)` chose, its log-likelihood and AICc.
        let rChoice: String
        let rLogLikelihood: Double
        let rAICc: Double
        var description: String { name }
    }

    static let cases = [
        Case(name: "AirPassengers (144 months)", series: RDatasets.airPassengers, rChoice: "MAdM",
             rLogLikelihood: -679.58321623695645, rAICc: 1400.6384324739129),
        Case(name: "co2 (468 months)", series: RDatasets.co2, rChoice: "MAdM",
             rLogLikelihood: -842.55238238408788, rAICc: 1722.628150068844),
    ]

    @Test("AICc of the automatic choice ≤ R's, and R's chosen model fitted at least as well", arguments: cases)
    func selection(_ c: Case) throws {
        let chosen = try ETSModel.fit(c.series, period: 12)
        #expect(chosen.aicc <= c.rAICc)
        #expect(chosen.specification.season != .none)
        let rModel = try ETSModel.fit(c.series, period: 12, model: .specified(ETSSpecification(code: c.rChoice)!))
        #expect(rModel.logLikelihood >= c.rLogLikelihood - 1e-6)
        #expect(chosen.aicc <= rModel.aicc + 1e-9)
        let forecast = try chosen.forecast(horizon: 12, levels: [80, 95])
        #expect(forecast.mean.count == 12 && forecast.mean.allSatisfy(\.isFinite))
    }
}
