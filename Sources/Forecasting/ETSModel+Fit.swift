/// Which ETS model to fit.
public enum ETSModelChoice: Sendable, Equatable {
    /// Select by AICc among ``ETSSpecification/candidates`` that suit the series, as R's
    /// `ets(y, model = "ZZZ")`.
    case automatic
    /// Fit this model.
    case specified(ETSSpecification)
}

extension ETSModel {
    /// Estimates an ETS model on `series` by maximum likelihood (smoothing parameters and initial states
    /// together) within R's default parameter region.
    ///
    /// With ``ETSModelChoice/automatic`` every candidate the series allows is fitted — seasonal ones
    /// when `2 ≤ period ≤ 24` and the series is longer than a period, multiplicative ones when all values
    /// are positive, each only on enough data — and the lowest AICc wins.
    ///
    /// - Throws: ``ForecastingError`` for NaN or infinite values, a constant series, and for a
    ///   specified model everything ``init(series:period:specification:parameters:initialState:)``
    ///   checks; ``ForecastingError/noModelFitted(count:)`` when no candidate can be estimated.
    public static func fit(_ series: [Double], period: Int,
                           model choice: ETSModelChoice = .automatic) throws(ForecastingError) -> ETSModel {
        if let index = series.firstIndex(where: { !$0.isFinite }) { throw .nonFiniteValue(index: index) }
        switch choice {
        case .specified(let specification):
            try validate(series, period: period, specification: specification,
                         required: specification.minimumLength(period: period))
            try requireVariation(series)
            return try estimate(series, period: period, specification: specification)
        case .automatic:
            guard let best = try candidateFits(series, period: period).min(by: { $0.aicc < $1.aicc }) else {
                throw .noModelFitted(count: series.count)
            }
            return best
        }
    }

    /// Every candidate of ``ETSSpecification/candidates`` that the series allows (see ``fit(_:period:model:)``),
    /// fitted, in the candidates' order; those that cannot be estimated or have no finite AICc are left out.
    ///
    /// - Throws: ``ForecastingError/invalidPeriod(model:period:)`` for `period < 1`,
    ///   ``ForecastingError/constantSeries``, ``ForecastingError/nonFiniteValue(index:)``.
    static func candidateFits(_ series: [Double], period: Int) throws(ForecastingError) -> [ETSModel] {
        if let index = series.firstIndex(where: { !$0.isFinite }) { throw .nonFiniteValue(index: index) }
        guard period >= 1 else { throw .invalidPeriod(model: "ETS", period: period) }
        try requireVariation(series)
        return ETSSpecification.candidates.compactMap { specification in
            guard (try? validate(series, period: period, specification: specification,
                                 required: specification.minimumLength(period: period))) != nil,
                  !specification.hasSeason || series.count > period,
                  let model = try? estimate(series, period: period, specification: specification),
                  model.aicc.isFinite
            else { return nil }
            return model
        }
    }

    private static func estimate(_ series: [Double], period: Int,
                                 specification: ETSSpecification) throws(ForecastingError) -> ETSModel {
        let m = specification.hasSeason ? period : 1
        let estimate = try ETSEstimator(series: series, specification: specification, period: m).estimate()
        return try ETSModel(series: series, period: m, specification: specification,
                            parameters: estimate.parameters, initialState: estimate.state)
    }

    private static func requireVariation(_ series: [Double]) throws(ForecastingError) {
        guard let first = series.first, series.contains(where: { $0 != first }) else { throw .constantSeries }
    }
}
