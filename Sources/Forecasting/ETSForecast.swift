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

    /// Point forecasts ŷ_{n+h|n} for steps 1…h from the final state. For the analytic classes this is
    /// the forecast mean, as R's `forecast.ets` reports it; for a multiplicative season R adds a small
    /// variance correction to the mean (Hyndman et al. 2008, class 3), which is not made here.
    public let mean: [Double]
    /// Intervals in the order the levels were given.
    public let intervals: [Interval]
    public let method: IntervalMethod
}
