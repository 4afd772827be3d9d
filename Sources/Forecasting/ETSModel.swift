import Foundation

/// A fitted ETS model: what R's `ets()` returns, as a value.
///
/// Create one by estimation with ``fit(_:period:model:)``, or at given parameters and initial states with
/// ``init(series:period:specification:parameters:initialState:)`` (as R's `ets(y, model = fit,
/// use.initial.values = TRUE)`). The likelihood and the information criteria follow R's convention, see
/// ``logLikelihood``.
public struct ETSModel: Sendable {
    public let specification: ETSSpecification
    /// Seasonal period (1 without season).
    public let period: Int
    public let parameters: ETSParameters
    /// The state before the first observation (R's `initstate`, seasonal terms newest first).
    public let initialState: ETSState
    /// The state after the last observation, from which forecasts start.
    public let finalState: ETSState
    /// The observations the model was fitted to.
    public let series: [Double]
    /// One-step forecasts ŷ.
    public let fitted: [Double]
    /// Errors ε: `y − ŷ` for additive error, `(y − ŷ)/ŷ` for multiplicative error.
    public let residuals: [Double]
    /// R forecast::ets's log-likelihood: `−½·n·log Σε² − Σ log|ŷ|` (the last sum for multiplicative
    /// error only). It omits the constant `−½·n·(log(2π/n) + 1)` of the Gaussian likelihood with σ²
    /// concentrated out, as R does, so values and criteria compare directly with R's.
    public let logLikelihood: Double
    /// Akaike's criterion `−2 log L + 2k`, with k = ``parameterCount`` + 1 (σ² counts, as in R).
    public let aic: Double
    /// AIC corrected for small samples, `AIC + 2k(k + 1)/(n − k − 1)`.
    public let aicc: Double
    /// Schwarz's criterion `−2 log L + k·log n`.
    public let bic: Double
    /// Innovation variance `Σε²/(n − parameterCount)`, as R's `sigma2`.
    public let sigma2: Double

    /// Estimated quantities: smoothing parameters and free initial states (the last seasonal state
    /// follows from the others), R's `length(fit$par)`.
    public var parameterCount: Int {
        specification.smoothingParameterCount + specification.freeStateCount(period: period)
    }

    /// Evaluates the model at given smoothing parameters and initial state: runs the recursion, the
    /// likelihood and the criteria, without estimating anything.
    ///
    /// - Parameters:
    ///   - period: seasonal period; ignored without season.
    ///   - initialState: with all `period` seasonal terms, newest first (R's `initstate`).
    /// - Throws: ``ForecastingError`` when the series does not suit the model, or the parameters or
    ///   state do not match it or lie outside R's parameter region.
    public init(series: [Double], period: Int, specification: ETSSpecification, parameters: ETSParameters,
                initialState: ETSState) throws(ForecastingError) {
        let m = specification.hasSeason ? period : 1
        let np = specification.smoothingParameterCount + specification.freeStateCount(period: m)
        // σ² and AICc need n − np − 2 ≥ 1.
        try Self.validate(series, period: period, specification: specification, required: np + 3)
        let name = specification.description
        guard parameters.matches(specification), parameters.values.allSatisfy(\.isFinite) else {
            throw .invalidParameters(model: name, reason: "glättningsparametrarna ska vara α\(specification.hasTrend ? ", β" : "")\(specification.hasSeason ? ", γ" : "")\(specification.isDamped ? ", φ" : "") och ändliga")
        }
        guard initialState.matches(specification, period: m), initialState.values.allSatisfy(\.isFinite) else {
            throw .invalidParameters(model: name, reason: "starttillståndet ska ha nivå\(specification.hasTrend ? ", lutning" : "")\(specification.hasSeason ? " och \(m) säsongstermer" : "") med ändliga värden")
        }
        let region = ETSParameterRegion(specification: specification, period: m)
        var scratch = [Double](repeating: 0, count: 3 * (m + 2))
        let inside = scratch.withUnsafeMutableBufferPointer {
            region.contains(alpha: parameters.alpha, beta: parameters.beta ?? 0, gamma: parameters.gamma ?? 0,
                            phi: parameters.phi ?? 1, scratch: $0)
        }
        guard inside else {
            throw .invalidParameters(model: name, reason: "de ligger utanför det tillåtna området (R:s gränser och stabilitetsvillkor)")
        }

        let n = series.count
        let filter = ETSFilter(specification: specification, period: m, parameters: parameters)
        var level = initialState.level, slope = initialState.slope ?? 0
        var ring = ETSFilter.ringOrder(initialState.seasonal)
        var errors = [Double](repeating: 0, count: n), forecasts = errors
        let totals = series.withUnsafeBufferPointer { y in
            ring.withUnsafeMutableBufferPointer { s in
                errors.withUnsafeMutableBufferPointer { e in
                    forecasts.withUnsafeMutableBufferPointer { f in
                        filter.run(y, level: &level, slope: &slope, seasonal: s, errors: e, forecasts: f)
                    }
                }
            }
        }
        self.specification = specification
        self.period = m
        self.parameters = parameters
        self.initialState = initialState
        self.finalState = ETSState(level: level, slope: specification.hasTrend ? slope : nil,
                                   seasonal: ETSFilter.newestFirst(ring: ring, steps: n))
        self.series = series
        self.fitted = forecasts
        self.residuals = errors
        let minusTwice = ETSLikelihood.minusTwiceLogLikelihood(totals, count: n, error: specification.error)
        logLikelihood = -0.5 * minusTwice
        let k = Double(np + 1), nd = Double(n)
        aic = minusTwice + 2 * k
        bic = minusTwice + log(nd) * k
        aicc = aic + 2 * k * (k + 1) / (nd - k - 1)
        sigma2 = totals.sumOfSquares / Double(n - np)
    }

    /// Checks what every fit and evaluation needs of the series: finite values, a period that suits the
    /// model, an unrestricted model, positive values for multiplicative components, `required` values.
    static func validate(_ series: [Double], period: Int, specification: ETSSpecification,
                         required: Int) throws(ForecastingError) {
        let name = specification.description
        if let index = series.firstIndex(where: { !$0.isFinite }) { throw .nonFiniteValue(index: index) }
        guard period >= 1, !specification.hasSeason || (2...24).contains(period) else {
            throw .invalidPeriod(model: name, period: period)
        }
        guard !specification.isRestricted else { throw .restrictedModel(model: name) }
        if specification.error == .multiplicative || specification.season == .multiplicative,
           let index = series.firstIndex(where: { $0 <= 0 }) {
            throw .nonPositiveValue(model: name, index: index, value: series[index])
        }
        guard series.count >= required else {
            throw .seriesTooShort(model: name, count: series.count, required: required)
        }
    }
}
