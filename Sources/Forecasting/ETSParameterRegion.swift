/// The parameter region R's ets searches with its default `bounds = "both"`: the usual bounds on the
/// smoothing parameters and, within them, the admissible region where the model is forecastable (the
/// discount matrix has its eigenvalues inside the unit circle; Hyndman et al. 2008, ch. 10).
struct ETSParameterRegion {
    let specification: ETSSpecification
    /// The seasonal period; 1 without season.
    let period: Int

    init(specification: ETSSpecification, period: Int) {
        self.specification = specification
        self.period = specification.hasSeason ? period : 1
    }

    /// R's default `lower` for α, β and γ.
    static let lowerSmoothing = 1e-4
    /// R's default `upper` for α, β and γ.
    static let upperSmoothing = 0.9999
    /// R's default bounds for φ.
    static let phiBounds = 0.8...0.98

    /// Values the usual bounds allow for each parameter, given α (β ≤ α and γ ≤ 1 − α).
    static let alphaBounds = lowerSmoothing...upperSmoothing
    static func betaBounds(alpha: Double) -> ClosedRange<Double> { lowerSmoothing...max(lowerSmoothing, min(alpha, upperSmoothing)) }
    static func gammaBounds(alpha: Double) -> ClosedRange<Double> { lowerSmoothing...max(lowerSmoothing, min(1 - alpha, upperSmoothing)) }

    /// Whether the parameters satisfy both the usual bounds and admissibility. `scratch` must hold at
    /// least `3·(period + 2)` values (it holds the characteristic polynomial and the Schur–Cohn work).
    func contains(alpha: Double, beta: Double, gamma: Double, phi: Double,
                  scratch: UnsafeMutableBufferPointer<Double>) -> Bool {
        containsByInequalities(alpha: alpha, beta: beta, gamma: gamma, phi: phi)
            && rootsAdmissible(alpha: alpha, beta: beta, gamma: gamma, phi: phi, scratch: scratch)
    }

    /// ``contains(alpha:beta:gamma:phi:scratch:)`` but for the characteristic polynomial's roots: the usual
    /// bounds and R's inequalities, which cost a few comparisons. The roots (the Schur–Cohn test) are
    /// ``rootsAdmissible(alpha:beta:gamma:phi:scratch:)``.
    func containsByInequalities(alpha: Double, beta: Double, gamma: Double, phi: Double) -> Bool {
        let lower = Self.lowerSmoothing, upper = Self.upperSmoothing
        guard alpha >= lower, alpha <= upper else { return false }
        if specification.hasTrend {
            guard beta >= lower, beta <= alpha, beta <= upper else { return false }
        }
        if specification.isDamped {
            guard Self.phiBounds.contains(phi) else { return false }
        }
        if specification.hasSeason {
            guard gamma >= lower, gamma <= 1 - alpha, gamma <= upper else { return false }
        }
        return admissibleByInequalities(alpha: alpha, beta: beta, gamma: gamma, phi: phi)
    }

    /// R's `admissible()` (forecast's etsTargetFunction.cpp), with the roots of the characteristic
    /// polynomial checked by the Schur–Cohn test instead of computed.
    func isAdmissible(alpha: Double, beta: Double, gamma: Double, phi: Double,
                      scratch: UnsafeMutableBufferPointer<Double>) -> Bool {
        admissibleByInequalities(alpha: alpha, beta: beta, gamma: gamma, phi: phi)
            && rootsAdmissible(alpha: alpha, beta: beta, gamma: gamma, phi: phi, scratch: scratch)
    }

    /// R's `admissible()` up to the characteristic polynomial: its inequalities on φ, α, β and γ.
    private func admissibleByInequalities(alpha: Double, beta: Double, gamma: Double, phi: Double) -> Bool {
        guard phi >= 0, phi <= 1 + 1e-8 else { return false }
        guard specification.hasSeason else {
            guard alpha >= 1 - 1 / phi, alpha <= 1 + 1 / phi else { return false }
            if specification.hasTrend {
                guard beta >= alpha * (phi - 1), beta <= (1 + phi) * (2 - alpha) else { return false }
            }
            return true
        }
        let m = Double(period)
        guard gamma >= max(1 - 1 / phi - alpha, 0), gamma <= 1 + 1 / phi - alpha else { return false }
        guard alpha >= 1 - 1 / phi - gamma * (1 - m + phi + phi * m) / (2 * phi * m) else { return false }
        guard beta >= -(1 - phi) * (gamma / m + alpha) else { return false }
        return true
    }

    /// The rest of R's `admissible()`: with season, every root of the characteristic polynomial inside the
    /// circle of radius 1 + 10⁻¹⁰ (R checks the roots' moduli against that); `true` without season.
    func rootsAdmissible(alpha: Double, beta: Double, gamma: Double, phi: Double,
                         scratch: UnsafeMutableBufferPointer<Double>) -> Bool {
        guard specification.hasSeason else { return true }
        // Characteristic polynomial, lowest power first:
        // φ(1−α−γ) + (α+β−αφ+γ−1)z + (α+β−αφ)(z² + … + z^{m−1}) + (α+β−φ)z^m + z^{m+1}.
        let count = period + 2
        let coefficients = UnsafeMutableBufferPointer(rebasing: scratch[0..<count])
        coefficients[0] = phi * (1 - alpha - gamma)
        coefficients[1] = alpha + beta - alpha * phi + gamma - 1
        for i in 2..<period { coefficients[i] = alpha + beta - alpha * phi }
        coefficients[period] = alpha + beta - phi
        coefficients[period + 1] = 1
        return PolynomialStability.rootsInside(
            radius: 1 + 1e-10, coefficients: UnsafeBufferPointer(coefficients),
            scratch: UnsafeMutableBufferPointer(rebasing: scratch[count..<(3 * count)]))
    }
}
