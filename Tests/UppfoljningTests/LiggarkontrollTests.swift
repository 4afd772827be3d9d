import Foundation
import GRDB
import Input
import LedgerInput
import Testing
@testable import Uppfoljning
import Vokabular

/// A ledger that checks itself: another program's empty database is not taken over, values no import can
/// write are faults (never skipped rows), and `kontrollera` finds them.
@Suite("Liggarens kontroll")
struct LiggarkontrollTests {
    /// A ledger holding one unit's outcome for January–March 2018.
    static func liggare() throws -> Testliggare {
        let l = try Testliggare()
        try l.importera(export(["E;K;2018-01;100", "E;K;2018-02;200", "E;K;2018-03;300"]), som: .utfall)
        return l
    }

    @Test("Another program's SQLite database without tables is left alone; a new, empty file becomes a ledger")
    func annatProgram() throws {
        let l = try Testliggare()
        defer { l.taBort() }
        let annan = try DatabaseQueue(path: l.fil)
        try annan.write { db in try db.execute(sql: "PRAGMA user_version = 7") }
        try annan.close()
        let fore = try Data(contentsOf: URL(fileURLWithPath: l.fil))
        #expect(!fore.isEmpty)
        #expect(throws: LiggarFel.inteLiggare(fil: l.fil)) { try Liggare.oppna(l.fil) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: l.fil)) == fore)
    }

    /// Runs `sql` past the schema's checks, with the checksum made to match, as only a deliberate forgery
    /// would.
    static func forfalska(_ l: Testliggare, _ sql: String) throws {
        let db = try DatabaseQueue(path: l.fil)
        try db.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA ignore_check_constraints = 1")
            try db.execute(sql: sql)
            try Kontrollsumma.lagra(try Kontrollsumma.berakna(.utfall, db), .utfall, db)
        }
        try db.close()
    }

    @Test("An amount or month changed outside Prognos is caught by the checksum when the ledger is opened")
    func kontrollsumma() throws {
        let l = try Self.liggare()
        defer { l.taBort() }
        // One öre more in February: a valid amount, so only the checksum can tell.
        let db = try DatabaseQueue(path: l.fil)
        try db.write { db in try db.execute(sql: "UPDATE utfall SET ore = ore + 1 WHERE manad = 2") }
        try db.close()
        func kontrollsummefel(_ fel: any Error) -> Bool {
            guard case LiggarFel.skadad(_, let problem) = fel else { return false }
            return problem.contains("stämmer inte med liggarens kontrollsumma")
        }
        #expect(performing: { try Liggare.oppnaForLasning(l.fil) }, throws: kontrollsummefel)
        #expect(performing: { try Liggare.oppna(l.fil) }, throws: kontrollsummefel)
    }

    /// A version of method `metod` after `manad` 2018 with the prognosis `belopp` for E/K, with an interval.
    static func version(_ metod: String, manad: Int, belopp: Double) -> Prognosversion {
        Prognosversion(ar: 2018, gjordEfter: manad, upphov: .metod(metod), kommentar: "", skapad: Date(timeIntervalSince1970: 0),
                       poster: [Prognospost(nyckel: Serienyckel(enhet: "E", konto: "K"), prognos: belopp,
                                            intervall: .init(p2_5: belopp - 2, p10: belopp - 1, p90: belopp + 1, p97_5: belopp + 2))])
    }

    @Test("Saving, replacing and removing versions and importing drivers keep the checksum equal to a recount",
          arguments: [Kontrolltabell.drivare, .prognosbelopp])
    func kontrollsummaFoljer(tabell: Kontrolltabell) throws {
        let l = try Self.liggare()
        defer { l.taBort() }
        let liggare = try Liggare.oppna(l.fil)
        let a = try liggare.spara(Self.version("profil", manad: 2, belopp: 1_000))
        try liggare.spara(Self.version("runrate", manad: 2, belopp: 1_100))
        try liggare.spara(Self.version("profil", manad: 2, belopp: 1_200))   // replaces a
        try liggare.spara(Self.version("profil", manad: 3, belopp: 1_300))
        let drivare = { (v: Double) in (1...3).map { Drivarvarde(enhet: "E", namn: "arsarbetare", period: Period(ar: 2018, manad: $0)!, varde: v) } }
        _ = try liggare.importera(drivare(10), forklarar: ["K"])
        _ = try liggare.importera(drivare(11), forklarar: ["K"])
        #expect(throws: LiggarFel.self) { try liggare.taBort(version: a) }
        let db = try DatabaseQueue(path: l.fil)
        defer { try? db.close() }
        // A recount row by row, independent of how the writes kept the sum: the hash summed over the rows read.
        func omrakning(_ db: Database) throws -> Int64 {
            try Row.fetchAll(db, sql: tabell.rader()).reduce(Int64(0)) { $0 &+ tabell.varde($1) }
        }
        let (rader, lagrad, omraknad) = try db.read { db in
            (try Row.fetchAll(db, sql: tabell.rader()).count, try Kontrollsumma.lagrad(tabell, db), try omrakning(db))
        }
        #expect(rader == 3 && lagrad == omraknad)
        try liggare.taBort(version: try #require(liggare.versionslista().first { $0.gjordEfter == 3 }?.id))
        let (efter, omraknadEfter) = try db.read { db in (try Kontrollsumma.lagrad(tabell, db), try omrakning(db)) }
        #expect(efter == omraknadEfter)
    }

    @Test("A prognosis amount or a driver's value changed outside Prognos is caught when the ledger is opened",
          arguments: ["UPDATE prognosbelopp SET p90 = p90 + 0.5", "UPDATE drivare SET varde = varde * 2 WHERE manad = 2",
                      "DELETE FROM drivare WHERE manad = 3"])
    func kontrollsummaDrivarePrognoser(sql: String) throws {
        let l = try Self.liggare()
        defer { l.taBort() }
        let liggare = try Liggare.oppna(l.fil)
        try liggare.spara(Self.version("profil", manad: 3, belopp: 600))
        _ = try liggare.importera((1...3).map { Drivarvarde(enhet: nil, namn: "invanare", period: Period(ar: 2018, manad: $0)!, varde: 150_000) },
                                  forklarar: ["K"])
        _ = try Liggare.oppna(l.fil)
        let db = try DatabaseQueue(path: l.fil)
        try db.write { db in try db.execute(sql: sql) }
        try db.close()
        #expect {
            try Liggare.oppnaForLasning(l.fil)
        } throws: { fel in
            guard case LiggarFel.skadad(_, let problem) = fel else { return false }
            return problem.contains("stämmer inte med liggarens kontrollsumma")
        }
    }

    @Test("A month 13 written past the schema's checks is caught by SQLite's check when the ledger is opened")
    func manad13() throws {
        let l = try Self.liggare()
        defer { l.taBort() }
        try Self.forfalska(l, "UPDATE utfall SET manad = 13 WHERE manad = 2")
        #expect {
            try Liggare.oppnaForLasning(l.fil)
        } throws: { fel in
            guard case LiggarFel.skadad(let fil, let problem) = fel else { return false }
            return fil == l.fil && problem.contains("CHECK")
        }
    }

    @Test("An amount beyond what an import writes is a fault when read and when checked, never a skipped row")
    func utanforGransen() throws {
        let l = try Self.liggare()
        defer { l.taBort() }
        try Self.forfalska(l, "UPDATE utfall SET ore = \(Liggare.maxOre + 1) WHERE manad = 2")
        let liggare = try Liggare.oppnaForLasning(l.fil)
        #expect {
            try liggare.serier(.utfall)
        } throws: { fel in
            guard case LiggarFel.skadad(let fil, let problem) = fel else { return false }
            return fil == l.fil && problem.contains("utanför det en inläsning kan skriva")
        }
        #expect {
            try Liggare.oppnaForKontroll(l.fil).kontrollera()
        } throws: { fel in
            guard case LiggarFel.skadad(_, let problem) = fel else { return false }
            return problem.contains("1 utfall har år, månad, belopp eller slag utanför")
        }
    }

    @Test("A sound ledger passes the full check, which counts what it holds")
    func hel() throws {
        let l = try Self.liggare()
        defer { l.taBort() }
        #expect(try Liggare.oppnaForLasning(l.fil).kontrollera()
                == Liggarkontroll(enheter: 1, konton: 1, utfall: 3, budget: 0, versioner: 0, prognosbelopp: 0, drivare: 0))
    }

    @Test("An organisation file that places a förvaltning under two nämnder is refused at the second line")
    func tvaNamnder() throws {
        let l = try Testliggare()
        defer { l.taBort() }
        let fil = try l.skriv("organisation.csv", "enhet;namn;forvaltning;namnd\nA;Ett;F;N1\nB;Två;G;N1\nC;Tre;F;N2\n")
        #expect {
            try Organisationsfil.las(fil)
        } throws: { fel in
            guard let fel = fel as? ScenarioFel else { return false }
            return fel.rad == 4 && fel.nyckel == "kolumn 4 (namnd)" && fel.problem.contains("ligger under nämnden N1 på rad 2")
        }
    }
}
