import GRDB
import Vokabular

/// Writes an import's amounts one at a time inside its transaction: each checked, its unit and row looked up
/// or added, its month checked against what this import has already written (a temporary table, so that
/// memory does not grow with the export), the amount inserted or replaced and the ledger's checksum kept.
/// `avsluta` gives new rows their kind from the sign of their amounts, marks how a budget given per year was
/// spread, and sums up what changed.
struct Importskrivare {
    /// A unit's row in a year, by their ids.
    struct Serieår: Hashable {
        let enhet: Int64
        let konto: Int64
        let ar: Int
    }

    let slag: Beloppsslag
    let fil: String
    private var enheter: [String: Int64] = [:], konton: [String: Int64] = [:]
    private var nyaEnheter: [String] = []
    private var nyaKonton: [(kod: String, id: Int64)] = []
    private var kontosummor: [String: Double] = [:]
    /// The unit, row and year of every amount written, for the budget's periodisation marks.
    private var manadsvis = Set<Serieår>()
    private var antal = 0, nya = 0, andrade = 0
    private var forsta: Period?, sista: Period?
    private var summa: Int64
    private let lasBelopp: Statement, skrivBelopp: Statement, markera: Statement, forra: Statement

    init(slag: Beloppsslag, fil: String, _ db: Database) throws {
        self.slag = slag
        self.fil = fil
        summa = try Kontrollsumma.lagrad(Kontrolltabell(slag), db) ?? 0
        try db.execute(sql: """
            CREATE TEMP TABLE IF NOT EXISTS inlasta (
                enhet_id INTEGER NOT NULL, konto_id INTEGER NOT NULL, ar INTEGER NOT NULL, manad INTEGER NOT NULL, rad INTEGER,
                PRIMARY KEY (enhet_id, konto_id, ar, manad)
            ) WITHOUT ROWID;
            DELETE FROM temp.inlasta;
            """)
        lasBelopp = try db.makeStatement(sql: "SELECT ore FROM \(slag.tabell) WHERE enhet_id = ? AND konto_id = ? AND ar = ? AND manad = ?")
        skrivBelopp = try db.makeStatement(sql: """
            INSERT INTO \(slag.tabell) (enhet_id, konto_id, ar, manad, ore) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (enhet_id, konto_id, ar, manad) DO UPDATE SET ore = excluded.ore
            """)
        markera = try db.makeStatement(sql: "INSERT OR IGNORE INTO temp.inlasta (enhet_id, konto_id, ar, manad, rad) VALUES (?, ?, ?, ?, ?)")
        forra = try db.makeStatement(sql: "SELECT rad FROM temp.inlasta WHERE enhet_id = ? AND konto_id = ? AND ar = ? AND manad = ?")
    }

    /// Writes `b`, read at line `rad`; when this import already gave its unit, row and month, writes nothing
    /// and returns the earlier amount's line (itself nil for a source without lines).
    mutating func skriv(_ b: Bokforing, rad: Int?, _ db: Database) throws -> Int?? {
        for (vad, kod) in [("enhetskoden", b.enhet), ("kontokoden", b.konto)] {
            if let problem = Kod.problem(kod) { throw LiggarFel.ogiltigaVarden(fil: fil, problem: "\(vad) \"\(kod)\": \(problem)") }
        }
        guard b.ore.magnitude <= Liggare.maxOre.magnitude else {
            throw LiggarFel.ogiltigaVarden(fil: fil, problem: "beloppet \(b.ore) öre är större än liggaren tar (högst \(Liggare.maxOre) öre åt vardera hållet)")
        }
        let enhet = try id(b.enhet, i: "enhet", db)
        let konto = try id(b.konto, i: "konto", db)
        let nyckel: StatementArguments = [enhet, konto, b.period.ar, b.period.manad]
        try markera.execute(arguments: nyckel + [rad])
        guard db.changesCount == 1 else { return .some(try Int.fetchOne(forra, arguments: nyckel)) }
        antal += 1
        kontosummor[b.konto, default: 0] += b.kronor
        manadsvis.insert(Serieår(enhet: enhet, konto: konto, ar: b.period.ar))
        forsta = min(forsta ?? b.period, b.period)
        sista = max(sista ?? b.period, b.period)
        let tidigare = try Int64.fetchOne(lasBelopp, arguments: nyckel)
        guard tidigare != b.ore else { return nil }
        func varde(_ ore: Int64) -> Int64 {
            Kontrollsumma.varde(enhet: b.enhet, konto: b.konto, ar: b.period.ar, manad: b.period.manad, ore: ore)
        }
        if let tidigare {
            andrade += 1
            summa &-= varde(tidigare)
        } else {
            nya += 1
        }
        summa &+= varde(b.ore)
        try skrivBelopp.execute(arguments: nyckel + [b.ore])
        return nil
    }

    /// Gives the new rows their kind, stores the checksum, for a budget records how each year given as a
    /// year's amount was spread (`periodisering`) and clears the record of a year now given per month, and says
    /// what the import did.
    func avsluta(_ db: Database, periodisering: [Periodisering.Arsbudgetnyckel: Periodiseringsmetod]) throws -> Importsammanfattning {
        let slagSats = try db.makeStatement(sql: "UPDATE konto SET slag = ? WHERE id = ?")
        for k in nyaKonton { try slagSats.execute(arguments: [Kontoslag.harlett(summa: kontosummor[k.kod] ?? 0).rawValue, k.id]) }
        try Kontrollsumma.lagra(summa, Kontrolltabell(slag), db)
        if slag == .budget { try markera(periodisering, db) }
        try db.execute(sql: "DELETE FROM temp.inlasta")
        return Importsammanfattning(
            slag: slag, antalBelopp: antal, perioder: forsta.flatMap { f in sista.map { f...$0 } },
            nyaBelopp: nya, andradeBelopp: andrade, oforandradeBelopp: antal - nya - andrade, nyaEnheter: nyaEnheter,
            nyaKonton: nyaKonton.map { Konto(kod: $0.kod, slag: Kontoslag.harlett(summa: kontosummor[$0.kod] ?? 0)) },
            periodiserade: Periodiseringsmetod.antal(periodisering.values))
    }

    /// The budget's periodisation marks: every spread series and year written by this import (so its ids are
    /// known) gets its method; every other series and year it wrote, given per month, loses its mark.
    private func markera(_ periodisering: [Periodisering.Arsbudgetnyckel: Periodiseringsmetod], _ db: Database) throws {
        let skriv = try db.makeStatement(sql: "INSERT OR REPLACE INTO budgetperiodisering (enhet_id, konto_id, ar, metod) VALUES (?, ?, ?, ?)")
        var spridda = Set<Serieår>()
        for (n, metod) in periodisering {
            guard let enhet = enheter[n.nyckel.enhet], let konto = konton[n.nyckel.konto] else { continue }
            spridda.insert(Serieår(enhet: enhet, konto: konto, ar: n.ar))
            try skriv.execute(arguments: [enhet, konto, n.ar, metod.rawValue])
        }
        let rensa = try db.makeStatement(sql: "DELETE FROM budgetperiodisering WHERE enhet_id = ? AND konto_id = ? AND ar = ?")
        for n in manadsvis.subtracting(spridda) { try rensa.execute(arguments: [n.enhet, n.konto, n.ar]) }
    }

    /// The id of unit or row `kod`, added to the ledger when it has none (a new row as a cost row until
    /// `avsluta` reads its kind).
    private mutating func id(_ kod: String, i tabell: String, _ db: Database) throws -> Int64 {
        if let id = (tabell == "enhet" ? enheter : konton)[kod] { return id }
        let id: Int64
        if let befintlig = try Int64.fetchOne(db, sql: "SELECT id FROM \(tabell) WHERE kod = ?", arguments: [kod]) {
            id = befintlig
        } else if tabell == "enhet" {
            try db.execute(sql: "INSERT INTO enhet (kod) VALUES (?)", arguments: [kod])
            id = db.lastInsertedRowID
            nyaEnheter.append(kod)
        } else {
            try db.execute(sql: "INSERT INTO konto (kod, slag) VALUES (?, 'kostnad')", arguments: [kod])
            id = db.lastInsertedRowID
            nyaKonton.append((kod, id))
        }
        if tabell == "enhet" { enheter[kod] = id } else { konton[kod] = id }
        return id
    }
}
