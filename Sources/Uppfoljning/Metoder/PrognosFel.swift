import Vokabular

/// Why a prognosis or a backtest could not be made from the ledger. The description is Swedish.
public enum PrognosFel: Error, Equatable, CustomStringConvertible {
    /// The cut-off month is not 1–11 (after December the year is known).
    case manad(Int)
    /// The ledger has no outcome for every month of the year up to the cut-off.
    case utanforLiggaren(ar: Int, manad: Int, forsta: Period, sista: Period)
    /// The backtest needs at least one year whose twelve months are all in the ledger.
    case ingetHeltAr(forsta: Period, sista: Period)
    /// The year asked for is not one whose twelve months are all in the ledger.
    case inteHeltAr(ar: Int, forsta: Period, sista: Period)
    /// The given matrices do not have the shape the layout needs.
    case form(String)
    /// A numerical step failed (a product or a least-squares fit); the linear-algebra error in words.
    case berakning(String)

    public var description: String {
        switch self {
        case .manad(let m):
            return "prognosen görs efter månad 1–11, inte \(m); efter december är året känt"
        case .utanforLiggaren(let ar, let manad, let forsta, let sista):
            let manader = manad == 1 ? "\(ar)-01" : "\(ar)-01–\(ar)-\(manad < 10 ? "0" : "")\(manad)"
            return "liggaren har utfall för \(forsta)–\(sista) och saknar utfall för \(manader); "
                + "läs in utfallet med prognos uppfoljning import --utfall FIL"
        case .ingetHeltAr(let forsta, let sista):
            return "liggaren har utfall för \(forsta)–\(sista), inget helt kalenderår att pröva metoderna mot"
        case .inteHeltAr(let ar, let forsta, let sista):
            return "liggaren har utfall för \(forsta)–\(sista), och \(ar) är inte ett helt kalenderår i den att pröva metoderna mot"
        case .form(let problem):
            return "underlaget har fel form: \(problem)"
        case .berakning(let problem):
            return "beräkningen misslyckades: \(problem)"
        }
    }
}
