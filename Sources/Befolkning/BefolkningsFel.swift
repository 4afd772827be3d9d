import LinearAlgebra

/// Errors of the population model, worded for a planner.
public enum BefolkningsFel: Error, Equatable, CustomStringConvertible {
    /// The data do not have the shape or values the model needs.
    case ogiltigaData(String)
    /// An assumption or option is outside what the model can use.
    case ogiltigtAntagande(String)
    /// The numeric core refused a computation.
    case berakningsfel(LinearAlgebraError)

    public var description: String {
        switch self {
        case .ogiltigaData(let why): return "Befolkningsdata: \(why)."
        case .ogiltigtAntagande(let why): return "Antagande: \(why)."
        case .berakningsfel(let fel): return "Beräkningsfel i den numeriska kärnan: \(fel)"
        }
    }
}
