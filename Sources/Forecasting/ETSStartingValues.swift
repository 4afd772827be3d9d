import Foundation
import LinearAlgebra

/// The starting values R's ets gives its optimiser (`initparam` and `initstate` in forecast's R/ets.R),
/// re-derived here: smoothing parameters a fixed way into their bounds, and initial states from a
/// classical decomposition (or a trend-plus-one-harmonic regression for fewer than three periods)
/// followed by a linear regression on the first seasonally adjusted values.
enum ETSStartingValues {
    /// R's `initparam` with the default bounds.
    static func parameters(_ specification: ETSSpecification, period: Int) -> ETSParameters {
        let m = Double(specification.hasSeason ? period : 1)
        let lower = ETSParameterRegion.lowerSmoothing, upper = ETSParameterRegion.upperSmoothing
        let alpha = lower + 0.2 * (upper - lower) / m
        let beta = lower + 0.1 * (min(upper, alpha) - lower)
        let gamma = lower + 0.05 * (min(upper, 1 - alpha) - lower)
        let phiBounds = ETSParameterRegion.phiBounds
        let phi = phiBounds.lowerBound + 0.99 * (phiBounds.upperBound - phiBounds.lowerBound)
        return ETSParameters(alpha: alpha,
                             beta: specification.hasTrend ? beta : nil,
                             gamma: specification.hasSeason ? gamma : nil,
                             phi: specification.isDamped ? phi : nil)
    }

    /// R's `initstate`: the initial state with all `period` seasonal terms (the last one from the
    /// normalisation, as R adds it).
    ///
    /// - Precondition: at least four observations, and more than `period` for a seasonal model.
    static func state(_ series: [Double], specification: ETSSpecification,
                      period: Int) throws(LinearAlgebraError) -> ETSState {
        let n = series.count
        var adjusted = series
        var seasonal: [Double] = []
        var m = 1
        if specification.hasSeason {
            m = period
            let multiplicative = specification.season == .multiplicative
            let component = try seasonalComponent(series, period: period, multiplicative: multiplicative)
            // Newest first: the period before the first observation is position m − 1, then m − 2, …
            seasonal = (1..<m).reversed().map { component[$0] }
            if multiplicative {
                seasonal = seasonal.map { max($0, 1e-2) }
                let sum = seasonal.reduce(0, +)
                if sum > Double(m) { seasonal = seasonal.map { $0 / (sum + 1e-2 * Double(m - 1)) } }
                adjusted = (0..<n).map { series[$0] / max(component[$0], 1e-2) }
            } else {
                adjusted = (0..<n).map { series[$0] - component[$0] }
            }
            let sum = seasonal.reduce(0, +)
            seasonal.append(multiplicative ? Double(m) - sum : -sum)
        }
        let head = Array(adjusted.prefix(min(max(10, 2 * m), n)))
        guard specification.hasTrend else {
            return ETSState(level: head.reduce(0, +) / Double(head.count), seasonal: seasonal)
        }
        var (level, slope) = lineFit(head)
        if abs(level + slope) < 1e-8 {
            level *= 1 + 1e-3
            slope *= 1 - 1e-3
        }
        return ETSState(level: level, slope: slope, seasonal: seasonal)
    }

    /// The seasonal component at every observation: from a classical decomposition when there are at
    /// least three periods, otherwise what a regression on a line and one harmonic leaves after the line
    /// (R's `tslm(y ~ trend + fourier(y, 1))`).
    private static func seasonalComponent(_ series: [Double], period: Int,
                                          multiplicative: Bool) throws(LinearAlgebraError) -> [Double] {
        let n = series.count
        if n >= 3 * period {
            let decomposition = ClassicalDecomposition(series, period: period, multiplicative: multiplicative)
            return (0..<n).map(decomposition.seasonal(at:))
        }
        let design = try Matrix(rowMajor: (1...n).map { t in
            let angle = 2 * Double.pi * Double(t) / Double(period)
            return [1, Double(t), sin(angle), cos(angle)]
        })
        let coefficients = try design.leastSquares(Matrix(column: series)).solution
        let intercept = coefficients[0, 0], trend = coefficients[1, 0]
        return (1...n).map { t in
            let line = intercept + trend * Double(t)
            return multiplicative ? series[t - 1] / line : series[t - 1] - line
        }
    }

    /// Least-squares line through `(1, y₁), …, (k, y_k)`: value at t = 0 and slope.
    private static func lineFit(_ y: [Double]) -> (intercept: Double, slope: Double) {
        let k = Double(y.count)
        let meanT = (k + 1) / 2
        let meanY = y.reduce(0, +) / k
        var sxy = 0.0, sxx = 0.0
        for (index, value) in y.enumerated() {
            let dt = Double(index + 1) - meanT
            sxy += dt * (value - meanY)
            sxx += dt * dt
        }
        let slope = sxy / sxx
        return (meanY - slope * meanT, slope)
    }
}
