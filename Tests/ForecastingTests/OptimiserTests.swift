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

    /// Monthly costs of one account from the generated ledger (`prognos-bench liggare`, the first of the 60
    /// series in bench/RESULTS.md): ETS(M,A,M) and ETS(M,Ad,M) have their highest likelihood with α, β and γ
    /// on R's lower bound 0,0001 (and φ on its upper bound 0,98), ETS(M,N,M) with γ there.
    static let ledgerAccount: [Double] = [
        25060.62, 26842.11, 26838.78, 28447.26, 28015.28, 25395.06, 21547.64, 24412.34,
        27328.10, 23718.45, 27541.69, 26548.58, 25299.65, 25937.91, 24733.06, 27150.86,
        28521.26, 28005.05, 19963.32, 27918.68, 26437.91, 25405.81, 29001.11, 26810.91,
        25011.40, 27944.24, 21822.89, 23553.65, 25149.42, 28275.16, 22762.62, 28705.24,
        26137.41, 26716.66, 26659.53, 27593.23, 25518.33, 27809.35, 24440.77, 29317.31,
        26240.36, 27523.44, 27549.26, 27142.10, 26172.45, 25857.88, 29384.32, 27018.96,
        24575.37, 31071.28, 26492.30, 28495.61, 27049.28, 25280.52, 24524.09, 29505.72,
        29492.57, 27541.11, 28558.23, 27729.76, 23827.87, 28623.46, 23853.57, 26087.25,
        26928.75, 24867.90, 20819.95, 27115.55, 26324.47
    ]

    @Test("Multiplicative error with the optimum on R's bounds: the estimate lies on them exactly",
          arguments: ["MNM", "MAM", "MAdM"])
    func onTheBounds(code: String) throws {
        // The logistic coordinates alone only approach a bound: without the saturation α came out here as
        // 1,00000001·10⁻⁴ for ETS(M,A,M).
        let model = try ETSModel.fit(Self.ledgerAccount, period: 12, model: .specified(ETSSpecification(code: code)!))
        #expect(model.parameters.gamma == 1e-4)
        if code != "MNM" {
            #expect(model.parameters.alpha == 1e-4)
            #expect(model.parameters.beta == 1e-4)
        }
        if code == "MAdM" { #expect(model.parameters.phi == 0.98) }
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
