import Foundation

/// The log-likelihood in the convention R forecast::ets reports (`logLik`, and so its AIC, AICc, BIC).
///
/// With n observations and errors ε (additive, or relative for multiplicative error), R's `etscalc`
/// computes `n·log Σε²`, plus `2·Σ log|ŷ|` for multiplicative error, and reports −½ of it:
///
///     log L = −½·n·log Σε² − Σ log|ŷ|   (the last term only for multiplicative error)
///
/// This is the Gaussian likelihood with σ² concentrated out, `−½·n·(log(2π·Σε²/n) + 1) − Σ log|ŷ|`,
/// less the constant `½·n·(log(2π/n) + 1)`, which depends on n only (Hyndman et al. 2008, §5.2).
enum ETSLikelihood {
    /// `−2 log L` from the filter's totals, the quantity R's optimiser minimises; +∞ where it is not a number.
    static func minusTwiceLogLikelihood(_ totals: ETSFilter.Totals, count: Int, error: ErrorType) -> Double {
        var value = Double(count) * log(totals.sumOfSquares)
        if error == .multiplicative { value += 2 * totals.sumLogAbsForecast }
        return value.isNaN ? .infinity : value
    }
}
