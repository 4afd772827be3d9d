/// Smoothing parameters of an ETS model, in the parametrisation of Hyndman et al. (2008) and R's ets:
/// `ℓ = ℓ₋ + φb₋ + αε̃`, `b = φb₋ + βε̃`, `s = s₋ₘ + γε̃` (for additive error `ε̃ = ε`).
public struct ETSParameters: Hashable, Sendable {
    /// Level smoothing α.
    public var alpha: Double
    /// Trend smoothing β; `nil` without trend.
    public var beta: Double?
    /// Seasonal smoothing γ; `nil` without season.
    public var gamma: Double?
    /// Damping φ; `nil` without damping (the trend is then undamped, φ = 1).
    public var phi: Double?

    public init(alpha: Double, beta: Double? = nil, gamma: Double? = nil, phi: Double? = nil) {
        self.alpha = alpha
        self.beta = beta
        self.gamma = gamma
        self.phi = phi
    }

    /// Whether exactly the parameters the model uses are present.
    func matches(_ specification: ETSSpecification) -> Bool {
        (beta != nil) == specification.hasTrend && (gamma != nil) == specification.hasSeason
            && (phi != nil) == specification.isDamped
    }

    /// All values, finite or not.
    var values: [Double] { [alpha] + [beta, gamma, phi].compactMap { $0 } }
}
