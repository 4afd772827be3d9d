import GRDB
import Vokabular

extension Liggare {
    /// The largest driver value the ledger takes either way; no head count, index or vacancy count comes near.
    public static let maxDrivarvarde = 1e12

    /// Imports driver values as one transaction and links every driver in them to exactly the rows
    /// `konton`, which must already be in the ledger: a link from one of these drivers to another row is
    /// removed, so a wrong row is corrected by importing again with the right ones. Units not yet in the
    /// ledger are added; every value
    /// replaces the ledger's value for the same unit (or the whole region), driver and month, and values the
    /// file does not cover stay as they are. Importing the same file again changes nothing. Refuses,
    /// changing nothing, an invalid code, a value that is not finite or beyond `maxDrivarvarde`, the same
    /// unit, driver and month twice, no rows, and a row the ledger does not have.
    public func importera(_ varden: [Drivarvarde], forklarar konton: [String]) throws(LiggarFel) -> Drivarsammanfattning {
        let konton = konton.map(Kod.normaliserad)
        try kontrollera(varden, konton: konton)
        let enhetskoder = Self.iOrdning(varden.compactMap(\.enhet))
        let namn = Set(varden.map(\.namn)).sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }
        return try andra("läsa in drivare") { db in
            let kontoId = try Self.idn(i: "konto", db)
            if let saknat = konton.first(where: { kontoId[$0] == nil }) {
                throw LiggarFel.ogiltigaVarden(fil: fil, problem: "kontot \"\(saknat)\" finns inte i liggaren; "
                                               + "läs in utfall eller budget för kontot innan drivarna kopplas till det")
            }
            let (enhetId, nyaEnheter) = try Self.idn(enhetskoder, i: "enhet", db) { kod in
                try db.execute(sql: "INSERT INTO enhet (kod) VALUES (?)", arguments: [kod])
            }
            // coalesce(enhet_id, 0), as in the unique index, so that the lookup uses it (unit ids start at 1).
            let las = try db.makeStatement(sql: """
                SELECT id, varde FROM drivare WHERE coalesce(enhet_id, 0) = ? AND namn = ? AND ar = ? AND manad = ?
                """)
            let uppdatera = try db.makeStatement(sql: "UPDATE drivare SET varde = ? WHERE id = ?")
            let infoga = try db.makeStatement(sql: "INSERT INTO drivare (enhet_id, namn, ar, manad, varde) VALUES (?, ?, ?, ?, ?)")
            var nya = 0, andrade = 0
            for v in varden {
                let id = v.enhet.flatMap { enhetId[$0] }
                let nyckel: StatementArguments = [v.namn, v.period.ar, v.period.manad]
                if let rad = try Row.fetchOne(las, arguments: [id ?? 0] + nyckel) {
                    guard rad[1] as Double != v.varde else { continue }
                    try uppdatera.execute(arguments: [v.varde, rad[0] as Int64])
                    andrade += 1
                } else {
                    try infoga.execute(arguments: [id] + nyckel + [v.varde])
                    nya += 1
                }
            }
            var kopplingar: [Drivarsammanfattning.Koppling] = [], borttagna: [Drivarsammanfattning.Koppling] = []
            let angivna = Set(konton)
            for drivare in namn {
                for rad in try Row.fetchAll(db, sql: """
                    SELECT k.kod, k.id FROM kontodrivare d JOIN konto k ON k.id = d.konto_id WHERE d.drivare = ?
                    """, arguments: [drivare]) where !angivna.contains(rad[0]) {
                    try db.execute(sql: "DELETE FROM kontodrivare WHERE konto_id = ? AND drivare = ?", arguments: [rad[1] as Int64, drivare])
                    borttagna.append(.init(konto: rad[0], drivare: drivare))
                }
            }
            for konto in konton {
                for drivare in namn {
                    try db.execute(sql: "INSERT OR IGNORE INTO kontodrivare (konto_id, drivare) VALUES (?, ?)",
                                   arguments: [kontoId[konto], drivare])
                    if db.changesCount > 0 { kopplingar.append(.init(konto: konto, drivare: drivare)) }
                }
            }
            // Few values per unit and month: the sum is recomputed rather than followed through updates.
            try Kontrollsumma.lagra(try Kontrollsumma.berakna(.drivare, db), .drivare, db)
            let perioder = varden.map(\.period)
            return Drivarsammanfattning(
                antalVarden: varden.count, perioder: perioder.min().flatMap { forsta in perioder.max().map { forsta...$0 } },
                drivare: namn, nyaVarden: nya, andradeVarden: andrade, oforandradeVarden: varden.count - nya - andrade,
                nyaEnheter: nyaEnheter, nyaKopplingar: kopplingar, borttagnaKopplingar: borttagna)
        }
    }

    /// The ledger's drivers, or nil when no row has any.
    public func drivare() throws(LiggarFel) -> Drivare? {
        try las("läsa drivarna") { db in
            var perKonto: [String: [String]] = [:]
            for rad in try Row.fetchAll(db, sql: "SELECT k.kod, d.drivare FROM kontodrivare d JOIN konto k ON k.id = d.konto_id") {
                perKonto[rad[0], default: []].append(rad[1])
            }
            guard !perKonto.isEmpty else { return nil }
            let varden = try Row.fetchAll(db, sql: """
                SELECT e.kod, d.namn, d.ar, d.manad, d.varde FROM drivare d LEFT JOIN enhet e ON e.id = d.enhet_id
                """).compactMap { rad -> Drivarvarde? in
                Period(ar: rad[2], manad: rad[3]).map { Drivarvarde(enhet: rad[0], namn: rad[1], period: $0, varde: rad[4]) }
            }
            return Drivare(perKonto: perKonto, varden: varden)
        }
    }

    /// The checks drivers must pass before anything is written; the reading layer makes the same checks
    /// with file, line and column, so these fire only for values built some other way.
    private func kontrollera(_ varden: [Drivarvarde], konton: [String]) throws(LiggarFel) {
        guard !konton.isEmpty else {
            throw .ogiltigaVarden(fil: fil, problem: "drivare behöver minst ett konto att förklara")
        }
        for konto in konton {
            if let problem = Kod.problem(konto) { throw .ogiltigaVarden(fil: fil, problem: "kontokoden \"\(konto)\": \(problem)") }
        }
        var sedda = Set<Drivarvarde.Nyckel>()
        for v in varden {
            for (vad, kod) in [("enhetskoden", v.enhet), ("drivarens namn", v.namn)] {
                if let kod, let problem = Kod.problem(kod) { throw .ogiltigaVarden(fil: fil, problem: "\(vad) \"\(kod)\": \(problem)") }
            }
            guard v.varde.isFinite, abs(v.varde) <= Self.maxDrivarvarde else {
                throw .ogiltigaVarden(fil: fil, problem: "drivaren \(v.namn) har för \(v.enhetstext), period \(v.period) ett värde "
                                      + "som inte är ett ändligt tal inom ±10¹²")
            }
            guard sedda.insert(v.nyckel).inserted else {
                throw .ogiltigaVarden(fil: fil, problem: "\(v.enhetstext), drivaren \(v.namn), period \(v.period) förekommer två gånger")
            }
        }
    }
}
