import GRDB

/// SQLite's primary result codes in plain Swedish, for messages about a ledger file.
enum SqliteKod {
    static func text(_ kod: Int32) -> String {
        switch ResultCode(rawValue: kod).primaryResultCode {
        case .SQLITE_BUSY: "liggaren används av en annan körning just nu; försök igen"
        case .SQLITE_LOCKED: "liggaren är låst av en annan anslutning"
        case .SQLITE_NOMEM: "minnet tog slut"
        case .SQLITE_READONLY: "liggaren kan inte skrivas (behörighet saknas eller filsystemet är skrivskyddat)"
        case .SQLITE_IOERR: "in- eller utmatningsfel på disken"
        case .SQLITE_CORRUPT: "databasfilen är skadad"
        case .SQLITE_FULL: "disken är full"
        case .SQLITE_CANTOPEN: "databasfilen kan inte öppnas (mappen finns inte eller behörighet saknas)"
        case .SQLITE_AUTH: "behörighet saknas"
        case .SQLITE_NOTADB: "filen är ingen SQLite-databas"
        default: "databasfel (SQLite-kod \(kod))"
        }
    }
}
