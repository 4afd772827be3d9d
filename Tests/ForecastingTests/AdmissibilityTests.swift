import LinearAlgebra
import Testing
@testable import Forecasting

@Suite("Admissible parameter region")
struct AdmissibilityTests {
    /// Monic polynomials built from known roots, lowest power first.
    static func polynomial(roots: [(re: Double, im: Double)]) -> [Double] {
        // Multiply out real factors (z − r) and conjugate pairs (z² − 2·Re·z + |r|²).
        var coefficients: [Double] = [1]
        func multiply(_ factor: [Double]) {
            var product = [Double](repeating: 0, count: coefficients.count + factor.count - 1)
            for (i, a) in coefficients.enumerated() { for (j, b) in factor.enumerated() { product[i + j] += a * b } }
            coefficients = product
        }
        for root in roots {
            if root.im == 0 { multiply([-root.re, 1]) } else { multiply([root.re * root.re + root.im * root.im, -2 * root.re, 1]) }
        }
        return coefficients
    }

    static func inside(_ coefficients: [Double]) -> Bool {
        var scratch = [Double](repeating: 0, count: 2 * coefficients.count)
        return coefficients.withUnsafeBufferPointer { c in
            scratch.withUnsafeMutableBufferPointer { PolynomialStability.rootsInside(radius: 1, coefficients: c, scratch: $0) }
        }
    }

    @Test("Schur–Cohn: roots inside or outside the unit circle")
    func schurCohn() {
        #expect(Self.inside(Self.polynomial(roots: [(0.5, 0), (-0.9, 0)])))
        #expect(!Self.inside(Self.polynomial(roots: [(0.5, 0), (1.1, 0)])))
        #expect(Self.inside(Self.polynomial(roots: [(0.6, 0.75), (-0.3, 0)])))      // |0,6 ± 0,75i| = 0,96
        #expect(!Self.inside(Self.polynomial(roots: [(0.7, 0.75), (-0.3, 0)])))     // |0,7 ± 0,75i| ≈ 1,026
        // z¹³ − r¹³: thirteen roots of modulus r.
        #expect(Self.inside([-Self.pow13(0.99)] + Array(repeating: 0, count: 12) + [1]))
        #expect(!Self.inside([-Self.pow13(1.01)] + Array(repeating: 0, count: 12) + [1]))
    }

    /// The Schur–Cohn recursion as first written: every coefficient, the leading one included, divided by the
    /// leading one's magnitude after every step, the last too.
    static func insideRescalingEverything(radius: Double, _ coefficients: [Double]) -> Bool {
        var degree = coefficients.count - 1
        guard degree >= 0, coefficients[degree] != 0 else { return false }
        var current = coefficients.indices.map { coefficients[$0] * (0..<$0).reduce(1.0) { power, _ in power * radius } }
        var next = current
        while degree > 0 {
            let leading = current[degree], constant = current[0]
            guard abs(constant) < abs(leading) else { return false }
            for i in 0..<degree { next[i] = leading * current[i + 1] - constant * current[degree - 1 - i] }
            degree -= 1
            let scale = abs(next[degree])
            guard scale.isFinite, scale > 0 else { return false }
            for i in 0...degree { next[i] /= scale }
            swap(&current, &next)
        }
        return true
    }

    /// The recursion leaves out divisions whose results are known (the new leading coefficient is ±1) or
    /// never read (after the last step). Its answer must be the first form's bit for bit, also where a root
    /// lies on the unit circle and rounding decides against R's radius 1 + 10⁻¹⁰: without trend β = 0 and
    /// φ = 1, and z = 1 is a root of the characteristic polynomial (see bench/RESULTS.md, "Schur–Cohn utan
    /// divisioner").
    @Test("Schur–Cohn without the known divisions answers as before, on ETS polynomials at the boundary")
    func schurCohnSameAnswers() {
        var random = SplitMix64(seed: 17)
        var answers: [Bool: Int] = [:]
        for sample in 0..<30_000 {
            let m = [4, 12, 24][sample % 3]
            let alpha = Double.random(in: 1e-4...0.9999, using: &random)
            let gamma = Double.random(in: 1e-4...max(1e-4, 1 - alpha), using: &random)
            // A third without trend (a root exactly on the circle), a third with trend, a third damped.
            let beta = sample % 9 < 3 ? 0 : Double.random(in: 1e-4...alpha, using: &random) * (sample % 2 == 0 ? 1 : 1e-3)
            let phi = sample % 9 >= 6 ? Double.random(in: 0.8...0.98, using: &random) : 1
            var coefficients = [phi * (1 - alpha - gamma), alpha + beta - alpha * phi + gamma - 1]
            coefficients += Array(repeating: alpha + beta - alpha * phi, count: m - 2)
            coefficients += [alpha + beta - phi, 1]
            // Without trend, also against radius 1 itself, where the root z = 1 lies on the circle and only
            // rounding decides: any other rounding of the recursion changes some answers.
            let radius = sample % 9 < 3 && sample % 2 == 0 ? 1 : 1 + 1e-10
            var scratch = [Double](repeating: 0, count: 2 * coefficients.count)
            let inside = coefficients.withUnsafeBufferPointer { c in
                scratch.withUnsafeMutableBufferPointer { PolynomialStability.rootsInside(radius: radius, coefficients: c, scratch: $0) }
            }
            let expected = Self.insideRescalingEverything(radius: radius, coefficients)
            #expect(inside == expected, "α \(alpha) β \(beta) γ \(gamma) φ \(phi) m \(m)")
            answers[inside, default: 0] += 1
        }
        #expect((answers[true] ?? 0) > 1_000 && (answers[false] ?? 0) > 1_000, "\(answers)")
    }

    private static func pow13(_ x: Double) -> Double { (0..<13).reduce(1) { value, _ in value * x } }

    /// Values of R's `forecast:::admissible(alpha, beta, gamma, phi, m)` (forecast 8.20); the last two
    /// pass R's simple inequalities and fail only on the characteristic polynomial.
    @Test("Seasonal models agree with R's admissible()")
    func seasonalAgainstR() {
        let cases: [(ETSSpecification, Int, Double, Double, Double, Double, Bool)] = [
            (ETSSpecification(code: "AAA")!, 12, 0.5, 0.1, 0.45, 1, true),
            (ETSSpecification(code: "AAA")!, 12, 0.5, 0.1, 0.55, 1, true),
            (ETSSpecification(code: "AAdA")!, 4, 0.3, 0.05, 0.2, 0.9, true),
            (ETSSpecification(code: "AAdA")!, 4, 0.3, -0.2, 0.2, 0.9, false),
            (ETSSpecification(code: "ANA")!, 4, 0.2, 0, 1.5, 1, true),
            (ETSSpecification(code: "AAA")!, 12, 0.05, 0.04, 0.9, 1, true),
            (ETSSpecification(code: "AAdA")!, 12, 0.9, 0.85, 0.05, 0.95, false),
            (ETSSpecification(code: "AAdA")!, 12, 0.95, 0.9, 0.04, 0.8, false),
        ]
        for (specification, m, alpha, beta, gamma, phi, expected) in cases {
            let region = ETSParameterRegion(specification: specification, period: m)
            var scratch = [Double](repeating: 0, count: 3 * (m + 2))
            let admissible = scratch.withUnsafeMutableBufferPointer {
                region.isAdmissible(alpha: alpha, beta: beta, gamma: gamma, phi: phi, scratch: $0)
            }
            #expect(admissible == expected, "α \(alpha) β \(beta) γ \(gamma) φ \(phi) m \(m)")
        }
    }

    /// Non-seasonal regions (Hyndman et al. 2008, table 10.1 and R's admissible()): ETS(A,N,N)
    /// 0 < α < 2; ETS(A,A,N) also 0 < β < 4 − 2α. R's usual bounds then cut them to α ≤ 0,9999, β ≤ α.
    @Test("Non-seasonal regions and R's usual bounds")
    func nonSeasonal() {
        var scratch = [Double](repeating: 0, count: 9)
        func admissible(_ code: String, _ alpha: Double, _ beta: Double = 0) -> Bool {
            let region = ETSParameterRegion(specification: ETSSpecification(code: code)!, period: 1)
            return scratch.withUnsafeMutableBufferPointer { region.isAdmissible(alpha: alpha, beta: beta, gamma: 0, phi: 1, scratch: $0) }
        }
        func contains(_ code: String, _ alpha: Double, _ beta: Double = 0) -> Bool {
            let region = ETSParameterRegion(specification: ETSSpecification(code: code)!, period: 1)
            return scratch.withUnsafeMutableBufferPointer { region.contains(alpha: alpha, beta: beta, gamma: 0, phi: 1, scratch: $0) }
        }
        #expect(admissible("ANN", 1.5) && !admissible("ANN", 2.1))
        #expect(admissible("AAN", 1.5, 0.9) && !admissible("AAN", 1.5, 1.1))
        #expect(contains("ANN", 0.5) && !contains("ANN", 1.5) && !contains("ANN", 0.00005))
        #expect(contains("AAN", 0.5, 0.3) && !contains("AAN", 0.3, 0.5))
    }
}
