import Foundation
import GRDB

/// The ledger: one SQLite file holding the organisation tree, the rows, monthly outcome and budget, and
/// prognosis versions (see `Schema`). Every change is one transaction, so a reader, or the next run after
/// an interrupted one, sees the ledger either as it was before the change or with all of it.
///
/// The file is kept in SQLite's rollback-journal mode: between changes the ledger is that one file; during
/// a change SQLite keeps `<fil>-journal` beside it, and the next connection that finds one left by a killed
/// process rolls the unfinished change back before reading.
public struct Liggare: Sendable {
    /// The database file as the user gave it, for messages.
    public let fil: String
    let databas: DatabaseQueue

    /// Opens the ledger at `fil` for changes, creating the file when it does not exist and bringing its
    /// schema up to date. Refuses a path that is no regular file, a file that is not SQLite, another
    /// program's database and a ledger from a newer Prognos, leaving each untouched.
    public static func oppna(_ fil: String) throws(LiggarFel) -> Liggare {
        try Sokvag.kontrollera(fil, maste: .fa)
        let liggare = try Liggare(fil: fil)
        // A change is never written on top of amounts changed outside Prognos (SQLite's own check of its pages
        // ran when it was opened).
        if let fel = try liggare.las("kontrollera liggaren", { db in try Kontrollsumma.avvikelse(db) }) {
            throw .skadad(fil: fil, problem: fel)
        }
        return liggare
    }

    /// Opens an existing ledger for reading. A missing file, an empty one and a ledger without outcome or
    /// budget are refused with a hint on how to import (`saknas`, `tom`).
    public static func oppnaForLasning(_ fil: String) throws(LiggarFel) -> Liggare {
        try Sokvag.kontrollera(fil, maste: .finnas)
        let liggare = try Liggare(fil: fil)
        let (harBelopp, avvikelse) = try liggare.las("läsa liggaren") { db in
            (try Beloppsslag.allCases.contains { try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM \($0.tabell))") ?? false },
             try Kontrollsumma.avvikelse(db))
        }
        guard harBelopp else { throw .tom(fil: fil) }
        // What is read is what Prognos wrote: the amounts against their checksum.
        if let avvikelse { throw .skadad(fil: fil, problem: avvikelse) }
        return liggare
    }

    /// Opens the ledger at `fil` for the full check (`kontrollera`), whatever it holds.
    public static func oppnaForKontroll(_ fil: String) throws(LiggarFel) -> Liggare {
        try Sokvag.kontrollera(fil, maste: .finnas)
        return try Liggare(fil: fil)
    }

    /// Connects to `fil` and migrates it, after making sure it is a Prognos ledger (its application id) or
    /// a new, empty file — an SQLite database of another program is left alone even when it has no tables —
    /// and that SQLite's quick check of its pages and indexes finds nothing: a damaged file is neither
    /// migrated nor read.
    private init(fil: String) throws(LiggarFel) {
        self.fil = fil
        var info = stat()
        let ny = stat(fil, &info) != 0 || info.st_size == 0
        var konfiguration = Configuration()
        konfiguration.busyMode = .timeout(10)
        do {
            databas = try DatabaseQueue(path: URL(fileURLWithPath: fil).path, configuration: konfiguration)
        } catch {
            throw Self.fel(error, fil: fil, atgard: "öppna liggaren")
        }
        try utfor("öppna liggaren") { db in
            let applikation = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
            let tabeller = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_schema") ?? 0
            guard applikation == Schema.applikation || (ny && tabeller == 0) else { throw LiggarFel.inteLiggare(fil: fil) }
            let kanda = Set(Schema.migrator.migrations)
            let okanda = try Schema.migrator.appliedIdentifiers(db).subtracting(kanda)
            guard okanda.isEmpty else { throw LiggarFel.nyareSchema(fil: fil, okanda: okanda.sorted()) }
            if let fel = try Self.sqliteKontroll(db, pragma: "quick_check") { throw LiggarFel.skadad(fil: fil, problem: fel) }
        }
        do {
            try Schema.migrator.migrate(databas)
        } catch {
            throw Self.fel(error, fil: fil, atgard: "uppdatera liggarens schema")
        }
    }

    /// Runs `arbete` in one write transaction (BEGIN IMMEDIATE): committed when it returns, rolled back
    /// when it throws. Errors come back as `LiggarFel`.
    func andra<T>(_ atgard: String, _ arbete: (Database) throws -> T) throws(LiggarFel) -> T {
        do {
            return try databas.write(arbete)
        } catch {
            throw Self.fel(error, fil: fil, atgard: atgard)
        }
    }

    /// Runs `arbete` in one read transaction.
    func las<T>(_ atgard: String, _ arbete: (Database) throws -> T) throws(LiggarFel) -> T {
        do {
            return try databas.read(arbete)
        } catch {
            throw Self.fel(error, fil: fil, atgard: atgard)
        }
    }

    /// Runs `arbete` on the connection outside any transaction of its own.
    private func utfor(_ atgard: String, _ arbete: (Database) throws -> Void) throws(LiggarFel) {
        do {
            try databas.writeWithoutTransaction(arbete)
        } catch {
            throw Self.fel(error, fil: fil, atgard: atgard)
        }
    }

    /// Any error from GRDB or from the work itself as a `LiggarFel`.
    static func fel(_ error: any Error, fil: String, atgard: String) -> LiggarFel {
        switch error {
        case let fel as LiggarFel:
            return fel
        case let fel as DatabaseError where fel.resultCode == .SQLITE_NOTADB:
            return .inteDatabas(fil: fil)
        case let fel as DatabaseError:
            return .databas(fil: fil, atgard: atgard, kod: fel.resultCode.rawValue)
        default:
            return .databas(fil: fil, atgard: atgard, kod: ResultCode.SQLITE_ERROR.rawValue)
        }
    }

    /// SQLite's check `pragma` (`quick_check` or `integrity_check`): nil when it says ok, otherwise its first
    /// findings.
    static func sqliteKontroll(_ db: Database, pragma: String) throws -> String? {
        let svar = try String.fetchAll(db, sql: "PRAGMA \(pragma)(20)")
        return svar == ["ok"] ? nil : svar.prefix(3).joined(separator: "; ")
    }
}
