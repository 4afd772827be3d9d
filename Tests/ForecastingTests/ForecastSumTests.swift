import Forecasting
import Testing

/// The forecast of a sum over the horizon from simulated paths, against the variance of the sum worked out
/// by hand for ETS(A,N,N).
@Suite("Forecast of a sum over the horizon")
struct ForecastSumTests {
    @Test("ETS(A,N,N), α = 0,5: the sum of two steps has variance σ²((1 + α)² + 1) = 3,25 σ²")
    func annSum() throws {
        // y_{n+1} = ℓ + ε₁, y_{n+2} = ℓ + α ε₁ + ε₂, so the sum is 2ℓ + (1 + α) ε₁ + ε₂.
        let y: [Double] = [10, 12, 9, 11, 13, 10, 12, 11, 9, 12]
        let model = try ETSModel(series: y, period: 1, specification: ETSSpecification(code: "ANN")!,
                                 parameters: ETSParameters(alpha: 0.5), initialState: ETSState(level: 11))
        let sum = try model.forecastSum(horizon: 2, probabilities: [0.025, 0.5, 0.975], seed: 8, paths: 40_000)
        let level = model.finalState.level
        #expect(abs(sum.mean - 2 * level) < 1e-12)
        let sd = (3.25 * model.sigma2).squareRoot()
        // 1,959964 is the normal 97,5 % quantile; the simulated quantiles are within a few per cent of sd.
        #expect(abs(sum.quantiles[0] - (2 * level - 1.959964 * sd)) < 0.05 * sd)
        #expect(abs(sum.quantiles[1] - 2 * level) < 0.03 * sd)
        #expect(abs(sum.quantiles[2] - (2 * level + 1.959964 * sd)) < 0.05 * sd)
        #expect(throws: ForecastingError.invalidLevel(100)) { try model.forecastSum(horizon: 2, probabilities: [1]) }
        #expect(throws: ForecastingError.invalidHorizon(0)) { try model.forecastSum(horizon: 0, probabilities: [0.5]) }
    }
}
