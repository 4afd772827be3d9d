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
