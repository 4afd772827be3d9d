/// How the error enters an ETS model (Hyndman et al. 2008, ch. 2).
public enum ErrorType: String, Sendable, CaseIterable {
    /// `y = ŷ + ε`.
    case additive = "A"
    /// `y = ŷ · (1 + ε)`.
    case multiplicative = "M"
}

/// The trend component of an ETS model.
public enum TrendType: String, Sendable, CaseIterable {
    /// No trend.
    case none = "N"
    /// Additive (linear) trend.
    case additive = "A"
    /// Additive trend damped by `φ`.
    case additiveDamped = "Ad"
}

/// The seasonal component of an ETS model.
public enum SeasonType: String, Sendable, CaseIterable {
    /// No season.
    case none = "N"
    /// Seasonal terms added to the level.
    case additive = "A"
    /// Seasonal factors multiplying the level.
    case multiplicative = "M"
}

/// One ETS model: error, trend and season, written `ETS(M,Ad,A)` as in Hyndman et al. (2008).
public struct ETSSpecification: Hashable, Sendable, CustomStringConvertible {
    public let error: ErrorType
    public let trend: TrendType
    public let season: SeasonType

    public init(error: ErrorType, trend: TrendType, season: SeasonType) {
        self.error = error
        self.trend = trend
        self.season = season
    }

    /// Parses the compact code used by R forecast::ets, e.g. `"AAA"`, `"MAdM"`, `"ANN"`; `nil` if it is
    /// not one of the models here.
    public init?(code: String) {
        guard let first = code.first, let error = ErrorType(rawValue: String(first)),
              let last = code.last, let season = SeasonType(rawValue: String(last)),
              code.count >= 3, let trend = TrendType(rawValue: String(code.dropFirst().dropLast()))
        else { return nil }
        self.init(error: error, trend: trend, season: season)
    }

    /// `"AAdM"`-style code (R's `model` argument plus `d` for damping).
    public var code: String { error.rawValue + trend.rawValue + season.rawValue }

    /// `ETS(A,Ad,M)`.
    public var description: String { "ETS(\(error.rawValue),\(trend.rawValue),\(season.rawValue))" }

    /// Whether R's ets excludes the combination by default (`restrict = TRUE`): additive error with a
    /// multiplicative season is numerically unstable (the multiplicative-trend exclusions of R do not arise
    /// because trends here are additive).
    public var isRestricted: Bool { error == .additive && season == .multiplicative }

    /// Every unrestricted model: the candidates of R's `ets(y, model = "ZZZ")` without multiplicative
    /// trends (R's default `allow.multiplicative.trend = FALSE`).
    public static let candidates: [ETSSpecification] = ErrorType.allCases.flatMap { error in
        TrendType.allCases.flatMap { trend in
            SeasonType.allCases.map { ETSSpecification(error: error, trend: trend, season: $0) }
        }
    }.filter { !$0.isRestricted }

    var hasTrend: Bool { trend != .none }
    var isDamped: Bool { trend == .additiveDamped }
    var hasSeason: Bool { season != .none }

    /// Number of smoothing parameters (α, β, γ, φ) the model estimates.
    var smoothingParameterCount: Int { 1 + (hasTrend ? 1 : 0) + (hasSeason ? 1 : 0) + (isDamped ? 1 : 0) }

    /// Number of free initial states: level, slope and `period − 1` seasonal states (the last seasonal
    /// state is fixed by the normalisation, as in R).
    func freeStateCount(period: Int) -> Int { 1 + (hasTrend ? 1 : 0) + (hasSeason ? period - 1 : 0) }

    /// The fewest observations R's ets optimises a model on: more than its parameter count plus four
    /// (with `period` counted for a season, one for damping), below which R falls back to Holt–Winters.
    func minimumLength(period: Int) -> Int {
        let parameters = 2 + (hasTrend ? 2 : 0) + (hasSeason ? period : 0) + (isDamped ? 1 : 0)
        return parameters + 5
    }
}
