import Foundation
import Testing
@testable import Forecasting

/// The recursion and the likelihood on cases small enough to follow by hand.
@Suite("ETS recursion by hand")
struct RecursionTests {
    /// ETS(A,N,N), α = 0,5, ℓ₀ = 10, y = 12, 11, 15, 13, 14, 12, 13:
    /// ŷ = 10, 11, 11, 13, 13, 13,5, 12,75; ε = 2, 0, 4, 0, 1, −1,5, 0,25; ℓ₇ = 12,875.
    /// Σε² = 4 + 16 + 1 + 2,25 + 0,0625 = 23,3125.
    @Test("ETS(A,N,N): fitted values, errors, final level, likelihood and criteria")
    func simpleExponentialSmoothing() throws {
        let y: [Double] = [12, 11, 15, 13, 14, 12, 13]
        let model = try ETSModel(series: y, period: 1, specification: ETSSpecification(code: "ANN")!,
                                 parameters: ETSParameters(alpha: 0.5), initialState: ETSState(level: 10))
        #expect(model.fitted == [10, 11, 11, 13, 13, 13.5, 12.75])
        #expect(model.residuals == [2, 0, 4, 0, 1, -1.5, 0.25])
        #expect(model.finalState.level == 12.875)
        let sse = 23.3125
        // R: loglik = −½·n·log Σε²; k = 2 estimated + σ² = 3.
        #expect(abs(model.logLikelihood - (-3.5 * log(sse))) < 1e-12)
        #expect(abs(model.aic - (7 * log(sse) + 6)) < 1e-12)
        #expect(abs(model.aicc - (7 * log(sse) + 6 + 24.0 / 3)) < 1e-12)
        #expect(abs(model.bic - (7 * log(sse) + 3 * log(7.0))) < 1e-12)
        #expect(abs(model.sigma2 - sse / 5) < 1e-12)
        let forecast = try model.forecast(horizon: 3)
        #expect(forecast.mean == [12.875, 12.875, 12.875])
        // Class 1: v_h = σ²(1 + (h − 1)α²), here σ² = 4,6625.
        let z95 = 1.9599639845400536  // R: qnorm(0.975)
        #expect(abs(forecast.intervals[1].upper[2] - (12.875 + z95 * (4.6625 * 1.5).squareRoot())) < 1e-10)
    }

    /// ETS(M,N,N) on the same data: ε = (y − ŷ)/ŷ = 0,2, 0, 4/11, 0, 1/13, −1,5/13,5, 0,25/12,75, and
    /// log L = −½·n·log Σε² − Σ log ŷ.
    @Test("ETS(M,N,N): relative errors and the Σ log ŷ term")
    func multiplicativeError() throws {
        let y: [Double] = [12, 11, 15, 13, 14, 12, 13]
        let model = try ETSModel(series: y, period: 1, specification: ETSSpecification(code: "MNN")!,
                                 parameters: ETSParameters(alpha: 0.5), initialState: ETSState(level: 10))
        let errors = [0.2, 0, 4.0 / 11, 0, 1.0 / 13, -1.5 / 13.5, 0.25 / 12.75]
        for (e, expected) in zip(model.residuals, errors) { #expect(abs(e - expected) < 1e-15) }
        let sse = errors.reduce(0) { $0 + $1 * $1 }
        let logs = log(10.0) + log(11.0) * 2 + log(13.0) * 2 + log(13.5) + log(12.75)
        #expect(abs(model.logLikelihood - (-3.5 * log(sse) - logs)) < 1e-12)
    }

    /// ETS(A,A,N), α = 0,5, β = 0,2, ℓ₀ = 9, b₀ = 1, y = 10, 12, 13, 15, 18:
    /// ŷ = 10, 11, 12,7, 14,11, 15,993; ℓ₅ = 16,9965, b₅ = 1,8394 (b = b₋ + βε).
    @Test("ETS(A,A,N): level and slope updates")
    func holt() {
        let filter = ETSFilter(specification: ETSSpecification(code: "AAN")!, period: 1,
                               parameters: ETSParameters(alpha: 0.5, beta: 0.2))
        let y: [Double] = [10, 12, 13, 15, 18]
        var level = 9.0, slope = 1.0
        var forecasts = [Double](repeating: 0, count: 5), ring = [Double]()
        let totals = y.withUnsafeBufferPointer { yp in
            ring.withUnsafeMutableBufferPointer { s in
                forecasts.withUnsafeMutableBufferPointer { f in
                    filter.run(yp, level: &level, slope: &slope, seasonal: s, forecasts: f)
                }
            }
        }
        for (f, expected) in zip(forecasts, [10, 11, 12.7, 14.11, 15.993]) { #expect(abs(f - expected) < 1e-12) }
        #expect(abs(level - 16.9965) < 1e-12 && abs(slope - 1.8394) < 1e-12)
        #expect(abs(totals.sumOfSquares - (1 + 0.09 + 0.7921 + 4.028049)) < 1e-12)
    }

    /// ETS(A,N,A), m = 2, α = 0,5, γ = 0,2, ℓ₀ = 10, s = (1, −1) newest first, y = 9, 12, 10, 12:
    /// ŷ = 9, 11, 9,5, 11,95; then ℓ = 10,775 and the seasonal terms newest first are 1,21 and −0,9
    /// (s = s₋ₘ + γε). The next three observations equal their forecasts 9,875, 11,985, 9,875, so the
    /// level stays and the two terms only rotate.
    @Test("ETS(A,N,A): seasonal terms rotate and update")
    func additiveSeason() throws {
        let model = try ETSModel(series: [9, 12, 10, 12, 9.875, 11.985, 9.875], period: 2,
                                 specification: ETSSpecification(code: "ANA")!,
                                 parameters: ETSParameters(alpha: 0.5, gamma: 0.2),
                                 initialState: ETSState(level: 10, seasonal: [1, -1]))
        for (f, expected) in zip(model.fitted, [9, 11, 9.5, 11.95, 9.875, 11.985, 9.875]) {
            #expect(abs(f - expected) < 1e-12)
        }
        #expect(abs(model.finalState.level - 10.775) < 1e-12)
        #expect(abs(model.finalState.seasonal[0] - (-0.9)) < 1e-12)
        #expect(abs(model.finalState.seasonal[1] - 1.21) < 1e-12)
        let forecast = try model.forecast(horizon: 3)
        for (f, expected) in zip(forecast.mean, [11.985, 9.875, 11.985]) { #expect(abs(f - expected) < 1e-12) }
    }

    /// R's final state, Σε² and Σ log ŷ for one model of ``multiplicativeSeason(_:)``.
    struct MultiplicativeCase: Sendable, CustomStringConvertible {
        let code: String
        let level: Double
        let slope: Double
        /// Newest first.
        let seasonal: [Double]
        let sumOfSquares: Double
        let sumLogForecast: Double
        var description: String { code }
    }

    /// From R forecast's `etscalc` update formulas in exact rational arithmetic (`bench/ets_rekursion.py`).
    static let multiplicativeCases = [
        MultiplicativeCase(code: "MNM", level: 12.109485849570683, slope: 0, seasonal: [1.0964221738936935, 1.0039191071947593],
                           sumOfSquares: 0.9761048419990807, sumLogForecast: 16.563180926611462),
        MultiplicativeCase(code: "MAM", level: 13.425309031850317, slope: 0.5223168588231867, seasonal: [1.0172268632522021, 0.958647459264082],
                           sumOfSquares: 0.8087981426080794, sumLogForecast: 17.176565773551776),
        MultiplicativeCase(code: "MAdM", level: 13.040800383932774, slope: 0.4168298877788298, seasonal: [1.0365375236164556, 0.9679010012370071],
                           sumOfSquares: 0.8448481830315893, sumLogForecast: 17.03388226605976),
    ]

    /// Multiplicative error and season, m = 2, α = 0,3, β = 0,1, γ = 0,2, φ = 0,9 (damped only), ℓ₀ = 10,
    /// b₀ = 0,5, s = (1,2, 0,8) newest first, y = 11, 8, 13, 9, 14, 10, 15. The recursion writes the slope
    /// update and the relative error in a form algebraically equal to R's, and runs these models in a loop of
    /// their own when no errors or forecasts are asked for: both loops must give R's numbers.
    @Test("Multiplicative season: R's final state, Σε² and Σ log ŷ, with and without the errors written", arguments: multiplicativeCases)
    func multiplicativeSeason(_ c: MultiplicativeCase) {
        let specification = ETSSpecification(code: c.code)!
        let filter = ETSFilter(specification: specification, period: 2,
                               parameters: ETSParameters(alpha: 0.3, beta: specification.hasTrend ? 0.1 : nil, gamma: 0.2,
                                                         phi: specification.isDamped ? 0.9 : nil))
        let y: [Double] = [11, 8, 13, 9, 14, 10, 15]
        for writesErrors in [false, true] {
            var level = 10.0, slope = specification.hasTrend ? 0.5 : 0
            var ring = ETSFilter.ringOrder([1.2, 0.8])
            var errors = [Double](repeating: 0, count: y.count)
            let totals = y.withUnsafeBufferPointer { yp in
                ring.withUnsafeMutableBufferPointer { s in
                    errors.withUnsafeMutableBufferPointer { e in
                        filter.run(yp, level: &level, slope: &slope, seasonal: s, errors: writesErrors ? e : nil)
                    }
                }
            }
            let seasonal = ETSFilter.newestFirst(ring: ring, steps: y.count)
            func close(_ a: Double, _ b: Double) -> Bool { abs(a - b) <= 1e-13 * max(abs(b), 1) }
            #expect(close(level, c.level) && close(slope, c.slope), "\(writesErrors)")
            #expect(close(seasonal[0], c.seasonal[0]) && close(seasonal[1], c.seasonal[1]), "\(writesErrors)")
            #expect(close(totals.sumOfSquares, c.sumOfSquares) && close(totals.sumLogAbsForecast, c.sumLogForecast), "\(writesErrors)")
            if writesErrors { #expect(close(errors.reduce(0) { $0 + $1 * $1 }, c.sumOfSquares)) }
        }
    }
}
