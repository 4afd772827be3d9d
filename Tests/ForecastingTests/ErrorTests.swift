import Testing
import Forecasting

/// Input the models cannot use is refused with a typed error and a Swedish message.
@Suite("Errors")
struct ErrorTests {
    let aaa = ETSSpecification(code: "AAA")!
    let mam = ETSSpecification(code: "MAM")!

    @Test("Too short for the model: R's limit of parameters + 5 observations")
    func tooShort() {
        let y = Array(RDatasets.airPassengers.prefix(20))
        // ETS(A,A,A) with m = 12: α, ℓ, β, b, γ and 12 seasonal terms = 16 (R's count), so at least 21.
        #expect(throws: ForecastingError.seriesTooShort(model: "ETS(A,A,A)", count: 20, required: 21)) {
            try ETSModel.fit(y, period: 12, model: .specified(aaa))
        }
        let message = ForecastingError.seriesTooShort(model: "ETS(A,A,A)", count: 20, required: 21).description
        #expect(message == "Serien har 20 värden, men ETS(A,A,A) behöver minst 21.")
        #expect(throws: ForecastingError.noModelFitted(count: 3)) { try ETSModel.fit([1, 2, 4], period: 1) }
    }

    @Test("Zero or negative values with a multiplicative error or season")
    func nonPositive() {
        var y = RDatasets.airPassengers
        y[5] = 0
        #expect(throws: ForecastingError.nonPositiveValue(model: "ETS(M,A,M)", index: 5, value: 0)) {
            try ETSModel.fit(y, period: 12, model: .specified(mam))
        }
        y[5] = -3
        // Automatic selection leaves the multiplicative models out instead.
        let model = try? ETSModel.fit(y, period: 12)
        #expect(model?.specification.error == .additive)
        #expect(ForecastingError.nonPositiveValue(model: "ETS(M,A,M)", index: 5, value: -3.5).description
                    == "ETS(M,A,M) kräver positiva värden, men värde nr 6 är -3,5.")
    }

    @Test("NaN and infinity are refused with their position")
    func nonFinite() {
        var y = RDatasets.usAccDeaths
        y[10] = .nan
        #expect(throws: ForecastingError.nonFiniteValue(index: 10)) { try ETSModel.fit(y, period: 12) }
        y[10] = .infinity
        #expect(throws: ForecastingError.nonFiniteValue(index: 10)) {
            try ETSModel.fit(y, period: 12, model: .specified(aaa))
        }
        #expect(throws: ForecastingError.nonFiniteValue(index: 10)) {
            try ETSModel(series: y, period: 12, specification: aaa,
                         parameters: RReference.usAccDeathsAAA.parameters, initialState: RReference.usAccDeathsAAA.state)
        }
    }

    @Test("Restricted models, periods, constant series, horizons and levels")
    func other() throws {
        let y = RDatasets.usAccDeaths
        #expect(throws: ForecastingError.restrictedModel(model: "ETS(A,A,M)")) {
            try ETSModel.fit(y, period: 12, model: .specified(ETSSpecification(code: "AAM")!))
        }
        #expect(throws: ForecastingError.invalidPeriod(model: "ETS(A,A,A)", period: 1)) {
            try ETSModel.fit(y, period: 1, model: .specified(aaa))
        }
        #expect(throws: ForecastingError.invalidPeriod(model: "ETS(A,A,A)", period: 52)) {
            try ETSModel.fit(y, period: 52, model: .specified(aaa))
        }
        #expect(throws: ForecastingError.constantSeries) { try ETSModel.fit(Array(repeating: 5, count: 30), period: 12) }
        let model = try RReference.usAccDeathsAAA.model()
        #expect(throws: ForecastingError.invalidHorizon(0)) { try model.forecast(horizon: 0) }
        #expect(throws: ForecastingError.invalidLevel(100)) { try model.forecast(horizon: 3, levels: [80, 100]) }
    }

    @Test("Parameters that do not fit the model or lie outside R's region")
    func invalidParameters() {
        let reference = RReference.usAccDeathsAAA
        #expect(throws: ForecastingError.self) {  // γ missing
            try ETSModel(series: reference.series, period: 12, specification: aaa,
                         parameters: ETSParameters(alpha: 0.5, beta: 0.1), initialState: reference.state)
        }
        #expect(throws: ForecastingError.self) {  // 11 seasonal terms for m = 12
            try ETSModel(series: reference.series, period: 12, specification: aaa, parameters: reference.parameters,
                         initialState: ETSState(level: 1, slope: 0, seasonal: Array(repeating: 0, count: 11)))
        }
        // β > α breaks R's usual bounds.
        let error = #expect(throws: ForecastingError.self) {
            try ETSModel(series: reference.series, period: 12, specification: aaa,
                         parameters: ETSParameters(alpha: 0.1, beta: 0.2, gamma: 0.1), initialState: reference.state)
        }
        #expect(error?.description.hasPrefix("Parametrarna passar inte ETS(A,A,A): de ligger utanför") == true)
    }
}
