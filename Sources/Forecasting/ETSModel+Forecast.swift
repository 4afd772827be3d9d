import Foundation
import LinearAlgebra

extension ETSModel {
    /// Forecasts `horizon` steps ahead with prediction intervals at `levels` per cent.
    ///
    /// Intervals are analytic for the models that have exact forecast variances (additive or
    /// multiplicative error with additive or no trend and season, classes 1 and 2 in Hyndman et al.
    /// 2008); for a multiplicative season they are quantiles of `paths` simulated paths, reproducible for
    /// a `seed` (SplitMix64).
    ///
    /// - Throws: ``ForecastingError/invalidHorizon(_:)`` for `horizon < 1`,
    ///   ``ForecastingError/invalidLevel(_:)`` for a level not strictly between 0 and 100.
    public func forecast(horizon: Int, levels: [Double] = [80, 95], seed: UInt64 = 20_080_101,
                         paths: Int = 5_000) throws(ForecastingError) -> ETSForecast {
        guard horizon >= 1 else { throw .invalidHorizon(horizon) }
        if let level = levels.first(where: { !($0 > 0 && $0 < 100) }) { throw .invalidLevel(level) }
        let mean = pointForecasts(horizon)
        if specification.season != .multiplicative {
            let variance = forecastVariances(mean)
            let intervals = levels.map { level in
                let z = NormalQuantile.value(0.5 + level / 200)
                return ETSForecast.Interval(level: level,
                                            lower: zip(mean, variance).map { $0 - z * $1.squareRoot() },
                                            upper: zip(mean, variance).map { $0 + z * $1.squareRoot() })
            }
            return ETSForecast(mean: mean, intervals: intervals, method: .analytic)
        }
        let simulated = simulate(horizon: horizon, paths: max(paths, 1), seed: seed)
        let intervals = levels.map { level in
            let tail = (100 - level) / 200
            return ETSForecast.Interval(level: level,
                                        lower: simulated.map { Self.quantile($0, tail) },
                                        upper: simulated.map { Self.quantile($0, 1 - tail) })
        }
        return ETSForecast(mean: mean, intervals: intervals, method: .simulated)
    }

    /// ŷ_{n+h} from the final state: `(ℓ + φ_h·b)` plus or times the seasonal term of step h, with
    /// `φ_h = φ + φ² + … + φ^h` (h without damping).
    func pointForecasts(_ horizon: Int) -> [Double] {
        let phi = parameters.phi ?? 1
        var phiSum = 0.0, phiPower = 1.0
        return (1...horizon).map { h in
            phiPower *= phi
            phiSum += phiPower
            var value = finalState.level + phiSum * (finalState.slope ?? 0)
            if specification.hasSeason {
                let term = finalState.seasonal[period - 1 - (h - 1) % period]
                value = specification.season == .additive ? value + term : value * term
            }
            return value
        }
    }

    /// Forecast variances of classes 1 and 2 (Hyndman et al. 2008, eqs. 6.1 and 6.2 with table 6.1):
    /// `c_j = α + β·φ_j + γ·[j ≡ 0 mod m]`; additive error `v_h = σ²(1 + Σ_{j<h} c_j²)`;
    /// multiplicative error `v_h = (1 + σ²)θ_h − μ_h²` with `θ_h = μ_h² + σ² Σ_{j<h} c_j² θ_{h−j}`.
    private func forecastVariances(_ mean: [Double]) -> [Double] {
        let horizon = mean.count
        let phi = parameters.phi ?? 1, beta = parameters.beta ?? 0, gamma = parameters.gamma ?? 0
        var phiSum = 0.0, phiPower = 1.0
        let c: [Double] = (0..<horizon).map { index in
            let j = index + 1
            phiPower *= phi
            phiSum += phiPower
            return parameters.alpha + beta * phiSum + (specification.hasSeason && j % period == 0 ? gamma : 0)
        }
        switch specification.error {
        case .additive:
            var sum = 0.0
            return (0..<horizon).map { h in
                defer { sum += c[h] * c[h] }
                return sigma2 * (1 + sum)
            }
        case .multiplicative:
            var theta = [Double](repeating: 0, count: horizon)
            for h in 0..<horizon {
                var sum = 0.0
                for j in 0..<h { sum += c[j] * c[j] * theta[h - 1 - j] }
                theta[h] = mean[h] * mean[h] + sigma2 * sum
            }
            return (0..<horizon).map { (1 + sigma2) * theta[$0] - mean[$0] * mean[$0] }
        }
    }

    /// `paths` sample paths of `horizon` future observations with innovations N(0, σ²), laid out by
    /// step: element `[h][path]`.
    func simulate(horizon: Int, paths: Int, seed: UInt64) -> [[Double]] {
        var generator = SplitMix64(seed: seed)
        let filter = ETSFilter(specification: specification, period: period, parameters: parameters)
        let sigma = sigma2.squareRoot()
        var values = [[Double]](repeating: [Double](repeating: 0, count: paths), count: horizon)
        let startRing = ETSFilter.ringOrder(finalState.seasonal)
        var ring = startRing
        var observation = [0.0]
        for path in 0..<paths {
            var level = finalState.level, slope = finalState.slope ?? 0
            for i in 0..<ring.count { ring[i] = startRing[i] }
            for h in 0..<horizon {
                let oldest = ring.first ?? 0
                var forecast = level + (specification.hasTrend ? filter.phi * slope : 0)
                switch specification.season {
                case .none: break
                case .additive: forecast += oldest
                case .multiplicative: forecast *= oldest
                }
                let epsilon = sigma * generator.nextStandardNormal()
                observation[0] = specification.error == .additive ? forecast + epsilon : forecast * (1 + epsilon)
                values[h][path] = observation[0]
                observation.withUnsafeBufferPointer { y in
                    ring.withUnsafeMutableBufferPointer { s in
                        _ = filter.run(y, level: &level, slope: &slope, seasonal: s)
                    }
                }
                // The filter wrote the new term over the oldest; rotate so the next oldest comes first.
                if !ring.isEmpty { ring.append(ring.removeFirst()) }
            }
        }
        return values
    }

    /// Sample quantile with linear interpolation between order statistics (R's default, type 7).
    static func quantile(_ sample: [Double], _ probability: Double) -> Double {
        let sorted = sample.sorted()
        let position = probability * Double(sorted.count - 1)
        let lower = Int(position.rounded(.down))
        let upper = min(lower + 1, sorted.count - 1)
        return sorted[lower] + (position - Double(lower)) * (sorted[upper] - sorted[lower])
    }
}
