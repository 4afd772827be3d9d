import Testing
import Forecasting

/// The optimiser finds likelihoods at least as high as R's ets and statsmodels' ETSModel on the same
/// model and parameter region. Their values come from `bench/ets_peers.R` (R 4.2.2, forecast 8.20) and
/// `bench/ets_peers.py` (statsmodels 0.15.0, log-likelihood converted to R's convention), run by `make bench`.
@Suite("Optimiser against R and statsmodels")
struct OptimiserTests {
    @Test("ETS(A,A,A) on AirPassengers: above R's −765,94 (R stops in a local optimum with α ≈ 0,99)")
    func airPassengersAAA() throws {
        let model = try ETSModel.fit(RDatasets.airPassengers, period: 12, model: .specified(ETSSpecification(code: "AAA")!))
        #expect(model.logLikelihood >= RReference.airPassengersAAA.logLikelihood)
        // statsmodels reaches −718,48 only with β = 0,000025, below R's lower bound 0,0001; inside R's
        // region the optimum is a hair lower, so this is as close as the region allows.
        #expect(model.logLikelihood > -718.6)
        #expect(model.parameters.beta! >= 1e-4)
    }

    @Test("ETS(A,Ad,A) on AirPassengers: above statsmodels' −722,36, whose estimate lies in R's region")
    func airPassengersAAdA() throws {
        let model = try ETSModel.fit(RDatasets.airPassengers, period: 12, model: .specified(ETSSpecification(code: "AAdA")!))
        #expect(model.logLikelihood >= -722.3604065766443)
    }

    @Test("Multiplicative error: above R on ETS(M,A,M) for AirPassengers and ETS(A,A,A) for USAccDeaths")
    func others() throws {
        let mam = try ETSModel.fit(RDatasets.airPassengers, period: 12, model: .specified(ETSSpecification(code: "MAM")!))
        #expect(mam.logLikelihood >= RReference.airPassengersMAM.logLikelihood)
        let aaa = try ETSModel.fit(RDatasets.usAccDeaths, period: 12, model: .specified(ETSSpecification(code: "AAA")!))
        #expect(aaa.logLikelihood >= RReference.usAccDeathsAAA.logLikelihood)
        let aadn = try ETSModel.fit(RDatasets.usAccDeaths, period: 12, model: .specified(ETSSpecification(code: "AAdN")!))
        #expect(aadn.logLikelihood >= RReference.usAccDeathsAAdN.logLikelihood)
    }

    @Test("Automatic selection returns the lowest AICc among the candidates")
    func selection() throws {
        let y = RDatasets.usAccDeaths
        let chosen = try ETSModel.fit(y, period: 12)
        for code in ["ANN", "ANA", "AAA", "MNM", "MAM"] {
            let candidate = try ETSModel.fit(y, period: 12, model: .specified(ETSSpecification(code: code)!))
            #expect(chosen.aicc <= candidate.aicc + 1e-9, "\(code)")
        }
        let nonSeasonal = try ETSModel.fit(y, period: 1)
        #expect(nonSeasonal.specification.season == .none)
    }
}
