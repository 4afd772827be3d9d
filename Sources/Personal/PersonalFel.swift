/// Errors of the workforce model, worded for a planner.
public enum PersonalFel: Error, Equatable, CustomStringConvertible {
    /// The base stock or the assumptions do not fit together.
    case ogiltigaData(String)
    /// The population projection does not cover a year the model needs.
    case befolkningSaknas(ar: Int)

    public var description: String {
        switch self {
        case .ogiltigaData(let why): return "Personaldata: \(why)."
        case .befolkningSaknas(let ar): return "Befolkningsprognosen saknar år \(ar)."
        }
    }
}
