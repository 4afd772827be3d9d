import Input
import Uppfoljning
import Vokabular

/// Why a use case could not be carried out, with the message the user reads. Every case is bad input (a
/// file, the data, an assumption or the ledger's state); the interfaces map them all to exit code 1.
public enum Korfel: Error, Equatable, CustomStringConvertible {
    /// A scenario file, or the data it names, could not be read.
    case scenario(ScenarioFel)
    /// The population data or assumptions do not support the projection.
    case dataEllerAntaganden(ScenarioFel)
    /// The workforce scenario, or the data it draws on, could not be used.
    case scenarioEllerData(ScenarioFel)
    /// A backtest could not be made.
    case backtest(String)
    /// A full-year prognosis could not be made.
    case prognos(String)
    /// A file to import was refused; nothing was imported.
    case fil(ScenarioFel)
    /// The ledger could not be opened, read or changed.
    case liggare(LiggarFel)
    /// The ledger's content does not allow the request.
    case liggaren(db: String, problem: String)
    /// The ledger has budget but no outcome to make prognoses from.
    case ingetUtfall(db: String)
    /// The ledger's months do not make a basis for the full-year methods.
    case underlag(PrognosFel)
    /// A value the request needs was not given.
    case saknas(String)
    /// The run would need more memory than it may use: the estimate and what to lower.
    case forStor(String)
    /// Data could not be fetched whole from SCB's API; nothing was written.
    case hamtning(ScenarioFel)

    /// The located error in a file, for the cases that carry one.
    public var scenarioFel: ScenarioFel? {
        switch self {
        case .scenario(let fel), .dataEllerAntaganden(let fel), .scenarioEllerData(let fel), .fil(let fel), .hamtning(let fel): fel
        default: nil
        }
    }

    /// The message, in Swedish, with text from files escaped.
    public var description: String {
        switch self {
        case .scenario(let fel): "fel i scenariot: \(fel)"
        case .dataEllerAntaganden(let fel): "fel i data eller antaganden: \(fel)"
        case .scenarioEllerData(let fel): "fel i scenariot eller data: \(fel)"
        case .backtest(let problem): "kan inte göra backtest: \(problem)"
        case .prognos(let problem): "kan inte göra prognosen: \(problem)"
        case .fil(let fel): "fel i filen: \(fel); ingenting lästes in"
        case .liggare(let fel): Styrtecken.maskerade(fel.description)
        case .liggaren(let db, let problem): "liggaren \"\(Styrtecken.maskerade(db))\": \(problem)"
        case .ingetUtfall(let db):
            Styrtecken.maskerade("liggaren \"\(db)\" har budget men inget utfall än; \(LiggarFel.importtips(db))")
        case .underlag(let fel): fel.description
        case .saknas(let vad): vad
        case .forStor(let vad): vad
        case .hamtning(let fel): "kunde inte hämta data från SCB: \(fel); ingenting skrevs"
        }
    }
}
