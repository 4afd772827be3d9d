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
        // The candidates with support (positive data, six years of months: all 15 allowed, those within the
        // screening margin kept), in the candidates' order.
        let order = combination.models.map { m in ETSSpecification.candidates.firstIndex(of: m.specification)! }
        #expect(order == order.sorted() && Set(order).count == order.count && order.count >= 2)
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

    @Test("Paths split by weight: whole numbers summing to the total, each within one of its exact share")
    func shares() {
        // 7 paths at 0,5 / 0,3 / 0,2: exact 3,5 / 2,1 / 1,4, rounded down 3 / 2 / 1; the one left goes to the
        // largest remainder (0,5).
        #expect(ETSCombination.shares([0.5, 0.3, 0.2], of: 7) == [4, 2, 1])
        #expect(ETSCombination.shares([1e-9, 1 - 1e-9], of: 1_000) == [0, 1_000])
        #expect(ETSCombination.shares([0.25, 0.25, 0.25, 0.25], of: 2).reduce(0, +) == 2)
    }
}
