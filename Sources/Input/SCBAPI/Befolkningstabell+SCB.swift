import Foundation

/// Where each table of a population data set is in SCB's statistical database, and how its API names it.
extension Befolkningstabell {
    /// The table's path under the database's root (`ssd`), as in SCB's API v1.
    var scbSokvag: String {
        switch self {
        case .folkmangd: return "BE/BE0101/BE0101A/BefolkningNy"
        case .fodda: return "BE/BE0101/BE0101H/FoddaK"
        case .doda: return "BE/BE0101/BE0101I/DodaFodelsearK"
        }
    }

    /// The table's content (`ContentsCode`) that the data layout holds, where the table has more than one:
    /// BE0101N1, the population (BefolkningNy also has the yearly change, BE0101N2). The other tables have
    /// one content each, taken as it is.
    var scbInnehall: String? { self == .folkmangd ? "BE0101N1" : nil }

    /// The code of the table's age variable.
    var scbAldersvariabel: String { self == .fodda ? "AlderModer" : "Alder" }

    /// The age codes a query asks for: the layout's (`koder`), with SCB's code "us" for an unknown mother's age.
    var scbAlderskoder: [String] { koder.map { $0 == "uppgift saknas" ? "us" : $0 } }
}
