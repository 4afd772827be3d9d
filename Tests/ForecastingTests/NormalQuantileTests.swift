import Testing
@testable import Forecasting

@Suite("Normal quantiles")
struct NormalQuantileTests {
    /// Values of R's `qnorm` (which implements the same algorithm AS 241), printed with 16 digits.
    @Test("Φ⁻¹ at the interval levels and in the tails")
    func values() {
        let cases: [(Double, Double)] = [
            (0.975, 1.9599639845400536), (0.9, 1.2815515655446008), (0.5, 0),
            (0.025, -1.9599639845400538), (1e-10, -6.3613409024040557), (0.3, -0.5244005127080407),
        ]
        for (p, expected) in cases { #expect(abs(NormalQuantile.value(p) - expected) < 1e-14 * max(1, abs(expected))) }
    }
}
