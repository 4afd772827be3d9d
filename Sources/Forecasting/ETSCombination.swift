import Foundation

/// A combination of the ETS candidates by Akaike weights (Burnham & Anderson 2002, § 2.9; for exponential
/// smoothing Kolassa 2011, "Combining exponential smoothing forecasts using Akaike weights", IJF 27(2)):
/// every model the automatic choice fits (``ETSModel/fit(_:period:model:)``) weighs
/// `w_i ∝ exp(−½ (AICc_i − min AICc))`, and the forecast is the weighted mean of theirs. The selection by AICc
/// keeps only the model of largest weight; the combination keeps the rest in proportion to how much the
/// data support them, so that two models that fit almost equally well but forecast differently (a steep
/// trend against a damped one) are not decided by a hair. Nothing is tuned: the weights follow from the
/// criteria.
public struct ETSCombination: Sendable {
    /// The fitted candidates, in the order of ``ETSSpecification/candidates``.
    public let models: [ETSModel]
    /// Each model's Akaike weight; they sum to 1.
    public let weights: [Double]

    /// Fits every candidate the series allows and weighs them by AICc.
    ///
    /// - Throws: as ``ETSModel/fit(_:period:model:)`` with ``ETSModelChoice/automatic``.
    public static func fit(_ series: [Double], period: Int) throws(ForecastingError) -> ETSCombination {
        let models = try ETSModel.candidateFits(series, period: period)
        guard let best = models.map(\.aicc).min() else { throw .noModelFitted(count: series.count) }
        let relative = models.map { exp(-0.5 * ($0.aicc - best)) }
        let total = relative.reduce(0, +)
        return ETSCombination(models: models, weights: relative.map { $0 / total })
    }

    /// The model of largest weight: the automatic choice by AICc.
    public var selected: ETSModel {
        models[weights.indices.max { weights[$0] < weights[$1] }!]
    }

    /// The weighted mean of the models' point forecasts for steps 1…`horizon`.
    ///
    /// - Throws: ``ForecastingError/invalidHorizon(_:)`` for `horizon < 1`.
    public func forecast(horizon: Int) throws(ForecastingError) -> [Double] {
        guard horizon >= 1 else { throw .invalidHorizon(horizon) }
        var mean = [Double](repeating: 0, count: horizon)
        for (model, weight) in zip(models, weights) {
            for (h, value) in model.pointForecasts(horizon).enumerated() { mean[h] += weight * value }
        }
        return mean
    }

    /// The sum of the next `horizon` observations under the mixture of the models: the weighted mean of
    /// their sums, and quantiles at `probabilities` of the pooled simulated sums, each model's `paths` sums
    /// weighing its weight (the mixture's distribution, not a mean of the models' quantiles).
    ///
    /// - Throws: as ``ETSModel/forecastSum(horizon:probabilities:seed:paths:)``.
    public func forecastSum(horizon: Int, probabilities: [Double], seed: UInt64 = 20_080_101,
                            paths: Int = 5_000) throws(ForecastingError) -> ETSForecastSum {
        guard horizon >= 1 else { throw .invalidHorizon(horizon) }
        if let p = probabilities.first(where: { !($0 > 0 && $0 < 1) }) { throw .invalidLevel(p * 100) }
        let count = max(paths, 1)
        var pooled: [(sum: Double, weight: Double)] = []
        pooled.reserveCapacity(models.count * count)
        var mean = 0.0
        for (model, weight) in zip(models, weights) where weight > 0 {
            mean += weight * model.pointForecasts(horizon).reduce(0, +)
            var sums = [Double](repeating: 0, count: count)
            for step in model.simulate(horizon: horizon, paths: count, seed: seed) {
                for path in sums.indices { sums[path] += step[path] }
            }
            pooled += sums.map { ($0, weight / Double(count)) }
        }
        pooled.sort { $0.sum < $1.sum }
        return ETSForecastSum(mean: mean, quantiles: probabilities.map { Self.weightedQuantile(pooled, $0) })
    }

    /// The quantile of a weighted sample sorted by value: the smallest value whose cumulative weight
    /// reaches `probability`.
    static func weightedQuantile(_ sorted: [(sum: Double, weight: Double)], _ probability: Double) -> Double {
        var cumulative = 0.0
        for point in sorted {
            cumulative += point.weight
            if cumulative >= probability { return point.sum }
        }
        return sorted[sorted.count - 1].sum
    }
}
