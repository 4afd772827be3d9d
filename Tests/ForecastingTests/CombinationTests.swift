import Foundation
import Testing
@testable import Forecasting

/// The Akaike-weight combination (Kolassa 2011): weights, point forecasts and the mixture's sum, each
/// recomputed here from the fitted candidates' own AICc and forecasts.
@Suite("ETS combination by Akaike weights")
struct CombinationTests {
    @Test("USAccDeaths: weights exp(−½ ΔAICc) normalised, the largest is the automatic choice, the forecast their weighted mean")
    func weights() throws {
        let y = RDatasets.usAccDeaths
        let combination = try ETSCombination.fit(y, period: 12)
        let automatic = try ETSModel.fit(y, period: 12)
        // Every candidate the series allows: all 15 (positive data, six years of months).
        #expect(combination.models.count == ETSSpecification.candidates.count)
        let best = combination.models.map(\.aicc).min()!
        let raw = combination.models.map { exp(-0.5 * ($0.aicc - best)) }
        for (weight, r) in zip(combination.weights, raw) { #expect(abs(weight - r / raw.reduce(0, +)) < 1e-12) }
        #expect(combination.selected.specification == automatic.specification)
        #expect(combination.selected.aicc == automatic.aicc)
        #expect(combination.weights.filter { $0 > 0.01 }.count >= 2)  // a real combination, not one model

        let forecast = try combination.forecast(horizon: 6)
        for h in 0..<6 {
            let mean = try zip(combination.models, combination.weights).map { try $0.forecast(horizon: 6).mean[h] * $1 }
            #expect(abs(forecast[h] - mean.reduce(0, +)) < 1e-9 * abs(forecast[h]))
        }
        let sum = try combination.forecastSum(horizon: 6, probabilities: [0.1, 0.5, 0.9], paths: 500)
        #expect(abs(sum.mean - forecast.reduce(0, +)) < 1e-9 * abs(sum.mean))
        #expect(sum.quantiles[0] < sum.quantiles[1] && sum.quantiles[1] < sum.quantiles[2])
        #expect(throws: ForecastingError.invalidHorizon(0)) { try combination.forecast(horizon: 0) }
    }

    @Test("Weighted quantile: the smallest value whose cumulative weight reaches the probability")
    func weightedQuantile() {
        // Values 1, 2, 3, 4 with weights 0,1, 0,4, 0,2, 0,3: cumulative 0,1, 0,5, 0,7, 1,0.
        let sample: [(sum: Double, weight: Double)] = [(1, 0.1), (2, 0.4), (3, 0.2), (4, 0.3)]
        #expect(ETSCombination.weightedQuantile(sample, 0.05) == 1)
        #expect(ETSCombination.weightedQuantile(sample, 0.5) == 2)
        #expect(ETSCombination.weightedQuantile(sample, 0.51) == 3)
        #expect(ETSCombination.weightedQuantile(sample, 0.9) == 4)
    }
}
