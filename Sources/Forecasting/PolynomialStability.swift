/// Whether every root of a real polynomial lies inside a disc, by the Schur–Cohn recursion (Jury's
/// test): no roots are computed, so it is exact up to rounding and costs O(degree²) multiplications.
///
/// For `p(z) = a₀ + a₁z + … + aₙzⁿ` with `aₙ ≠ 0`, all roots lie strictly inside the unit circle iff
/// `|a₀| < |aₙ|` and the same holds for the polynomial of degree n − 1 with coefficients
/// `aₙ·aᵢ₊₁ − a₀·aₙ₋₁₋ᵢ`, which is `(aₙ·p(z) − a₀·zⁿp(1/z)) / z` (Henrici 1974, *Applied and
/// Computational Complex Analysis* I, §6.8).
enum PolynomialStability {
    /// `true` when every root of `Σ coefficients[i]·zⁱ` (lowest power first, the highest non-zero) has
    /// modulus below `radius`. `scratch` must hold at least `2·coefficients.count` values; its contents
    /// are overwritten.
    static func rootsInside(radius: Double, coefficients: UnsafeBufferPointer<Double>,
                            scratch: UnsafeMutableBufferPointer<Double>) -> Bool {
        let count = coefficients.count
        var degree = count - 1
        guard degree >= 0, coefficients[degree] != 0 else { return false }
        // The roots of p(r·z) are those of p divided by r.
        var current = scratch.baseAddress!, next = current + count
        var power = 1.0
        for i in 0...degree {
            current[i] = coefficients[i] * power
            power *= radius
        }
        while degree > 0 {
            let leading = current[degree], constant = current[0]
            guard abs(constant) < abs(leading) else { return false }
            for i in 0..<degree {
                next[i] = leading * current[i + 1] - constant * current[degree - 1 - i]
            }
            degree -= 1
            // Rescale against overflow; the ratio tests are unaffected. The new leading coefficient divided by
            // its own magnitude is ±1 exactly, and after the last step nothing is read any more, so neither
            // is divided.
            let top = next[degree], scale = abs(top)
            guard scale.isFinite, scale > 0 else { return false }
            guard degree > 0 else { return true }
            for i in 0..<degree { next[i] /= scale }
            next[degree] = top < 0 ? -1 : 1
            swap(&current, &next)
        }
        return true
    }
}
