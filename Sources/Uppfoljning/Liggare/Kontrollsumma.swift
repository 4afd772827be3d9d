import GRDB

/// A checksum of a ledger's contents that SQLite does not keep: every row of a covered table
/// (`Kontrolltabell`: the amounts, the drivers' values, the prognosis versions' amounts) hashed to 64 bits
/// and summed with wrap-around, so that it is independent of row order and can be updated row by row in the
/// transaction that changes the table. A byte of a stored amount, a month or a code that changes outside
/// Prognos — a damaged disk, a copy cut short, another program — changes the sum, which is checked whenever
/// the ledger is opened; SQLite's own checks see only its pages.
enum Kontrollsumma {
    /// The hash of one amount (unit code, row code, year, month, öre).
    static func varde(enhet: String, konto: String, ar: Int, manad: Int, ore: Int64) -> Int64 {
        varde(texter: [enhet, konto], tal: [UInt64(bitPattern: Int64(ar * 12 + manad)), UInt64(bitPattern: ore)])
    }

    /// The hash of one row: FNV-1a over its texts (separated by the unit separator 0x1F), then each number
    /// mixed in with SplitMix64's finaliser.
    static func varde(texter: [String], tal: [UInt64]) -> Int64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for (i, text) in texter.enumerated() {
            if i > 0 { h = (h ^ 0x1F) &* 0x0000_0100_0000_01b3 }
            for byte in text.utf8 { h = (h ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        }
        for tal in tal { h = blanda(h ^ tal) }
        return Int64(bitPattern: h)
    }

    /// SplitMix64's finaliser: every input bit affects every output bit.
    private static func blanda(_ x: UInt64) -> UInt64 {
        var z = x &+ 0x9e37_79b9_7f4a_7c15
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }

    /// The sum over the rows of `tabell` as stored, or over those that meet `villkor` (see `Kontrolltabell.rader`).
    static func berakna(_ tabell: Kontrolltabell, _ db: Database, villkor: String? = nil,
                        arguments: StatementArguments = []) throws -> Int64 {
        var summa: Int64 = 0
        let rader = try Row.fetchCursor(db, sql: tabell.rader(villkor), arguments: arguments)
        while let rad = try rader.next() { summa &+= tabell.varde(rad) }
        return summa
    }

    /// The stored sum of `tabell`; nil when none is stored.
    static func lagrad(_ tabell: Kontrolltabell, _ db: Database) throws -> Int64? {
        try Int64.fetchOne(db, sql: "SELECT summa FROM kontrollsumma WHERE tabell = ?", arguments: [tabell.rawValue])
    }

    /// Stores `summa` as the sum of `tabell`.
    static func lagra(_ summa: Int64, _ tabell: Kontrolltabell, _ db: Database) throws {
        try db.execute(sql: "INSERT INTO kontrollsumma (tabell, summa) VALUES (?, ?) ON CONFLICT (tabell) DO UPDATE SET summa = excluded.summa",
                       arguments: [tabell.rawValue, summa])
    }

    /// Adds `andring` (wrapping) to the stored sum of `tabell`, in the transaction that changed its rows.
    static func justera(_ tabell: Kontrolltabell, med andring: Int64, _ db: Database) throws {
        try lagra((try lagrad(tabell, db) ?? 0) &+ andring, tabell, db)
    }

    /// The first table whose rows do not match their stored sum, described; nil when all match.
    static func avvikelse(_ db: Database) throws -> String? {
        for tabell in Kontrolltabell.allCases {
            let lagrad = try lagrad(tabell, db) ?? 0
            guard try berakna(tabell, db) == lagrad else {
                return "\(tabell.text) stämmer inte med liggarens kontrollsumma; filen har ändrats utanför Prognos"
            }
        }
        return nil
    }
}
