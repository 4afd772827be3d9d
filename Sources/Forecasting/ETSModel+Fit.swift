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
    /// are positive, each only on enough data — and the lowest AICc wins. Each candidate is first
    /// screened with the search's cheap first step, and the search is completed for those within
    /// ``screeningMargin`` of the best, so the chosen model has the same estimate as when fitted alone.
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

    /// Every candidate of ``ETSSpecification/candidates`` that the series allows (see ``fit(_:period:model:)``)
    /// and that has support against the best, fitted, in the candidates' order. Each candidate is screened with
    /// the search's cheap first step; those within ``screeningMargin`` of the lowest screened AICc get the full
    /// search, the rest are left out (an Akaike weight below e⁻⁵ of the best's), as are those that cannot be
    /// estimated or have no finite AICc.
    ///
    /// - Throws: ``ForecastingError/invalidPeriod(model:period:)`` for `period < 1`,
    ///   ``ForecastingError/constantSeries``, ``ForecastingError/nonFiniteValue(index:)``.
    static func candidateFits(_ series: [Double], period: Int) throws(ForecastingError) -> [ETSModel] {
        if let index = series.firstIndex(where: { !$0.isFinite }) { throw .nonFiniteValue(index: index) }
        guard period >= 1 else { throw .invalidPeriod(model: "ETS", period: period) }
        try requireVariation(series)
        let allowed = ETSSpecification.candidates.filter { specification in
            (try? validate(series, period: period, specification: specification,
                           required: specification.minimumLength(period: period))) != nil
                && (!specification.hasSeason || series.count > period)
        }
        // Additive-error candidates are estimated in full (once each: their estimates are the starts of the
        // multiplicative-error ones). Multiplicative-error candidates get the full search's cheap first step,
        // and the search is completed only for those within `screeningMargin` of the lowest AICc.
        let shared = ETSSharedWork()
        let screened = allowed.compactMap { specification -> (ETSEstimator, ETSEstimator.Estimate, Double)? in
            let m = specification.hasSeason ? period : 1
            let estimator = ETSEstimator(series: series, specification: specification, period: m, effort: .screening,
                                         shared: shared)
            let estimate = specification.error == .additive ? shared.fit(estimator) : try? estimator.estimate()
            guard let estimate, let model = try? model(series, estimator: estimator, estimate: estimate),
                  model.aicc.isFinite
            else { return nil }
            return (estimator, estimate, model.aicc)
        }
        guard let lowest = screened.map(\.2).min() else { return [] }
        return screened.compactMap { estimator, estimate, aicc in
            guard aicc <= lowest + screeningMargin,
                  let full = estimator.specification.error == .additive ? estimate : try? estimator.refined(estimate),
                  let model = try? model(series, estimator: estimator, estimate: full), model.aicc.isFinite
            else { return nil }
            return model
        }
    }

    /// How far above the lowest screened AICc a candidate's screened AICc may lie and still get the full
    /// search, AICc units. The full search can only lower a candidate's AICc, by twice the log-likelihood
    /// the first search left; a candidate left out would have to gain more than this to change the choice.
    /// 10 is where Burnham & Anderson (2002, §2.6) put "essentially no support" for a model against the
    /// best (Akaike weight ratio e⁻⁵ ≈ 0,7 %); the log-likelihood the full search gains over its first step
    /// is measured in bench/RESULTS.md.
    static let screeningMargin = 10.0

    private static func model(_ series: [Double], estimator: ETSEstimator,
                              estimate: ETSEstimator.Estimate) throws(ForecastingError) -> ETSModel {
        try ETSModel(series: series, period: estimator.period, specification: estimator.specification,
                     parameters: estimate.parameters, initialState: estimate.state)
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
