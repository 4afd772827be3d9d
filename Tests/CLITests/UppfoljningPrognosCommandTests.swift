import Foundation
import GRDB
import Testing

/// `prognos uppfoljning prognos` and `backtest` on the shipped example ledger, imported with the import
/// command as a user would.
@Suite("prognos uppfoljning prognos och backtest")
struct UppfoljningPrognosCommandTests {
    /// A fresh folder with the example ledger imported (outcome, budget, organisation) as `l.sqlite`.
    static func exempelliggare() throws -> (mapp: URL, db: String) {
        let mapp = try Korning.tempmapp()
        let db = mapp.appendingPathComponent("l.sqlite").path
        for slag in ["utfall", "budget", "organisation"] {
            let fil = UppfoljningCommandTests.exempel.appendingPathComponent("\(slag).csv").path
            let k = try Korning.kor(["uppfoljning", "import", "--\(slag)", fil, "--db", db])
            guard k.status == 0 else { throw Korning.Fel(beskrivning: k.stderr) }
        }
        return (mapp, db)
    }

    /// The rows of a CSV file we wrote, without the byte-order mark, split on `;`.
    static func csv(_ url: URL) throws -> [[String]] {
        let data = try Data(contentsOf: url)
        #expect(data.starts(with: [0xEF, 0xBB, 0xBF]) && data.suffix(2) == Data("\r\n".utf8))
        let text = String(decoding: data.dropFirst(3), as: UTF8.self)
        return text.split(separator: "\r\n").map { $0.split(separator: ";", omittingEmptySubsequences: false).map(String.init) }
    }

    static func tal(_ text: String) -> Double? { Double(text.replacingOccurrences(of: ",", with: ".")) }

    @Test("--forsoning mint: the prognosis says what it reconciled against, the förvaltningar add up; the backtest writes forsoning.csv")
    func forsoningMint() throws {
        let (mapp, db) = try Self.exempelliggare()
        defer { try? FileManager.default.removeItem(at: mapp) }
        let ut = mapp.appendingPathComponent("mint").path
        let k = try Korning.kor(["uppfoljning", "prognos", "--period", "2018-08", "--metod", "profil", "--forsoning", "mint",
                                 "--db", db, "--out", ut])
        #expect(k.status == 0, "\(k.stderr)")
        // 19 series; levels with two series or more: the total (= the one nämnd), Landstingsgemensamt (182, 183, 225),
        // and Landstingsservice and the staff, each one förvaltning of one unit (organisation.csv).
        #expect(k.stdout.contains("MinT: 19 serier avstämda mot 4 nivåer ovanför dem med felen efter samma månad 2015, 2016, 2017"))
        let rader = try Self.csv(URL(fileURLWithPath: ut).appendingPathComponent("prognos.csv")).dropFirst()
        let nedifran = try Korning.kor(["uppfoljning", "prognos", "--period", "2018-08", "--metod", "profil", "--db", db])
        #expect(nedifran.status == 0 && !nedifran.stdout.contains("MinT"))
        let gemensamt = rader.filter { ["182", "183", "225"].contains($0[0]) }.compactMap { Self.tal($0[3]) }.reduce(0, +)
        // The level's reconciled figure, the last column of its line in the table of levels, in tkr.
        let niva = try #require(k.stdout.split(separator: "\n").first { $0.hasPrefix("förvaltning") && $0.contains("Landstingsgemensamt") })
        let avstamd = try #require(Double(niva.split(separator: "  ").last!.replacingOccurrences(of: " ", with: "")))
        #expect(avstamd == (gemensamt / 1000).rounded(), "\(niva)")
        let b = try Korning.kor(["uppfoljning", "backtest", "--metod", "profil", "--forsoning", "mint", "--db", db,
                                 "--out", mapp.appendingPathComponent("bt").path])
        #expect(b.status == 0 && b.stdout.contains("Nedifrån mot MinT, metod profil"), "\(b.stderr)")
        let csv = try Self.csv(mapp.appendingPathComponent("bt").appendingPathComponent("forsoning.csv"))
        #expect(csv.first?.prefix(5) == ["metod", "niva", "antal", "mape_nedifran", "mape_mint"])
        #expect(csv.dropFirst().map { $0[1] } == ["totalt", "namnd", "forvaltning", "enhet", "konto", "alla"])
    }

    @Test("Drivers imported with --drivare and --konto change the regression prognosis of those rows only")
    func regressionPaDrivare() throws {
        let (mapp, db) = try Self.exempelliggare()
        defer { try? FileManager.default.removeItem(at: mapp) }
        func prognos(_ ut: String) throws -> [[String]] {
            let k = try Korning.kor(["uppfoljning", "prognos", "--period", "2018-06", "--metod", "regression", "--db", db,
                                     "--out", mapp.appendingPathComponent(ut).path])
            #expect(k.status == 0, "\(k.stderr)")
            return try Self.csv(mapp.appendingPathComponent(ut).appendingPathComponent("prognos.csv"))
        }
        let utan = try prognos("utan")
        let fil = UppfoljningCommandTests.exempel.appendingPathComponent("drivare.csv").path
        let saknarKonto = try Korning.kor(["uppfoljning", "import", "--drivare", fil, "--db", db])
        #expect(saknarKonto.status == 64 && saknarKonto.stderr.contains("--drivare behöver minst ett --konto"))
        let k = try Korning.kor(["uppfoljning", "import", "--drivare", fil, "--konto", "Anställda", "--konto", "4 Personal", "--db", db])
        #expect(k.status == 0, "\(k.stderr)")
        #expect(k.stdout.contains("180 värden för 2014-01–2018-12 (arsarbetare, loneindex): 180 nya, 0 ändrade, 0 oförändrade"))
        #expect(k.stdout.contains("Nya kopplingar konto ← drivare: Anställda ← arsarbetare, Anställda ← loneindex, "
                                  + "4 Personal ← arsarbetare, 4 Personal ← loneindex"))
        let med = try prognos("med")
        #expect(med.count == utan.count && med.count == 20)
        for (a, b) in zip(utan, med) {
            if ["Anställda", "4 Personal"].contains(a[1]) {
                #expect(a[..<3] == b[..<3] && a[3] != b[3], "\(a) \(b)")
                // The driver fit has a prognosis in 2015–2017 too, so the row gets an interval from its errors.
                #expect(b[4...7].compactMap(Self.tal).count == 4, "\(b)")
            } else {
                #expect(a == b)
            }
        }
        // Importing again with one row moves the drivers off the other, which is back to the year-to-date form.
        let flytt = try Korning.kor(["uppfoljning", "import", "--drivare", fil, "--konto", "Anställda", "--db", db])
        #expect(flytt.status == 0 && flytt.stdout.contains("180 oförändrade")
                && flytt.stdout.contains("Borttagna kopplingar konto ← drivare: 4 Personal ← arsarbetare, 4 Personal ← loneindex"),
                "\(flytt.stdout)")
        let efter = try prognos("efter")
        #expect(efter.first { $0[1] == "4 Personal" } == utan.first { $0[1] == "4 Personal" })
        #expect(efter.first { $0[1] == "Anställda" } == med.first { $0[1] == "Anställda" })
    }

    @Test("Run-rate after August 2018: prognos.csv has the issue's columns and every prognosis is YTD × 12/8")
    func runrate() throws {
        let (mapp, db) = try Self.exempelliggare()
        defer { try? FileManager.default.removeItem(at: mapp) }
        let ut = mapp.appendingPathComponent("ut")
        let k = try Korning.kor(["uppfoljning", "prognos", "--period", "2018-08", "--metod", "runrate", "--db", db, "--out", ut.path])
        #expect(k.status == 0, "\(k.stderr)")
        #expect(k.stdout.hasPrefix("Helårsprognos 2018 efter augusti, metod runrate"))
        let rader = try Self.csv(ut.appendingPathComponent("prognos.csv"))
        #expect(rader.first == ["enhet", "konto", "ack_utfall", "prognos", "p2_5", "p10", "p90", "p97_5"])
        #expect(rader.count == 20)
        for rad in rader.dropFirst() {
            let ack = try #require(Self.tal(rad[2])), prognos = try #require(Self.tal(rad[3]))
            #expect(abs(prognos - ack * 12 / 8) <= 0.005 + 1e-9 * abs(prognos), "\(rad)")
            // Four earlier years of errors give every row an interval, in order.
            let kvantiler = rad[4...7].compactMap(Self.tal)
            #expect(kvantiler.count == 4 && kvantiler == kvantiler.sorted(), "\(rad)")
        }
        // Run-rate misses the same way year after year (a year's second half is not its first): the intervals, moved
        // by the mean past error, leave most points outside, and the text says how many, as counted in prognos.csv.
        let utanfor = rader.dropFirst().filter { rad in
            let p = Self.tal(rad[3])!, p10 = Self.tal(rad[5])!, p90 = Self.tal(rad[6])!
            return p < p10 || p > p90
        }.count
        #expect(utanfor > 0 && k.stdout.contains("\(utanfor) av 19 serier har prognosen utanför sitt eget 80 %-intervall"), "\(utanfor)")
        // The year-to-date of Landstingsservice Anställda equals the sum of January–August in utfall.csv.
        let utfall = try String(contentsOf: UppfoljningCommandTests.exempel.appendingPathComponent("utfall.csv"), encoding: .utf8)
        var ack = 0.0
        for rad in utfall.split(separator: "\r\n") {
            let celler: [String] = rad.split(separator: ";").map(String.init)
            guard celler.count == 4, celler[0] == "Landstingsservice", celler[1] == "Anställda",
                  celler[2] >= "2018-01", celler[2] <= "2018-08", let belopp = Self.tal(celler[3]) else { continue }
            ack += belopp
        }
        #expect(rader.first { $0[1] == "Anställda" }.flatMap { Self.tal($0[2]) } == ack)
    }

    @Test("--spara stores one prognosis version with the method and month; series without budget are left out")
    func spara() throws {
        let (mapp, db) = try Self.exempelliggare()
        defer { try? FileManager.default.removeItem(at: mapp) }
        let k = try Korning.kor(["uppfoljning", "prognos", "--period", "2018-08", "--metod", "budget", "--framfor-avvikelse",
                                 "--spara", "--db", db])
        #expect(k.status == 0, "\(k.stderr)")
        #expect(k.stdout.hasPrefix("Prognosversion 1 sparad i liggaren"))
        let (version, antal) = try DatabaseQueue(path: db).read { db in
            (try Row.fetchOne(db, sql: "SELECT ar, manad, metod FROM prognosversion"),
             try Int.fetchOne(db, sql: "SELECT count(*) FROM prognosbelopp") ?? 0)
        }
        let v = try #require(version)
        #expect(v["ar"] as Int == 2018 && v["manad"] as Int == 8 && v["metod"] as String == "budget-framford")
        // 19 series, of which Stab / 9 Finansen has no budget.
        #expect(antal == 18)
    }

    @Test("Backtest: backtest.csv has one row per method and month, MAPE ≥ |bias|, coverage 80 ≤ 95")
    func backtest() throws {
        let (mapp, db) = try Self.exempelliggare()
        defer { try? FileManager.default.removeItem(at: mapp) }
        let ut = mapp.appendingPathComponent("ut")
        let metoder = ["runrate", "profil", "budget", "budget-framford", "regression"]
        let k = try Korning.kor(["uppfoljning", "backtest", "--db", db, "--out", ut.path] + metoder.flatMap { ["--metod", $0] })
        #expect(k.status == 0, "\(k.stderr)")
        #expect(k.stdout.contains("Backtest av helårsprognoserna över åren 2014–2018"))
        #expect(k.stdout.contains("Bästa metod per konto"))
        let rader = try Self.csv(ut.appendingPathComponent("backtest.csv"))
        #expect(rader.first == ["metod", "manad", "mape", "bias", "inom80", "inom95", "antal", "antal_intervall"])
        #expect(rader.dropFirst().map { "\($0[0]) \($0[1])" } == metoder.flatMap { m in (1...11).map { "\(m) \($0)" } })
        for rad in rader.dropFirst() {
            let mape = try #require(Self.tal(rad[2])), bias = try #require(Self.tal(rad[3]))
            #expect(mape >= abs(bias) - 0.005, "\(rad)")
            if let i80 = Self.tal(rad[4]), let i95 = Self.tal(rad[5]) { #expect(0 <= i80 && i80 <= i95 && i95 <= 100, "\(rad)") }
            // Run-rate has a prognosis for all 19 series in all five years (below): 95 per month.
            if rad[0] == "runrate" { #expect(rad[6] == "95", "\(rad)") }
            #expect(Int(rad[7]).map { $0 <= Int(rad[6])! } == true, "\(rad)")
        }
        // Run-rate has a prognosis for all 19 series in all five years; after December is never a row.
        #expect(k.stdout.contains("runrate 95"))
        // --ar: one complete year only, 19 series; a year the ledger does not hold whole is refused, code 1.
        let ett = try Korning.kor(["uppfoljning", "backtest", "--db", db, "--metod", "runrate", "--ar", "2017"])
        #expect(ett.status == 0 && ett.stdout.contains("Backtest av helårsprognoserna över året 2017") && ett.stdout.contains("runrate 19"))
        let utanfor = try Korning.kor(["uppfoljning", "backtest", "--db", db, "--metod", "runrate", "--ar", "2019"])
        #expect(utanfor.status == 1 && utanfor.stderr.contains("liggaren har utfall för 2014-01–2018-12, och 2019 är inte ett helt kalenderår i den"),
                "\(utanfor.stderr)")
    }

    @Test("A missing ledger gives the import hint; a December cut-off and an unknown method are refused")
    func fel() throws {
        let mapp = try Korning.tempmapp()
        defer { try? FileManager.default.removeItem(at: mapp) }
        let saknas = mapp.appendingPathComponent("saknas.sqlite").path
        for argument in [["prognos", "--period", "2018-08", "--metod", "profil"], ["backtest"]] {
            let k = try Korning.kor(["uppfoljning"] + argument + ["--db", saknas])
            #expect(k.status == 1 && k.stderr == "prognos: liggaren \"\(saknas)\" finns inte; läs in ett utfall först: "
                    + "prognos uppfoljning import --utfall FIL --db \(saknas) (kolumnerna enhet;konto;period;belopp)\n")
            #expect(!FileManager.default.fileExists(atPath: saknas))
        }
        let (exempel, db) = try Self.exempelliggare()
        defer { try? FileManager.default.removeItem(at: exempel) }
        let december = try Korning.kor(["uppfoljning", "prognos", "--period", "2018-12", "--metod", "runrate", "--db", db])
        #expect(december.status == 1 && december.stderr == "prognos: kan inte göra prognosen: prognosen görs efter månad 1–11, "
                + "inte 12; efter december är året känt\n")
        let framtid = try Korning.kor(["uppfoljning", "prognos", "--period", "2019-02", "--metod", "runrate", "--db", db])
        #expect(framtid.status == 1 && framtid.stderr.contains("liggaren har utfall för 2014-01–2018-12 och saknar utfall för 2019-01–2019-02"))
        #expect(try Korning.kor(["uppfoljning", "backtest", "--metod", "okand", "--db", db]).status == 64)
        #expect(try Korning.kor(["uppfoljning", "prognos", "--period", "2018-8", "--metod", "runrate", "--db", db]).status == 64)
    }

    @Test("--spara twice for one method and month keeps one version; versioner lists, comments and removes")
    func versioner() throws {
        let mapp = try Korning.tempmapp()
        defer { try? FileManager.default.removeItem(at: mapp) }
        let db = mapp.appendingPathComponent("l.sqlite").path
        let exempel = Korning.rot.appendingPathComponent("notebooks-data/uppfoljning-exempel")
        for (slag, fil) in [("--budget", "budget.csv"), ("--utfall", "utfall.csv")] {
            #expect(try Korning.kor(["uppfoljning", "import", slag, exempel.appendingPathComponent(fil).path, "--db", db]).status == 0)
        }
        for _ in 0..<2 {
            #expect(try Korning.kor(["uppfoljning", "prognos", "--period", "2018-04", "--metod", "profil", "--spara", "--db", db]).status == 0)
        }
        let lista = try Korning.kor(["uppfoljning", "versioner", "--db", db])
        let rader = lista.stdout.split(separator: "\n").filter { $0.contains("profil") }
        #expect(lista.status == 0 && rader.count == 1, "\(lista.stdout)")
        // A year without versions says so for that year, not for the ledger.
        let ar2017 = try Korning.kor(["uppfoljning", "versioner", "--ar", "2017", "--db", db])
        #expect(ar2017.stdout.contains("har inga prognosversioner för 2017."), "\(ar2017.stdout)")
        let id = String(rader[0].split(separator: " ").first ?? "")
        #expect(try Korning.kor(["uppfoljning", "versioner", "--kommentera", id, "--text", "april, enligt plan", "--db", db])
            .stdout.contains("april, enligt plan"))
        let borta = try Korning.kor(["uppfoljning", "versioner", "--ta-bort", id, "--db", db])
        #expect(borta.status == 0 && borta.stdout.contains("har inga prognosversioner"), "\(borta.stdout)")
        let saknas = try Korning.kor(["uppfoljning", "versioner", "--ta-bort", id, "--db", db])
        #expect(saknas.status == 1 && saknas.stderr.contains("prognosversion \(id) finns inte"))
    }

    @Test("import --prognos saves a förvaltning's file as a version by hand that the deviation report shows")
    func handprognos() throws {
        let mapp = try Korning.tempmapp()
        defer { try? FileManager.default.removeItem(at: mapp) }
        let db = mapp.appendingPathComponent("l.sqlite").path
        let exempel = Korning.rot.appendingPathComponent("notebooks-data/uppfoljning-exempel")
        for (slag, fil) in [("--organisation", "organisation.csv"), ("--budget", "budget.csv"), ("--utfall", "utfall.csv")] {
            #expect(try Korning.kor(["uppfoljning", "import", slag, exempel.appendingPathComponent(fil).path, "--db", db]).status == 0)
        }
        let fil = mapp.appendingPathComponent("prognos.csv")
        try Data("enhet;konto;ar;prognos;kommentar\nStab;4 Personal;2018;120000000;enligt plan\n".utf8).write(to: fil)
        let k = try Korning.kor(["uppfoljning", "import", "--prognos", fil.path, "--period", "2018-08", "--kommentar", "stabens augusti",
                                 "--db", db])
        #expect(k.status == 0 && k.stdout.contains("(för hand, efter 2018-08)") && k.stdout.contains(": 1 belopp"), "\(k.stderr)")
        let lista = try Korning.kor(["uppfoljning", "versioner", "--db", db])
        #expect(lista.stdout.contains("för hand") && lista.stdout.contains("stabens augusti"), "\(lista.stdout)")
        let avvikelse = try Korning.kor(["uppfoljning", "avvikelse", "--ar", "2018", "--db", db])
        #expect(avvikelse.status == 0 && avvikelse.stdout.contains("2018-08"), "\(avvikelse.stderr)")
        let utanPeriod = try Korning.kor(["uppfoljning", "import", "--prognos", fil.path, "--db", db])
        #expect(utanPeriod.status == 64 && utanPeriod.stderr.contains("--prognos behöver --period"))
    }
}
