import GRDB

/// A checksum of a ledger's amounts that SQLite does not keep: every (unit code, row code, year, month,
/// öre) of a table hashed to 64 bits and summed with wrap-around, so that it is independent of row order
/// and can be updated row by row in the transaction that changes the amounts. A byte of a stored amount, a
/// month or a code that changes outside Prognos — a damaged disk, a copy cut short, another program —
/// changes the sum, which is checked whenever the ledger is opened; SQLite's own checks see only its pages.
enum Kontrollsumma {
    /// The hash of one amount: FNV-1a over the codes, then the numbers mixed in with SplitMix64's finaliser.
    static func varde(enhet: String, konto: String, ar: Int, manad: Int, ore: Int64) -> Int64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in enhet.utf8 { h = (h ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        h = (h ^ 0x1F) &* 0x0000_0100_0000_01b3
        for byte in konto.utf8 { h = (h ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        for tal in [UInt64(bitPattern: Int64(ar * 12 + manad)), UInt64(bitPattern: ore)] {
            h = blanda(h ^ tal)
        }
        return Int64(bitPattern: h)
    }

    /// SplitMix64's finaliser: every input bit affects every output bit.
    private static func blanda(_ x: UInt64) -> UInt64 {
        var z = x &+ 0x9e37_79b9_7f4a_7c15
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }

    /// The sum over every amount of `slag` as stored.
    static func berakna(_ slag: Beloppsslag, _ db: Database) throws -> Int64 {
        var summa: Int64 = 0
        let rader = try Row.fetchCursor(db, sql: """
            SELECT e.kod, k.kod, b.ar, b.manad, b.ore FROM \(slag.tabell) b
            JOIN enhet e ON e.id = b.enhet_id JOIN konto k ON k.id = b.konto_id
            """)
        while let rad = try rader.next() {
            summa &+= varde(enhet: rad[0], konto: rad[1], ar: rad[2], manad: rad[3], ore: rad[4])
        }
        return summa
    }

    /// The stored sum of `slag`; nil when none is stored.
    static func lagrad(_ slag: Beloppsslag, _ db: Database) throws -> Int64? {
        try Int64.fetchOne(db, sql: "SELECT summa FROM kontrollsumma WHERE tabell = ?", arguments: [slag.tabell])
    }

    /// Stores `summa` as the sum of `slag`.
    static func lagra(_ summa: Int64, _ slag: Beloppsslag, _ db: Database) throws {
        try db.execute(sql: "INSERT INTO kontrollsumma (tabell, summa) VALUES (?, ?) ON CONFLICT (tabell) DO UPDATE SET summa = excluded.summa",
                       arguments: [slag.tabell, summa])
    }

    /// The first table whose amounts do not match their stored sum, described; nil when all match.
    static func avvikelse(_ db: Database) throws -> String? {
        for slag in Beloppsslag.allCases {
            let lagrad = try lagrad(slag, db) ?? 0
            guard try berakna(slag, db) == lagrad else {
                return "beloppen i \(slag.text) stämmer inte med liggarens kontrollsumma; filen har ändrats utanför Prognos"
            }
        }
        return nil
    }
}
