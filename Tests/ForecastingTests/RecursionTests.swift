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
}
