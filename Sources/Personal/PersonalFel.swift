import LinearAlgebra

/// Errors of the workforce model, worded for a planner.
public enum PersonalFel: Error, Equatable, CustomStringConvertible {
    /// The base stock or the assumptions do not fit together.
    case ogiltigaData(String)
    /// The population projection does not cover a year the model needs.
    case befolkningSaknas(ar: Int)
    /// The numeric core refused a computation.
    case berakningsfel(LinearAlgebraError)

    public var description: String {
        switch self {
        case .ogiltigaData(let why): return "Personaldata: \(why)."
        case .befolkningSaknas(let ar): return "Befolkningsprognosen saknar år \(ar)."
        case .berakningsfel(let fel): return "Beräkningsfel i den numeriska kärnan: \(fel)"
        }
    }
}
