import Testing
@testable import Forecasting

/// The likelihood is R's function: at R's estimates it gives R's log-likelihood and AICc.
@Suite("Likelihood against R forecast::ets")
struct LikelihoodAgainstRTests {
    @Test("At R's parameters and initial states, R's log-likelihood and AICc", arguments: RReference.all)
    func sameFunction(reference: RReference) throws {
        let model = try reference.model()
        #expect(abs(model.logLikelihood - reference.logLikelihood) < 1e-9 * abs(reference.logLikelihood))
        #expect(abs(model.aicc - reference.aicc) < 1e-9 * abs(reference.aicc))
    }

    /// The least-squares initial states are the exact optimum for R's smoothing parameters: they give a
    /// likelihood at least as high as R's own initial states, and evaluating at them reproduces the sum of
    /// squares the profile reports.
    @Test("Profiled initial states at R's smoothing parameters", arguments: [RReference.airPassengersAAA, .usAccDeathsAAA])
    func profile(reference: RReference) throws {
        var profile = LinearStateProfile(series: reference.series, specification: reference.specification, period: 12)
        let solved = profile.solve(reference.parameters)
        let solution = try #require(solved)
        let model = try ETSModel(series: reference.series, period: 12, specification: reference.specification,
                                 parameters: reference.parameters, initialState: solution.state)
        let sse = model.residuals.reduce(0) { $0 + $1 * $1 }
        #expect(abs(sse - solution.sumOfSquares) < 1e-8 * sse)
        #expect(model.logLikelihood >= reference.logLikelihood - 1e-9)
    }
}

extension RReference: CustomTestStringConvertible {
    var testDescription: String { "\(specification) on \(series.count) values" }
}
