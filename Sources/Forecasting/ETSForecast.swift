/// Point forecasts and prediction intervals from a fitted ETS model.
public struct ETSForecast: Sendable, Equatable {
    /// How the intervals were obtained.
    public enum IntervalMethod: String, Sendable {
        /// Exact forecast variances of the linear (class 1) and multiplicative-error, additive-component
        /// (class 2) models, Hyndman et al. (2008) ch. 6, with normal quantiles.
        case analytic
        /// Quantiles of simulated sample paths with normal innovations.
        case simulated
    }

    /// One prediction interval per step.
    public struct Interval: Sendable, Equatable {
        /// Coverage in per cent, e.g. 80.
        public let level: Double
        public let lower: [Double]
        public let upper: [Double]
    }

    /// Point forecasts for steps 1…h (for analytic models the conditional mean, as R's `forecast.ets`).
    public let mean: [Double]
    /// Intervals in the order the levels were given.
    public let intervals: [Interval]
    public let method: IntervalMethod
}
