import Foundation
import GRDB
import LinearAlgebra
import Testing
import Vokabular

/// `prognos uppfoljning import` as a user runs it: the summary, refusals with file, line and column that
/// leave the ledger untouched, and imports killed at random moments that leave it as before or complete.
@Suite("prognos uppfoljning import")
struct UppfoljningCommandTests {
    static let exempel = Korning.rot.appendingPathComponent("notebooks-data/uppfoljning-exempel")

    /// What a query sees in the ledger: amounts, their sum in öre, units and rows.
    static func avtryck(_ fil: String) throws -> [Int64] {
        try DatabaseQueue(path: fil).read { db in
            try ["SELECT count(*) FROM utfall", "SELECT coalesce(sum(ore), 0) FROM utfall", "SELECT count(*) FROM enhet",
                 "SELECT count(*) FROM konto"].map { try Int64.fetchOne(db, sql: $0) ?? -1 }
        }
    }

    @Test("Importing the example ledger prints what was added; the same file again changes nothing")
    func exempel() throws {
        let mapp = try Korning.tempmapp()
        defer { try? FileManager.default.removeItem(at: mapp) }
        let db = mapp.appendingPathComponent("l.sqlite").path
        let utfall = Self.exempel.appendingPathComponent("utfall.csv").path
        let forsta = try Korning.kor(["uppfoljning", "import", "--utfall", utfall, "--db", db])
        #expect(forsta.status == 0, "\(forsta.stderr)")
        #expect(forsta.stdout.contains("1 140 belopp för 2014-01–2018-12: 1 140 nya, 0 ändrade, 0 oförändrade"))
        #expect(forsta.stdout.contains("Nya enheter (5): Landstingsservice, 182, 183, 225, Stab"))
        #expect(forsta.stdout.contains("Intäkter (intäktsslag), Anställda (kostnadsslag)"))
        let fore = try Self.avtryck(db)
        let andra = try Korning.kor(["uppfoljning", "import", "--utfall", utfall, "--db", db])
        #expect(andra.status == 0)
        #expect(andra.stdout.contains("0 nya, 0 ändrade, 1 140 oförändrade") && andra.stdout.contains("Liggaren är oförändrad"))
        #expect(try Self.avtryck(db) == fore)
        let organisation = try Korning.kor(["uppfoljning", "import", "--organisation",
                                            Self.exempel.appendingPathComponent("organisation.csv").path, "--db", db])
        #expect(organisation.status == 0 && organisation.stdout.contains("5 enheter, varav 5 nya eller ändrade"))
        // One amount corrected: the adjective agrees with one (ett belopp, ändrat); a file with only its heading says so.
        let rattelse = mapp.appendingPathComponent("rattelse.csv")
        try "enhet;konto;period;belopp\nLandstingsservice;Intäkter;2014-01;-66510000\n".write(to: rattelse, atomically: true, encoding: .utf8)
        let en = try Korning.kor(["uppfoljning", "import", "--utfall", rattelse.path, "--db", db])
        #expect(en.status == 0 && en.stdout.contains("1 belopp för 2014-01: 0 nya, 1 ändrat, 0 oförändrade"), "\(en.stdout)\(en.stderr)")
        let tom = mapp.appendingPathComponent("tom.csv")
        try "enhet;konto;period;belopp\n".write(to: tom, atomically: true, encoding: .utf8)
        let ingen = try Korning.kor(["uppfoljning", "import", "--utfall", tom.path, "--db", db])
        #expect(!ingen.stdout.contains("alla belopp fanns redan"), "\(ingen.stdout)\(ingen.stderr)")
    }

    @Test("Drivers: a bad value is refused at its line and column, an unknown row and a missing ledger with the reason")
    func drivare() throws {
        let mapp = try Korning.tempmapp()
        defer { try? FileManager.default.removeItem(at: mapp) }
        let db = mapp.appendingPathComponent("l.sqlite").path
        let fil = mapp.appendingPathComponent("drivare.csv")
        try Data("enhet;drivare;period;varde\r\nStab;arsarbetare;2018-01;114,6\r\n".utf8).write(to: fil)
        // No ledger yet: the import hint, and no file is created.
        let saknas = try Korning.kor(["uppfoljning", "import", "--drivare", fil.path, "--konto", "4 Personal", "--db", db])
        #expect(saknas.status == 1 && saknas.stderr.contains("liggaren \"\(db)\" finns inte; läs in ett utfall först"), "\(saknas.stderr)")
        #expect(!FileManager.default.fileExists(atPath: db))
        #expect(try Korning.kor(["uppfoljning", "import", "--utfall", Self.exempel.appendingPathComponent("utfall.csv").path,
                                 "--db", db]).status == 0)
        let fore = try Data(contentsOf: URL(fileURLWithPath: db))
        let okant = try Korning.kor(["uppfoljning", "import", "--drivare", fil.path, "--konto", "4 Persona", "--db", db])
        #expect(okant.status == 1 && okant.stderr.contains("kontot \"4 Persona\" finns inte i liggaren"), "\(okant.stderr)")
        try Data("enhet;drivare;period;varde\r\nStab;arsarbetare;2018-01;114,6\r\nStab;arsarbetare;2018-02;114.6\r\n".utf8).write(to: fil)
        let felaktig = try Korning.kor(["uppfoljning", "import", "--drivare", fil.path, "--konto", "4 Personal", "--db", db])
        #expect(felaktig.status == 1)
        #expect(felaktig.stderr == "prognos: fel i filen: \(fil.path):3: kolumn 4 (varde): förväntade ett tal (semikolonseparerad "
                + "med decimalkomma), fick \"114.6\"; decimaltecknet i den här filen är \",\"; ingenting lästes in\n")
        #expect(try Data(contentsOf: URL(fileURLWithPath: db)) == fore)
    }

    @Test("A bad row on line N refuses the whole file at its line and column, and the ledger is left byte for byte")
    func felaktigRad() throws {
        let mapp = try Korning.tempmapp()
        defer { try? FileManager.default.removeItem(at: mapp) }
        let db = mapp.appendingPathComponent("l.sqlite").path
        #expect(try Korning.kor(["uppfoljning", "import", "--utfall", Self.exempel.appendingPathComponent("utfall.csv").path,
                                 "--db", db]).status == 0)
        let fore = try Data(contentsOf: URL(fileURLWithPath: db))
        var rader = try String(contentsOf: Self.exempel.appendingPathComponent("utfall.csv"), encoding: .utf8)
            .components(separatedBy: "\r\n")
        rader[699] = "Stab;4 Personal;2019-01;12 00"
        let fil = mapp.appendingPathComponent("rattad.csv")
        try Data(rader.joined(separator: "\r\n").utf8).write(to: fil)
        let k = try Korning.kor(["uppfoljning", "import", "--utfall", fil.path, "--db", db])
        #expect(k.status == 1)
        #expect(k.stderr == "prognos: fel i filen: \(fil.path):700: kolumn 4 (belopp): förväntade ett belopp i kr, t.ex. -1234,50, "
                + "fick \"12 00\"; mellanslag får bara skilja tusental åt, t.ex. 1 411 006,50; ingenting lästes in\n")
        #expect(k.stdout.isEmpty)
        #expect(try Data(contentsOf: URL(fileURLWithPath: db)) == fore)
        // Nor is a ledger created for a file that is refused.
        let ny = mapp.appendingPathComponent("ny.sqlite").path
        #expect(try Korning.kor(["uppfoljning", "import", "--budget", fil.path, "--db", ny]).status == 1)
        #expect(!FileManager.default.fileExists(atPath: ny))
    }

    @Test("A folder, a text file or another program's database as --db is refused in Swedish with code 1")
    func felaktigDatabas() throws {
        let mapp = try Korning.tempmapp()
        defer { try? FileManager.default.removeItem(at: mapp) }
        let utfall = Self.exempel.appendingPathComponent("utfall.csv").path
        let mappfel = try Korning.kor(["uppfoljning", "import", "--utfall", utfall, "--db", mapp.path])
        #expect(mappfel.status == 1 && mappfel.stderr.hasPrefix("prognos: \"\(mapp.path)\" kan inte användas som liggare: det är en mapp"))
        let textfel = try Korning.kor(["uppfoljning", "import", "--utfall", utfall, "--db", utfall])
        #expect(textfel.status == 1 && textfel.stderr == "prognos: \"\(utfall)\" är ingen SQLite-databas; ange en liggare som "
                + "Prognos har skapat, eller en ny sökväg\n")
        let saknas = try Korning.kor(["uppfoljning", "import", "--utfall", mapp.appendingPathComponent("saknas.csv").path])
        #expect(saknas.status == 1 && saknas.stderr.contains("exportfilen kan inte läsas: filen finns inte; ingenting lästes in"))
        let utanSlag = try Korning.kor(["uppfoljning", "import", utfall])
        #expect(utanSlag.status == 64)
    }

    @Test("A ledger with budget but no outcome: prognosis and backtest say what to import, with code 1")
    func ingetUtfall() throws {
        let mapp = try Korning.tempmapp()
        defer { try? FileManager.default.removeItem(at: mapp) }
        let db = mapp.appendingPathComponent("liggare.sqlite").path
        #expect(try Korning.kor(["uppfoljning", "import", "--budget", Self.exempel.appendingPathComponent("budget.csv").path,
                                 "--db", db]).status == 0)
        let tips = "prognos: liggaren \"\(db)\" har budget men inget utfall än; läs in ett utfall först: "
            + "prognos uppfoljning import --utfall FIL --db \(db) (kolumnerna enhet;konto;period;belopp)\n"
        for argument in [["prognos", "--period", "2018-08", "--metod", "profil"], ["backtest", "--metod", "profil"]] {
            let svar = try Korning.kor(["uppfoljning"] + argument + ["--db", db])
            #expect(svar.status == 1 && svar.stderr == tips && svar.stdout.isEmpty, "\(argument)")
        }
    }

    @Test("kontrollera: a sound ledger is whole (code 0, what it holds); a missing one is refused (code 1)")
    func kontrollera() throws {
        let mapp = try Korning.tempmapp()
        defer { try? FileManager.default.removeItem(at: mapp) }
        let db = mapp.appendingPathComponent("liggare.sqlite").path
        let utfall = Self.exempel.appendingPathComponent("utfall.csv")
        #expect(try Korning.kor(["uppfoljning", "import", "--utfall", utfall.path, "--db", db]).status == 0)
        // The export's lines but its header, counted independently of the ledger.
        let rader = try String(contentsOf: utfall, encoding: .utf8).split(whereSeparator: \.isNewline).count - 1
        let hel = try Korning.kor(["uppfoljning", "kontrollera", "--db", db])
        #expect(hel.status == 0 && hel.stdout.contains("är hel"), "\(hel.stderr)")
        #expect(hel.stdout.contains("Utfall \(Belopp.text(Double(rader), decimaler: 0)) och budget 0 belopp"), "\(hel.stdout)")
        let saknas = try Korning.kor(["uppfoljning", "kontrollera", "--db", mapp.appendingPathComponent("saknas.sqlite").path])
        #expect(saknas.status == 1 && saknas.stderr.contains("finns inte"))
    }

    @Test("--kolumner maps an export's headers; PROGNOS_DB names the ledger when --db is not given")
    func exportOchMiljo() throws {
        let mapp = try Korning.tempmapp()
        defer { try? FileManager.default.removeItem(at: mapp) }
        let db = mapp.appendingPathComponent("miljo.sqlite").path
        let fil = mapp.appendingPathComponent("export.txt")
        try Data("Ansvar\tKonto\tPeriod\tText\tBelopp\n182\t4010\t201808\tlön\t1 411 006,50\n".utf8).write(to: fil)
        let k = try Korning.kor(["uppfoljning", "import", "--utfall", fil.path, "--kolumner", "enhet=Ansvar,konto=Konto,period=Period,belopp=Belopp"],
                                miljo: ["PROGNOS_DB": db])
        #expect(k.status == 0 && FileManager.default.fileExists(atPath: db), "\(k.stderr)")
        let hel = try Korning.kor(["uppfoljning", "kontrollera", "--db", db])
        #expect(hel.stdout.contains("Utfall 1 och budget 0 belopp"), "\(hel.stdout)")
        let fel = try Korning.kor(["uppfoljning", "import", "--utfall", fil.path, "--kolumner", "enhet=Ansvar,ort=Ort", "--db", db])
        #expect(fel.status == 64 && fel.stderr.contains("--kolumner: okänt namn \"ort\""), "\(fel.stderr)")
    }

    /// A large export: 25 units × 20 rows × 60 months of amounts in öre, seeded.
    static func storExport(_ url: URL) throws {
        var slump = SplitMix64(seed: 8)
        var text = "enhet;konto;period;belopp\n"
        for enhet in 0..<25 {
            for konto in 0..<20 {
                for ar in 2014...2018 {
                    for manad in 1...12 {
                        let ore = Int.random(in: -100_000_000...100_000_000, using: &slump)
                        text += "E\(enhet);\(4000 + konto);\(ar)-\(manad < 10 ? "0" : "")\(manad);\(ore / 100),\(String(format: "%02d", abs(ore % 100)))\n"
                    }
                }
            }
        }
        try Data(text.utf8).write(to: url)
    }

    /// A ledger `l.sqlite` in `mapp` with `storExport`'s 500 series imported (the export beside it as `stor.csv`);
    /// its path.
    static func storLiggare(i mapp: URL) throws -> String {
        let export = mapp.appendingPathComponent("stor.csv")
        try storExport(export)
        let db = mapp.appendingPathComponent("l.sqlite").path
        #expect(try Korning.kor(["uppfoljning", "import", "--utfall", export.path, "--db", db, "--tyst"]).status == 0)
        return db
    }

    @Test("Killed at random moments (SIGKILL, SIGINT), an import leaves the ledger as before or complete, never partial")
    func avbrott() throws {
        let mapp = try Korning.tempmapp()
        defer { try? FileManager.default.removeItem(at: mapp) }
        let bas = mapp.appendingPathComponent("bas.sqlite").path
        #expect(try Korning.kor(["uppfoljning", "import", "--utfall", Self.exempel.appendingPathComponent("utfall.csv").path,
                                 "--db", bas]).status == 0)
        let export = mapp.appendingPathComponent("stor.csv")
        try Self.storExport(export)
        let fore = try Self.avtryck(bas)
        // The complete import, timed, and when its transaction runs (while SQLite's journal exists).
        let referens = mapp.appendingPathComponent("referens.sqlite").path
        try FileManager.default.copyItem(atPath: bas, toPath: referens)
        let start = Date()
        let process = try Korning.starta(["uppfoljning", "import", "--utfall", export.path, "--db", referens])
        var transaktion: (start: Double, slut: Double)?
        while process.isRunning {
            if FileManager.default.fileExists(atPath: referens + "-journal") {
                let nu = Date().timeIntervalSince(start)
                transaktion = (transaktion?.start ?? nu, nu)
            }
            usleep(500)
        }
        let korningstid = Date().timeIntervalSince(start)
        #expect(process.terminationStatus == 0)
        let efter = try Self.avtryck(referens)
        #expect(efter[0] == fore[0] + 30_000 && efter[2] == fore[2] + 25)
        let fonster = try #require(transaktion, "importen skrev aldrig någon journal")

        var slump = SplitMix64(seed: 20_190_213)
        var mittI = 0
        for forsok in 0..<16 {
            let fil = mapp.appendingPathComponent("forsok-\(forsok).sqlite").path
            try FileManager.default.copyItem(atPath: bas, toPath: fil)
            let signal = forsok % 2 == 0 ? SIGKILL : SIGINT
            // Half the kills at any moment of the run, half while the transaction is open.
            let iTransaktionen = forsok % 4 >= 2
            let paus = iTransaktionen ? Double.random(in: 0...(fonster.slut - fonster.start), using: &slump)
                : Double.random(in: 0...(1.2 * korningstid), using: &slump)
            let process = try Korning.starta(["uppfoljning", "import", "--utfall", export.path, "--db", fil])
            if iTransaktionen {
                let grans = Date().addingTimeInterval(2 * korningstid)
                while process.isRunning && !FileManager.default.fileExists(atPath: fil + "-journal") && Date() < grans { usleep(200) }
            }
            usleep(UInt32(paus * 1_000_000))
            kill(process.processIdentifier, signal)
            process.waitUntilExit()
            if FileManager.default.fileExists(atPath: fil + "-journal") { mittI += 1 }
            let avtryck = try Self.avtryck(fil)
            #expect(avtryck == fore || avtryck == efter, "försök \(forsok), signal \(signal) efter \(paus) s: \(avtryck)")
            if forsok % 4 == 1 {
                // Running the import again completes it.
                #expect(try Korning.kor(["uppfoljning", "import", "--utfall", export.path, "--db", fil]).status == 0)
                #expect(try Self.avtryck(fil) == efter, "försök \(forsok): ny inläsning")
            }
            if signal == SIGINT && process.terminationReason == .exit && process.terminationStatus != 0 {
                #expect(process.terminationStatus == 130, "försök \(forsok)")
            }
        }
        #expect(mittI >= 4, "bara \(mittI) av 16 avbrott kom medan transaktionen var öppen")
        print("avbrott: \(mittI) av 16 avbrott kom medan transaktionen var öppen (\(fonster.start)–\(fonster.slut) s av \(korningstid) s)")
    }
}
