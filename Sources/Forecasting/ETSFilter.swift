import Foundation

/// The ETS recursion over a series: one-step forecasts, errors and state updates of R forecast's `etscalc`
/// (Hyndman et al. 2008, table 2.1), so that R's fitted parameters give R's values.
///
/// Two updates are written in a form algebraically equal to R's and cheaper, so they round differently in
/// the last bits. With `q = ℓ₋ + φb₋` and `d` the deseasonalised observation (`y`, `y − s` or `y/s`):
/// - the slope `b = φb₋ + β(d − q)`, R's `φb₋ + (β/α)(ℓ − ℓ₋ − φb₋)` with `ℓ − ℓ₋ − φb₋ = ℓ − q = α(d − q)`:
///   three operations fewer on the chain from one step to the next;
/// - with multiplicative error and season, the relative error `ε = (y/q)·(1/s) − 1` and `d = y·(1/s)`, R's
///   `(y − ŷ)/ŷ` with `ŷ = q·s` and `y/s`: `y/q` is the ratio the seasonal update uses anyway, so a step
///   divides twice instead of three times.
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
        let trend = specification.hasTrend, damped = specification.isDamped
        // Multiplicative error and season, the slowest models to estimate, get the loop compiled for each
        // trend, with the model's branches resolved; the same arithmetic as the general loop.
        if !additiveError && specification.season == .multiplicative && errors == nil && forecasts == nil {
            switch specification.trend {
            case .none: return steps(y, level: &level, slope: &slope, seasonal: seasonal, errors: nil, forecasts: nil,
                                     additiveError: false, season: .multiplicative, trend: false, damped: false)
            case .additive: return steps(y, level: &level, slope: &slope, seasonal: seasonal, errors: nil, forecasts: nil,
                                         additiveError: false, season: .multiplicative, trend: true, damped: false)
            case .additiveDamped: return steps(y, level: &level, slope: &slope, seasonal: seasonal, errors: nil, forecasts: nil,
                                               additiveError: false, season: .multiplicative, trend: true, damped: true)
            }
        }
        return steps(y, level: &level, slope: &slope, seasonal: seasonal, errors: errors, forecasts: forecasts,
                     additiveError: additiveError, season: specification.season, trend: trend, damped: damped)
    }

    /// The loop of ``run(_:level:slope:seasonal:errors:forecasts:)``, inlined where it is called so that
    /// constant arguments remove the model's branches from it.
    @inline(__always)
    private func steps(_ y: UnsafeBufferPointer<Double>, level: inout Double, slope: inout Double,
                       seasonal: UnsafeMutableBufferPointer<Double>,
                       errors: UnsafeMutableBufferPointer<Double>?, forecasts: UnsafeMutableBufferPointer<Double>?,
                       additiveError: Bool, season: SeasonType, trend: Bool, damped: Bool) -> Totals {
        var totals = Totals()
        // Σ log|ŷ| as the log of a product: the product is split into a significand in [1, 2) and a binary
        // exponent, both exact, so one logarithm at the end replaces one per observation. A product rounds
        // the same whatever its binary exponent, so the split is made only when the product leaves
        // [2⁻⁴⁰⁰, 2⁴⁰⁰] and once at the end, with the same result as at every step, and the bit operations
        // stay off the chain from one step to the next.
        var product = 1.0, exponent = 0
        var l = level, b = trend ? slope : 0
        var oldest = 0
        for t in 0..<y.count {
            let observation = y[t]
            // Without damping φ = 1: φ·b is b itself, and the multiplication is left off the chain from
            // one step to the next.
            let phiB = trend ? (damped ? phi * b : b) : 0
            let q = l + phiB
            var forecast = q
            var sOld = 0.0, inverse = 0.0, ratio = 0.0
            switch season {
            case .none: break
            case .additive: sOld = seasonal[oldest]; forecast += sOld
            case .multiplicative:
                sOld = seasonal[oldest]
                forecast *= sOld
                inverse = 1 / sOld
                ratio = abs(q) < Self.tolerance ? Self.huge : observation / q
            }
            let error = additiveError ? observation - forecast
                : season == .multiplicative ? ratio * inverse - 1 : (observation - forecast) / forecast
            errors?[t] = error
            forecasts?[t] = forecast
            totals.sumOfSquares += error * error
            if !additiveError {
                product *= abs(forecast)
                if !(product < Self.renormaliseAbove && product > Self.renormaliseBelow), product.isNormal {
                    exponent += Int(product.exponent)
                    product = product.significand
                }
            }

            let deseasonalised: Double
            switch season {
            case .none: deseasonalised = observation
            case .additive: deseasonalised = observation - sOld
            case .multiplicative: deseasonalised = abs(sOld) < Self.tolerance ? Self.huge : observation * inverse
            }
            let newLevel = q + alpha * (deseasonalised - q)
            if trend { b = phiB + beta * (deseasonalised - q) }
            l = newLevel
            switch season {
            case .none: break
            case .additive:
                seasonal[oldest] = sOld + gamma * (observation - q - sOld)
            case .multiplicative:
                seasonal[oldest] = sOld + gamma * (ratio - sOld)
            }
            if season != .none { oldest = oldest + 1 == period ? 0 : oldest + 1 }
        }
        level = l
        slope = b
        if !additiveError {
            if product.isNormal {
                exponent += Int(product.exponent)
                product = product.significand
            }
            totals.sumLogAbsForecast = log(product) + Double(exponent) * Self.logTwo
        }
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
    private static let renormaliseAbove = 0x1p400
    private static let renormaliseBelow = 0x1p-400
}
