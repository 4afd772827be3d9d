import Foundation

/// The ETS recursion over a series: one-step forecasts, errors and state updates, exactly in the form of
/// R forecast's `etscalc` (Hyndman et al. 2008, table 2.1), so that R's fitted parameters give R's values.
///
/// The seasonal terms live in a ring buffer: the term used at time t is overwritten by its successor, so
/// a step costs the same for every period m.
struct ETSFilter {
    let specification: ETSSpecification
    let period: Int
    let alpha: Double
    let beta: Double
    let gamma: Double
    let phi: Double

    init(specification: ETSSpecification, period: Int, parameters: ETSParameters) {
        self.specification = specification
        self.period = specification.hasSeason ? period : 1
        alpha = parameters.alpha
        beta = parameters.beta ?? 0
        gamma = parameters.gamma ?? 0
        phi = parameters.phi ?? 1
    }

    /// Sums over the observations that make up the likelihood.
    struct Totals {
        /// Σ ε², with ε the additive or relative error.
        var sumOfSquares = 0.0
        /// Σ log|ŷ|, summed for multiplicative error only (the only likelihood that uses it).
        var sumLogAbsForecast = 0.0
    }

    /// Runs the recursion from `initial` over `y`. `seasonal` must hold the initial seasonal terms in ring
    /// order (oldest first, see ``ringOrder(_:)``) and is left holding the final ones with the oldest at
    /// index `y.count % period`. `level` and `slope` go in as the initial and come out as the final
    /// values. Errors and one-step forecasts are written where buffers are given.
    func run(_ y: UnsafeBufferPointer<Double>, level: inout Double, slope: inout Double,
             seasonal: UnsafeMutableBufferPointer<Double>,
             errors: UnsafeMutableBufferPointer<Double>? = nil,
             forecasts: UnsafeMutableBufferPointer<Double>? = nil) -> Totals {
        let additiveError = specification.error == .additive
        let season = specification.season
        let trend = specification.hasTrend
        let betaOverAlpha = beta / alpha
        var totals = Totals()
        // Σ log|ŷ| as the log of a product: the product is kept as a significand in [1, 2) and a binary
        // exponent, both exact, so one logarithm at the end replaces one per observation.
        var product = 1.0, exponent = 0
        var l = level, b = trend ? slope : 0
        var oldest = 0
        for t in 0..<y.count {
            let observation = y[t]
            let phiB = trend ? phi * b : 0
            let q = l + phiB
            var forecast = q
            var sOld = 0.0
            switch season {
            case .none: break
            case .additive: sOld = seasonal[oldest]; forecast += sOld
            case .multiplicative: sOld = seasonal[oldest]; forecast *= sOld
            }
            let error = additiveError ? observation - forecast : (observation - forecast) / forecast
            errors?[t] = error
            forecasts?[t] = forecast
            totals.sumOfSquares += error * error
            if !additiveError {
                product *= abs(forecast)
                if product.isNormal {
                    exponent += Int(product.exponent)
                    product = product.significand
                }
            }

            let deseasonalised: Double
            switch season {
            case .none: deseasonalised = observation
            case .additive: deseasonalised = observation - sOld
            case .multiplicative: deseasonalised = abs(sOld) < Self.tolerance ? Self.huge : observation / sOld
            }
            let newLevel = q + alpha * (deseasonalised - q)
            if trend { b = phiB + betaOverAlpha * (newLevel - l - phiB) }
            l = newLevel
            switch season {
            case .none: break
            case .additive:
                seasonal[oldest] = sOld + gamma * (observation - q - sOld)
            case .multiplicative:
                let ratio = abs(q) < Self.tolerance ? Self.huge : observation / q
                seasonal[oldest] = sOld + gamma * (ratio - sOld)
            }
            if season != .none { oldest = oldest + 1 == period ? 0 : oldest + 1 }
        }
        level = l
        slope = b
        if !additiveError { totals.sumLogAbsForecast = log(product) + Double(exponent) * Self.logTwo }
        return totals
    }

    /// Newest-first seasonal terms (R's `s1 … sm`) in ring order, oldest first.
    static func ringOrder(_ newestFirst: [Double]) -> [Double] { newestFirst.reversed() }

    /// The ring after `steps` observations back to newest first.
    static func newestFirst(ring: [Double], steps: Int) -> [Double] {
        let m = ring.count
        guard m > 0 else { return [] }
        let oldest = steps % m
        return (0..<m).map { ring[((oldest - 1 - $0) % m + m) % m] }
    }

    /// Guards against division by a seasonal factor or level at zero, as R's etscalc does.
    static let tolerance = 1e-10
    static let huge = 1e10
    private static let logTwo = log(2.0)
}
