import Foundation
import Testing
@testable import LinearAlgebra

@Suite("Student's t")
struct StudentTTests {
    @Test("Quantiles equal scipy.stats.t.ppf for odd and even degrees of freedom, and are symmetric")
    func kvantiler() {
        // (ν, p, scipy.stats.t.ppf(p, ν)), scipy 1.x.
        let fall: [(Int, Double, Double)] = [
            (1, 0.975, 12.706204736174694), (1, 0.9, 3.0776835371752544), (2, 0.975, 4.302652729749462),
            (2, 0.9, 1.8856180831641272), (3, 0.9, 1.637744353696209), (4, 0.975, 2.7764451051977934),
            (10, 0.975, 2.228138851986274), (30, 0.9, 1.3104150253913955), (101, 0.975, 1.983731002955606),
        ]
        for (nu, p, vantat) in fall {
            let t = StudentT.quantile(p, degreesOfFreedom: nu)
            #expect(abs(t - vantat) < 1e-10 * vantat, "ν \(nu), p \(p): \(t)")
            #expect(StudentT.quantile(1 - p, degreesOfFreedom: nu) == -t)
        }
        #expect(StudentT.quantile(0.5, degreesOfFreedom: 7) == 0)
    }

    @Test("For ν = 1 and 2 the central probability has simple closed forms")
    func slutnaFormer() {
        for t in [0.1, 1, 3.5, 40] {
            // Cauchy: 2·arctan(t)/π; ν = 2: t/√(t² + 2).
            #expect(abs(StudentT.centralProbability(t, degreesOfFreedom: 1) - 2 * atan(t) / .pi) < 1e-15)
            #expect(abs(StudentT.centralProbability(t, degreesOfFreedom: 2) - t / (t * t + 2).squareRoot()) < 1e-15)
        }
    }
}
