import Foundation

/// Every way fitting or forecasting can fail, with a message in Swedish for the user.
public enum ForecastingError: Error, Equatable, CustomStringConvertible {
    /// Observation `index` (0-based) is NaN or infinite.
    case nonFiniteValue(index: Int)
    /// The series has `count` observations; the model needs at least `required`.
    case seriesTooShort(model: String, count: Int, required: Int)
    /// A multiplicative model needs positive data; observation `index` is `value`.
    case nonPositiveValue(model: String, index: Int, value: Double)
    /// The seasonal period is below 1, or a seasonal model has period 1 or above 24 (R's limit).
    case invalidPeriod(model: String, period: Int)
    /// The combination is excluded because it is numerically unstable (additive error, multiplicative season).
    case restrictedModel(model: String)
    /// Every observation is the same: there is nothing to smooth.
    case constantSeries
    /// Given parameters or initial states do not fit the model, or lie outside its admissible region.
    case invalidParameters(model: String, reason: String)
    /// No candidate model could be estimated on the series.
    case noModelFitted(count: Int)
    /// The forecast horizon is not positive.
    case invalidHorizon(Int)
    /// A prediction interval level is not strictly between 0 and 100 per cent.
    case invalidLevel(Double)
    /// A hierarchy to reconcile, its base forecasts or their past errors do not fit together (``MinTrace``).
    case invalidHierarchy(reason: String)

    public var description: String {
        switch self {
        case let .nonFiniteValue(index):
            return "Värde nr \(index + 1) i serien är inte ett tal (NaN eller oändligt)."
        case let .seriesTooShort(model, count, required):
            return "Serien har \(count) värden, men \(model) behöver minst \(required)."
        case let .nonPositiveValue(model, index, value):
            return "\(model) kräver positiva värden, men värde nr \(index + 1) är \(Self.swedish(value))."
        case let .invalidPeriod(model, period):
            return "Säsongsperioden \(period) går inte för \(model): den ska vara 1 utan säsong och 2–24 med säsong."
        case let .restrictedModel(model):
            return "\(model) är numeriskt instabil (additivt fel med multiplikativ säsong) och används inte."
        case .constantSeries:
            return "Serien är konstant; det finns ingen variation att skatta en modell på."
        case let .invalidParameters(model, reason):
            return "Parametrarna passar inte \(model): \(reason)."
        case let .noModelFitted(count):
            return "Ingen ETS-modell kunde skattas på serien med \(count) värden."
        case let .invalidHorizon(horizon):
            return "Prognoshorisonten måste vara minst 1 steg, inte \(horizon)."
        case let .invalidLevel(level):
            return "Intervallnivån \(Self.swedish(level)) % ska ligga strikt mellan 0 och 100 %."
        case let .invalidHierarchy(reason):
            return "Prognoserna kan inte stämmas av över hierarkin: \(reason)."
        }
    }

    /// A number as Swedish text: decimal comma, no trailing ",0".
    private static func swedish(_ value: Double) -> String {
        let text = value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
        return text.replacingOccurrences(of: ".", with: ",")
    }
}
