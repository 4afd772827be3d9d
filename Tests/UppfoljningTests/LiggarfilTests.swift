import Foundation
import GRDB
import Testing
@testable import Uppfoljning
import Vokabular

/// Opening ledger files: the schema on an empty file, and every file that is no ledger refused untouched.
@Suite("Liggarens fil")
struct LiggarfilTests {
    @Test("An empty file is migrated to the current schema, marked as a Prognos ledger, and opening it again changes nothing")
    func migreringAvTomFil() throws {
        let l = try Testliggare()
        defer { l.taBort() }
        #expect(FileManager.default.createFile(atPath: l.fil, contents: Data()))
        _ = try Liggare.oppna(l.fil)
        let db = try DatabaseQueue(path: l.fil)
        let (tabeller, migreringar, applikation) = try db.read { db in
            (try String.fetchAll(db, sql: "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name"),
             try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations"),
             try Int32.fetchOne(db, sql: "PRAGMA application_id"))
        }
        #expect(tabeller == ["budget", "budgetperiodisering", "drivare", "enhet", "forvaltning", "grdb_migrations", "konto", "kontodrivare",
                             "kontrollsumma", "namnd", "prognosbelopp", "prognosversion", "utfall"])
        #expect(migreringar == ["v1-liggare", "v2-drivare", "v3-kontrollsumma", "v4-prognoskommentar", "v5-en-version-per-metod", "v6-budgetperiodisering", "v7-resultatrad", "v8-kontrollsumma-drivare-prognoser"])
        #expect(applikation == 0x5052_474C)
        let fore = try l.innehall()
        _ = try Liggare.oppna(l.fil)
        #expect(try l.innehall() == fore)
    }

    @Test("A ledger from before the drivers (schema v1) gets their tables when opened and keeps its amounts")
    func migreringFranV1() throws {
        let l = try Testliggare()
        defer { l.taBort() }
        let gammal = try DatabaseQueue(path: l.fil)
        try Schema.migrator.migrate(gammal, upTo: "v1-liggare")
        try gammal.write { db in
            try db.execute(sql: """
                INSERT INTO enhet (id, kod) VALUES (1, 'E'); INSERT INTO konto (id, kod, slag) VALUES (1, 'K', 'kostnad');
                INSERT INTO utfall VALUES (1, 1, 2018, 1, 12345);
                """)
        }
        try gammal.close()
        let liggare = try Liggare.oppna(l.fil)
        #expect(try liggare.arssummor(.utfall, ar: 2018) == [Serienyckel(enhet: "E", konto: "K"): 123.45])
        #expect(try liggare.drivare() == nil)
        _ = try liggare.importera([Drivarvarde(enhet: "E", namn: "arsarbetare", period: Period(ar: 2018, manad: 1)!, varde: 3)],
                                  forklarar: ["K"])
        #expect(try liggare.drivare()?.perKonto == ["K": ["arsarbetare"]])
    }

    @Test("A ledger from before v5 with a method saved twice for one month keeps only the later version")
    func dubblaVersioner() throws {
        let l = try Testliggare()
        defer { l.taBort() }
        let gammal = try DatabaseQueue(path: l.fil)
        try Schema.migrator.migrate(gammal, upTo: "v4-prognoskommentar")
        try gammal.write { db in
            try db.execute(sql: """
                INSERT INTO enhet (id, kod) VALUES (1, 'E'); INSERT INTO konto (id, kod, slag) VALUES (1, 'K', 'kostnad');
                INSERT INTO utfall VALUES (1, 1, 2018, 1, 12345);
                INSERT INTO prognosversion VALUES (1, 2018, 8, 'profil', '', '2018-09-01 00:00:00.000');
                INSERT INTO prognosversion VALUES (2, 2018, 8, 'profil', '', '2018-09-02 00:00:00.000');
                INSERT INTO prognosversion VALUES (3, 2018, 8, NULL, 'för hand', '2018-09-03 00:00:00.000');
                INSERT INTO prognosversion VALUES (4, 2018, 8, NULL, 'för hand igen', '2018-09-04 00:00:00.000');
                INSERT INTO prognosbelopp VALUES (1, 1, 1, 100, NULL, NULL, NULL, NULL, NULL);
                INSERT INTO prognosbelopp VALUES (2, 1, 1, 200, NULL, NULL, NULL, NULL, NULL);
                """)
            try Kontrollsumma.lagra(try Kontrollsumma.berakna(.utfall, db), .utfall, db)
        }
        try gammal.close()
        let versioner = try Liggare.oppnaForLasning(l.fil).prognosversioner(ar: 2018)
        #expect(versioner.compactMap(\.id) == [2, 3, 4])
        #expect(versioner.first?.poster.first?.prognos == 200)
    }

    @Test("Reading a missing, empty or amount-less ledger gives the hint how to import")
    func tomLiggare() throws {
        let l = try Testliggare()
        defer { l.taBort() }
        #expect(throws: LiggarFel.saknas(fil: l.fil)) { try Liggare.oppnaForLasning(l.fil) }
        #expect(!FileManager.default.fileExists(atPath: l.fil))
        #expect(FileManager.default.createFile(atPath: l.fil, contents: Data()))
        #expect(throws: LiggarFel.tom(fil: l.fil)) { try Liggare.oppnaForLasning(l.fil) }
        _ = try Liggare.oppna(l.fil)
        #expect(throws: LiggarFel.tom(fil: l.fil)) { try Liggare.oppnaForLasning(l.fil) }
        #expect(LiggarFel.tom(fil: "x.sqlite").description
                == "liggaren \"x.sqlite\" innehåller inget utfall eller budget än; läs in ett utfall först: "
                + "prognos uppfoljning import --utfall FIL --db x.sqlite (kolumnerna enhet;konto;period;belopp)")
    }

    @Test("Another program's database, a file that is not SQLite and a ledger from a newer Prognos are refused and left as they were")
    func frammandeFiler() throws {
        let l = try Testliggare()
        defer { l.taBort() }
        let annan = l.mapp.appendingPathComponent("annan.sqlite").path
        try DatabaseQueue(path: annan).write { try $0.execute(sql: "CREATE TABLE kunder (namn TEXT); INSERT INTO kunder VALUES ('a')") }
        let text = try l.skriv("export.csv", "enhet;konto;period;belopp\n")
        let nyare = l.fil
        _ = try Liggare.oppna(nyare)
        try DatabaseQueue(path: nyare).write { try $0.execute(sql: "INSERT INTO grdb_migrations VALUES ('v9-framtid')") }
        let fore = try [annan, text.path, nyare].map { try Data(contentsOf: URL(fileURLWithPath: $0)) }
        #expect(throws: LiggarFel.inteLiggare(fil: annan)) { try Liggare.oppna(annan) }
        #expect(throws: LiggarFel.inteDatabas(fil: text.path)) { try Liggare.oppna(text.path) }
        #expect(throws: LiggarFel.nyareSchema(fil: nyare, okanda: ["v9-framtid"])) { try Liggare.oppna(nyare) }
        #expect(try [annan, text.path, nyare].map { try Data(contentsOf: URL(fileURLWithPath: $0)) } == fore)
        #expect(throws: LiggarFel.ogiltigSokvag(fil: l.mapp.path, skal: "det är en mapp; ange en fil, t.ex. \(l.mapp.path)/uppfoljning.sqlite")) {
            try Liggare.oppna(l.mapp.path)
        }
        #expect(throws: LiggarFel.ogiltigSokvag(fil: "", skal: "sökvägen är tom")) { try Liggare.oppna("") }
        #expect(throws: LiggarFel.ogiltigSokvag(fil: "/dev/null", skal: "det är ingen vanlig fil")) { try Liggare.oppna("/dev/null") }
    }
}
