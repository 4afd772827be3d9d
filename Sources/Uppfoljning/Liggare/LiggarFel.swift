/// Why a ledger could not be opened, read or changed. Every case names the database file as the user
/// gave it; the description is Swedish and says what to do, and never carries SQLite's or GRDB's own text.
public enum LiggarFel: Error, Equatable, CustomStringConvertible {
    /// The path names no ledger to read: there is no file.
    case saknas(fil: String)
    /// The ledger exists but holds no outcome and no budget yet.
    case tom(fil: String)
    /// The path cannot name a database file (empty, a folder, a device).
    case ogiltigSokvag(fil: String, skal: String)
    /// The file is not an SQLite database.
    case inteDatabas(fil: String)
    /// The file is an SQLite database of some other program.
    case inteLiggare(fil: String)
    /// The ledger was created or migrated by a newer Prognos that knows schema versions this one does not.
    case nyareSchema(fil: String, okanda: [String])
    /// SQLite reported `kod` (its primary result code) while `atgard` was done.
    case databas(fil: String, atgard: String, kod: Int32)
    /// The values given cannot be stored: what is wrong.
    case ogiltigaVarden(fil: String, problem: String)
    /// The file is damaged: SQLite's check found faults, or it holds values no import can have written.
    case skadad(fil: String, problem: String)

    /// The hint every read command gives when there is nothing to read.
    public static func importtips(_ fil: String) -> String {
        "läs in ett utfall först: prognos uppfoljning import --utfall FIL --db \(fil)"
            + " (kolumnerna enhet;konto;period;belopp)"
    }

    /// The message in Swedish, naming the file.
    public var description: String {
        switch self {
        case .saknas(let fil):
            return "liggaren \"\(fil)\" finns inte; \(Self.importtips(fil))"
        case .tom(let fil):
            return "liggaren \"\(fil)\" innehåller inget utfall eller budget än; \(Self.importtips(fil))"
        case .ogiltigSokvag(let fil, let skal):
            return "\"\(fil)\" kan inte användas som liggare: \(skal)"
        case .inteDatabas(let fil):
            return "\"\(fil)\" är ingen SQLite-databas; ange en liggare som Prognos har skapat, eller en ny sökväg"
        case .inteLiggare(let fil):
            return "\"\(fil)\" är en SQLite-databas som inte är en liggare för Prognos; den lämnades orörd"
        case .nyareSchema(let fil, let okanda):
            return "liggaren \"\(fil)\" har skapats av en nyare version av Prognos (schemaversion "
                + okanda.joined(separator: ", ") + "); uppdatera Prognos"
        case .databas(let fil, let atgard, let kod):
            return "liggaren \"\(fil)\": \(SqliteKod.text(kod)) (\(atgard)); ingenting ändrades"
        case .ogiltigaVarden(let fil, let problem):
            return "liggaren \"\(fil)\": \(problem); ingenting ändrades"
        case .skadad(let fil, let problem):
            return "liggaren \"\(fil)\" är skadad: \(problem); ingenting ändrades. Återställ den från en säkerhetskopia "
                + "eller läs in exporterna i en ny liggare (prognos uppfoljning kontrollera --db \(fil) visar vad som är fel)"
        }
    }
}
