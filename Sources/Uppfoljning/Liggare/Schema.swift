import GRDB

/// The ledger's tables and their migrations. Every change to the schema is a new migration appended here,
/// never an edit of an applied one; a ledger remembers which migrations it has had (GRDB's
/// `grdb_migrations` table), so an older ledger is brought up to date when it is opened.
///
/// - `namnd`, `forvaltning`, `enhet`: the organisation tree nämnd → förvaltning → enhet. A unit that an
///   import added is not yet placed (`forvaltning_id` null).
/// - `konto`: the rows (kontoslag), with their kind, `intakt` or `kostnad`.
/// - `utfall`, `budget`: one amount in öre per unit, row, year and month, signed as booked (see `Bokforing`).
/// - `prognosversion`: a full-year prognosis for year `ar` made after month `manad` of that year, by the
///   method `metod` or by hand (`metod` null), with a comment and the time it was made; `prognosbelopp`
///   holds its amounts in kronor per unit and row, with the interval bounds where the method gives them.
/// - `drivare` (v2): a driver's value per unit (`enhet_id` null for the whole region), name, year and
///   month; `kontodrivare` says which drivers explain which row (see `Drivare`).
/// - `kontrollsumma` (v3): per amount table the sum of its amounts' hashes (see `Kontrollsumma`), checked
///   when the ledger is opened. `Kontrollsumma.varde` and `Kontrolltabell` are part of the file format: a different hash needs a
///   new migration that recomputes the sums.
/// - `prognosbelopp.kommentar` (v4): a line's prognosförklaring in a version by hand.
/// - v5: one version per method, year and month (a unique index; older duplicates reduced to the latest).
/// - `budgetperiodisering` (v6): for a series' budget year imported as a year's amount, how it was spread
///   over the months (`Periodiseringsmetod`); a year given per month has no row.
/// - `konto.resultatrad` (v7): the line of the resultaträkning a row belongs to (`Resultatrad`), for the
///   region's key figures; null for a row no kontoplan has placed.
/// - v8: the checksum also covers the drivers' values and the prognosis versions' amounts
///   (`Kontrolltabell`).
enum Schema {
    /// Marks the file as a Prognos ledger ("PRGL"), so that another program's SQLite file is recognised
    /// and left alone.
    static let applikation: Int32 = 0x5052_474C

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-liggare") { db in
            try db.execute(sql: "PRAGMA application_id = \(applikation)")
            // The CHECKs on ar are `Artal.giltiga` written out: a migration, once shipped, never changes.
            try db.execute(sql: """
                CREATE TABLE namnd (
                    id INTEGER PRIMARY KEY,
                    namn TEXT NOT NULL UNIQUE
                );
                CREATE TABLE forvaltning (
                    id INTEGER PRIMARY KEY,
                    namn TEXT NOT NULL UNIQUE,
                    namnd_id INTEGER NOT NULL REFERENCES namnd(id)
                );
                CREATE TABLE enhet (
                    id INTEGER PRIMARY KEY,
                    kod TEXT NOT NULL UNIQUE,
                    namn TEXT,
                    forvaltning_id INTEGER REFERENCES forvaltning(id)
                );
                CREATE TABLE konto (
                    id INTEGER PRIMARY KEY,
                    kod TEXT NOT NULL UNIQUE,
                    slag TEXT NOT NULL CHECK (slag IN ('intakt', 'kostnad'))
                );
                CREATE TABLE utfall (
                    enhet_id INTEGER NOT NULL REFERENCES enhet(id),
                    konto_id INTEGER NOT NULL REFERENCES konto(id),
                    ar INTEGER NOT NULL CHECK (ar BETWEEN 1900 AND 2200),
                    manad INTEGER NOT NULL CHECK (manad BETWEEN 1 AND 12),
                    ore INTEGER NOT NULL,
                    PRIMARY KEY (enhet_id, konto_id, ar, manad)
                ) WITHOUT ROWID;
                CREATE TABLE budget (
                    enhet_id INTEGER NOT NULL REFERENCES enhet(id),
                    konto_id INTEGER NOT NULL REFERENCES konto(id),
                    ar INTEGER NOT NULL CHECK (ar BETWEEN 1900 AND 2200),
                    manad INTEGER NOT NULL CHECK (manad BETWEEN 1 AND 12),
                    ore INTEGER NOT NULL,
                    PRIMARY KEY (enhet_id, konto_id, ar, manad)
                ) WITHOUT ROWID;
                CREATE TABLE prognosversion (
                    id INTEGER PRIMARY KEY,
                    ar INTEGER NOT NULL CHECK (ar BETWEEN 1900 AND 2200),
                    manad INTEGER NOT NULL CHECK (manad BETWEEN 1 AND 12),
                    metod TEXT,
                    kommentar TEXT NOT NULL,
                    skapad TEXT NOT NULL
                );
                CREATE TABLE prognosbelopp (
                    version_id INTEGER NOT NULL REFERENCES prognosversion(id) ON DELETE CASCADE,
                    enhet_id INTEGER NOT NULL REFERENCES enhet(id),
                    konto_id INTEGER NOT NULL REFERENCES konto(id),
                    prognos REAL NOT NULL,
                    p2_5 REAL,
                    p10 REAL,
                    p90 REAL,
                    p97_5 REAL,
                    PRIMARY KEY (version_id, enhet_id, konto_id)
                ) WITHOUT ROWID;
                CREATE INDEX prognosversion_ar ON prognosversion(ar, manad);
                """)
        }
        migrator.registerMigration("v2-drivare") { db in
            try db.execute(sql: """
                CREATE TABLE drivare (
                    id INTEGER PRIMARY KEY,
                    enhet_id INTEGER REFERENCES enhet(id),
                    namn TEXT NOT NULL,
                    ar INTEGER NOT NULL CHECK (ar BETWEEN 1900 AND 2200),
                    manad INTEGER NOT NULL CHECK (manad BETWEEN 1 AND 12),
                    varde REAL NOT NULL
                );
                CREATE UNIQUE INDEX drivare_nyckel ON drivare(coalesce(enhet_id, 0), namn, ar, manad);
                CREATE TABLE kontodrivare (
                    konto_id INTEGER NOT NULL REFERENCES konto(id),
                    drivare TEXT NOT NULL,
                    PRIMARY KEY (konto_id, drivare)
                ) WITHOUT ROWID;
                """)
        }
        migrator.registerMigration("v3-kontrollsumma") { db in
            try db.execute(sql: """
                CREATE TABLE kontrollsumma (
                    tabell TEXT PRIMARY KEY,
                    summa INTEGER NOT NULL
                ) WITHOUT ROWID;
                """)
            for tabell in [Kontrolltabell.utfall, .budget] { try Kontrollsumma.lagra(try Kontrollsumma.berakna(tabell, db), tabell, db) }
        }
        migrator.registerMigration("v4-prognoskommentar") { db in
            try db.execute(sql: "ALTER TABLE prognosbelopp ADD COLUMN kommentar TEXT")
        }
        migrator.registerMigration("v5-en-version-per-metod") { db in
            // An older Prognos added a column for every save: keep each method's latest version per month. The
            // amounts go first: foreign keys (and so the cascade) are off while a migration runs.
            try db.execute(sql: """
                CREATE TEMP TABLE overflodiga AS SELECT id FROM prognosversion WHERE metod IS NOT NULL AND id NOT IN (
                    SELECT max(id) FROM prognosversion WHERE metod IS NOT NULL GROUP BY ar, manad, metod);
                DELETE FROM prognosbelopp WHERE version_id IN (SELECT id FROM overflodiga);
                DELETE FROM prognosversion WHERE id IN (SELECT id FROM overflodiga);
                DROP TABLE overflodiga;
                CREATE UNIQUE INDEX prognosversion_metod ON prognosversion(ar, manad, metod) WHERE metod IS NOT NULL;
                """)
        }
        migrator.registerMigration("v6-budgetperiodisering") { db in
            try db.execute(sql: """
                CREATE TABLE budgetperiodisering (
                    enhet_id INTEGER NOT NULL REFERENCES enhet(id),
                    konto_id INTEGER NOT NULL REFERENCES konto(id),
                    ar INTEGER NOT NULL CHECK (ar BETWEEN 1900 AND 2200),
                    metod TEXT NOT NULL CHECK (metod IN ('egen-profil', 'kontots-profil', 'tolftedelar')),
                    PRIMARY KEY (enhet_id, konto_id, ar)
                ) WITHOUT ROWID;
                """)
        }
        migrator.registerMigration("v7-resultatrad") { db in
            // The CHECK is `Resultatrad`'s values written out, as the migration shipped.
            try db.execute(sql: """
                ALTER TABLE konto ADD COLUMN resultatrad TEXT CHECK (resultatrad IN ('verksamhetens_intakter', 'verksamhetens_kostnader',
                    'avskrivningar', 'verksamhetens_nettokostnad', 'skatteintakter', 'generella_statsbidrag', 'finansiella_intakter',
                    'finansiella_kostnader', 'balanskravsjustering'))
                """)
        }
        migrator.registerMigration("v8-kontrollsumma-drivare-prognoser") { db in
            for tabell in [Kontrolltabell.drivare, .prognosbelopp] {
                try Kontrollsumma.lagra(try Kontrollsumma.berakna(tabell, db), tabell, db)
            }
        }
        return migrator
    }
}
