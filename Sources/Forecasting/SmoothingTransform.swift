import Foundation

/// Maps unconstrained coordinates to smoothing parameters inside R's usual bounds, so that the optimiser
/// moves freely and every point it tries satisfies `α ∈ [l, u]`, `β ∈ [l, min(α, u)]`,
/// `γ ∈ [l, min(1 − α, u)]` and `φ ∈ [0,8, 0,98]` (l = 0,0001, u = 0,9999). Each coordinate places its
/// parameter in its interval by the logistic function; admissibility is checked separately.
///
/// The logistic function only approaches the bounds, so where the likelihood is highest on a bound the
/// optimiser would follow the coordinate towards infinity for ever smaller gains. With a `saturation`,
/// a coordinate at or beyond ±`saturation` puts its parameter on the bound exactly, as R's optimiser, which
/// searches the parameters themselves, can place it.
struct SmoothingTransform {
    let specification: ETSSpecification
    /// Where the coordinates reach the bounds; nil for the logistic function all the way.
    var saturation: Double?

    /// Number of coordinates.
    var count: Int { specification.smoothingParameterCount }

    /// The parameters at the coordinates `u[offset...]`.
    func parameters(_ u: [Double], offset: Int = 0) -> ETSParameters {
        var index = offset
        func next(_ bounds: ClosedRange<Double>) -> Double {
            defer { index += 1 }
            let x = u[index]
            if let saturation {
                if x <= -saturation { return bounds.lowerBound }
                if x >= saturation { return bounds.upperBound }
            }
            return bounds.lowerBound + (bounds.upperBound - bounds.lowerBound) / (1 + exp(-x))
        }
        let alpha = next(ETSParameterRegion.alphaBounds)
        let beta = specification.hasTrend ? next(ETSParameterRegion.betaBounds(alpha: alpha)) : nil
        let gamma = specification.hasSeason ? next(ETSParameterRegion.gammaBounds(alpha: alpha)) : nil
        let phi = specification.isDamped ? next(ETSParameterRegion.phiBounds) : nil
        return ETSParameters(alpha: alpha, beta: beta, gamma: gamma, phi: phi)
    }

    /// Coordinates of `parameters`, pulled a hair inside the bounds where they sit on one.
    func coordinates(_ parameters: ETSParameters) -> [Double] {
        func logit(_ value: Double, _ bounds: ClosedRange<Double>) -> Double {
            let width = bounds.upperBound - bounds.lowerBound
            guard width > 0 else { return 0 }
            let fraction = min(max((value - bounds.lowerBound) / width, 1e-6), 1 - 1e-6)
            return log(fraction / (1 - fraction))
        }
        var u = [logit(parameters.alpha, ETSParameterRegion.alphaBounds)]
        if let beta = parameters.beta { u.append(logit(beta, ETSParameterRegion.betaBounds(alpha: parameters.alpha))) }
        if let gamma = parameters.gamma { u.append(logit(gamma, ETSParameterRegion.gammaBounds(alpha: parameters.alpha))) }
        if let phi = parameters.phi { u.append(logit(phi, ETSParameterRegion.phiBounds)) }
        return u
    }
}
