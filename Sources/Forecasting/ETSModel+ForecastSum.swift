extension ETSModel {
    /// The sum of the next `horizon` observations: the sum of the point forecasts, and quantiles of the
    /// sum at `probabilities` (each strictly between 0 and 1) from `paths` simulated sample paths,
    /// reproducible for a `seed` (SplitMix64). The bounds of per-step intervals do not add up to an
    /// interval for the sum, since the steps' errors are correlated; summing each path keeps that.
    ///
    /// - Throws: ``ForecastingError/invalidHorizon(_:)`` for `horizon < 1`,
    ///   ``ForecastingError/invalidLevel(_:)`` (in per cent) for a probability outside (0, 1).
    public func forecastSum(horizon: Int, probabilities: [Double], seed: UInt64 = 20_080_101,
                            paths: Int = 5_000) throws(ForecastingError) -> ETSForecastSum {
        guard horizon >= 1 else { throw .invalidHorizon(horizon) }
        if let p = probabilities.first(where: { !($0 > 0 && $0 < 1) }) { throw .invalidLevel(p * 100) }
        let sums = simulatedSums(horizon: horizon, paths: max(paths, 1), seed: seed)
        return ETSForecastSum(mean: pointForecasts(horizon).reduce(0, +),
                              quantiles: probabilities.map { Self.quantile(sums, $0) })
    }

    /// The sums over steps 1…`horizon` of `paths` simulated sample paths (`simulate`), one per path.
    func simulatedSums(horizon: Int, paths: Int, seed: UInt64) -> [Double] {
        var sums = [Double](repeating: 0, count: paths)
        for step in simulate(horizon: horizon, paths: paths, seed: seed) { for path in sums.indices { sums[path] += step[path] } }
        return sums
    }
}

/// The forecast of a sum over a horizon (see ``ETSModel/forecastSum(horizon:probabilities:seed:paths:)``).
public struct ETSForecastSum: Sendable, Equatable {
    /// The sum of the point forecasts.
    public let mean: Double
    /// Quantiles of the simulated sums, in the order the probabilities were given.
    public let quantiles: [Double]
}
