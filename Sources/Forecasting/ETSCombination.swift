import Foundation

/// A combination of the ETS candidates by Akaike weights (Burnham & Anderson 2002, § 2.9; for exponential
/// smoothing Kolassa 2011, "Combining exponential smoothing forecasts using Akaike weights", IJF 27(2)):
/// every candidate the automatic choice fits in full (``ETSModel/fit(_:period:model:)``: those within
/// ``ETSModel/screeningMargin`` of the best, the others having an Akaike weight below e⁻⁵ of its) weighs
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
    /// their sums, and quantiles at `probabilities` of `paths` simulated sums drawn from the mixture, each
    /// model simulating its share of the paths by weight (largest remainders, so the shares add up to
    /// `paths`): the mixture's distribution, not a mean of the models' quantiles, at the cost of one model's
    /// simulation.
    ///
    /// - Throws: as ``ETSModel/forecastSum(horizon:probabilities:seed:paths:)``.
    public func forecastSum(horizon: Int, probabilities: [Double], seed: UInt64 = 20_080_101,
                            paths: Int = 5_000) throws(ForecastingError) -> ETSForecastSum {
        guard horizon >= 1 else { throw .invalidHorizon(horizon) }
        if let p = probabilities.first(where: { !($0 > 0 && $0 < 1) }) { throw .invalidLevel(p * 100) }
        let count = max(paths, 1)
        var pooled: [Double] = []
        pooled.reserveCapacity(count)
        var mean = 0.0
        for (model, (weight, share)) in zip(models, zip(weights, Self.shares(weights, of: count))) {
            mean += weight * model.pointForecasts(horizon).reduce(0, +)
            if share > 0 { pooled += model.simulatedSums(horizon: horizon, paths: share, seed: seed) }
        }
        return ETSForecastSum(mean: mean, quantiles: probabilities.map { ETSModel.quantile(pooled, $0) })
    }

    /// `total` split in proportion to `weights` (summing to 1) by largest remainders: whole numbers that add
    /// up to `total`, each within 1 of its exact share.
    static func shares(_ weights: [Double], of total: Int) -> [Int] {
        let exact = weights.map { $0 * Double(total) }
        var shares = exact.map { Int($0.rounded(.down)) }
        let order = exact.indices.sorted { exact[$0] - Double(shares[$0]) > exact[$1] - Double(shares[$1]) }
        for i in order.prefix(max(0, total - shares.reduce(0, +))) { shares[i] += 1 }
        return shares
    }

}
