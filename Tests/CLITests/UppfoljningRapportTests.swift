import Foundation
import Testing

/// `prognos uppfoljning rapport --period` as the ekonomidirektör runs it at the delårsrapport: the example
/// ledger loaded, a profile prognosis saved after April and after August, and Landstingsservice's own August
/// prognosis (landstingsservice-2018.csv, column prognos_2018_08) imported by hand. Every figure checked is
/// computed here from the files the ledger was loaded from, not taken from the report.
@Suite("prognos uppfoljning rapport")
struct UppfoljningRapportTests {
    /// A CSV file of the report, cells per line under the header's names.
    struct Tabell {
        let rubrik: [String]
        let rader: [[String: String]]

        init(_ url: URL) throws {
            let data = try Data(contentsOf: url)
            #expect(data.starts(with: [0xEF, 0xBB, 0xBF]))
            let linjer = String(decoding: data.dropFirst(3), as: UTF8.self).components(separatedBy: "\r\n").filter { !$0.isEmpty }
            let rubrik = linjer[0].components(separatedBy: ";")
            self.rubrik = rubrik
            rader = linjer.dropFirst().map { linje in
                Dictionary(uniqueKeysWithValues: zip(rubrik, linje.components(separatedBy: ";")))
            }
        }

        func rad(_ niva: String, _ namn: String, konto: String = "") -> [String: String]? {
            rader.first { $0["niva"] == niva && $0["namn"] == namn && $0["konto"] == konto }
        }
    }

    /// Sums per unit and row of an example file (`enhet;konto;period;belopp`, whole kronor) over the months
    /// of 2018 up to `manad`.
    static func summor(_ fil: String, tillOchMed manad: Int) throws -> [String: Int] {
        let text = try String(contentsOf: UppfoljningCommandTests.exempel.appendingPathComponent(fil), encoding: .utf8)
        var summor: [String: Int] = [:]
        for linje in text.components(separatedBy: "\r\n").dropFirst() where !linje.isEmpty {
            let f = linje.components(separatedBy: ";")
            guard f[2].hasPrefix("2018-"), Int(f[2].suffix(2))! <= manad else { continue }
            summor[f[0] + "/" + f[1], default: 0] += Int(f[3])!
        }
        return summor
    }

    /// Landstingsservice's leaf rows with their August prognosis in kronor: the rows that are no other row's
    /// sum, without the totals and the two rows that are zero and not in the ledger (Inhyrda, Ankomstregistrerat).
    static func handprognos() throws -> [(konto: String, kronor: Int)] {
        let rader = try String(contentsOf: Korning.rot.appendingPathComponent("notebooks-data/uppfoljning-2018/landstingsservice-2018.csv"),
                               encoding: .utf8).split(separator: "\n").dropFirst().map { $0.components(separatedBy: ",") }
        let summarader = Set(rader.map { $0[1] })
        return rader.filter { !summarader.contains($0[0]) && !$0[0].hasPrefix("TOTALA") && $0[0] != "NETTORESULTAT" && $0[3] != "0" }
            .map { ($0[0], Int($0[5])! * 1000) }
    }

    /// The ledger in `mapp`, with versions 1 (profil after April), 2 (profil after August) and 3 (by hand).
    static func liggare(_ mapp: URL) throws -> String {
        let db = mapp.appendingPathComponent("l.sqlite").path
        for slag in ["utfall", "budget", "organisation"] {
            let k = try Korning.kor(["uppfoljning", "import", "--\(slag)", UppfoljningCommandTests.exempel.appendingPathComponent("\(slag).csv").path,
                                     "--db", db])
            #expect(k.status == 0, "\(k.stderr)")
        }
        for period in ["2018-04", "2018-08"] {
            let k = try Korning.kor(["uppfoljning", "prognos", "--metod", "profil", "--period", period, "--spara", "--db", db, "--tyst"])
            #expect(k.status == 0, "\(k.stderr)")
        }
        let fil = mapp.appendingPathComponent("ls-delar.csv")
        try ("enhet;konto;ar;prognos;kommentar\n" + handprognos().map { "Landstingsservice;\($0.konto);2018;\($0.kronor);förklaring \($0.konto)" }
            .joined(separator: "\n") + "\n").write(to: fil, atomically: true, encoding: .utf8)
        let k = try Korning.kor(["uppfoljning", "import", "--prognos", fil.path, "--period", "2018-08", "--kommentar", "delårsrapport", "--db", db])
        #expect(k.status == 0, "\(k.stderr)")
        return db
    }

    @Test("2018-08 with --version 2: to-date sums are the files' sums; every deviation is its two inputs' difference; levels add up")
    func delar() throws {
        let mapp = try Korning.tempmapp()
        defer { try? FileManager.default.removeItem(at: mapp) }
        let db = try Self.liggare(mapp)
        let ut = mapp.appendingPathComponent("ut")
        let k = try Korning.kor(["uppfoljning", "rapport", "--period", "2018-08", "--version", "2", "--db", db, "--out", ut.path])
        #expect(k.status == 0, "\(k.stderr)")
        let r = try Tabell(ut.appendingPathComponent("rapport.csv"))
        #expect(r.rubrik == ["niva", "namn", "enhet", "konto", "utfall_ack", "budget_ack", "avvikelse_ack", "budget_ar", "prognos", "prognos_version",
                             "avvikelse_prognos_budget", "foregaende_prognos", "foregaende_version", "forandring_mot_foregaende"])
        let (utfall, budgetAck, budgetAr) = (try Self.summor("utfall.csv", tillOchMed: 8), try Self.summor("budget.csv", tillOchMed: 8),
                                             try Self.summor("budget.csv", tillOchMed: 12))
        let konton = r.rader.filter { $0["niva"] == "konto" }
        #expect(konton.count == utfall.count)
        for rad in konton {
            let nyckel = rad["enhet"]! + "/" + rad["konto"]!
            #expect(Int(rad["utfall_ack"]!) == utfall[nyckel], "\(nyckel)")
            #expect(Int(rad["budget_ack"]!) == budgetAck[nyckel] ?? 0, "\(nyckel)")
            #expect(Int(rad["budget_ar"]!) == budgetAr[nyckel] ?? 0, "\(nyckel)")
        }
        func tal(_ rad: [String: String], _ kolumn: String) -> Int? { Int(rad[kolumn] ?? "") }
        for rad in r.rader {
            // Each amount is rounded to whole kronor by itself, so a difference may be off by one krona.
            #expect(abs(tal(rad, "avvikelse_ack")! - (tal(rad, "budget_ack")! - tal(rad, "utfall_ack")!)) <= 1)
            #expect(abs(tal(rad, "avvikelse_prognos_budget")! - (tal(rad, "budget_ar")! - tal(rad, "prognos")!)) <= 1)
            #expect(abs(tal(rad, "forandring_mot_foregaende")! - (tal(rad, "foregaende_prognos")! - tal(rad, "prognos")!)) <= 1)
            #expect(rad["prognos_version"] == "2" && rad["foregaende_version"] == "1")
        }
        // Nested as the organisation is: the total first, the nämnd, then each förvaltning before its units.
        #expect(r.rader.prefix(2).map { $0["niva"]! } == ["totalt", "namnd"])
        let totalt = r.rad("totalt", "Totalt")!, namnd = r.rad("namnd", "Landstingsstyrelsen")!
        let forvaltningar = r.rader.filter { $0["niva"] == "forvaltning" }, enheter = r.rader.filter { $0["niva"] == "enhet" }
        for kolumn in ["utfall_ack", "budget_ack", "budget_ar", "prognos", "foregaende_prognos"] {
            #expect(abs(tal(totalt, kolumn)! - enheter.map { tal($0, kolumn)! }.reduce(0, +)) <= enheter.count)
            #expect(abs(tal(namnd, kolumn)! - forvaltningar.map { tal($0, kolumn)! }.reduce(0, +)) <= forvaltningar.count)
        }
        #expect(Int(totalt["utfall_ack"]!) == utfall.values.reduce(0, +))
        #expect(k.stdout.contains("Periodrapport 2018-08 (tertial 2 och delårsrapport)"))
        #expect(k.stdout.contains("Året är inte avslutat: utfallet t.o.m. 2018-08 jämförs med budgeten t.o.m. 2018-08"))
    }

    @Test("the hand prognosis round-trips through versioner.csv; the total carries the budget forward for the units it lacks")
    func handversion() throws {
        let mapp = try Korning.tempmapp()
        defer { try? FileManager.default.removeItem(at: mapp) }
        let db = try Self.liggare(mapp)
        let ut = mapp.appendingPathComponent("ut")
        let k = try Korning.kor(["uppfoljning", "rapport", "--period", "2018-08", "--db", db, "--out", ut.path])
        #expect(k.status == 0, "\(k.stderr)")
        let v = try Tabell(ut.appendingPathComponent("versioner.csv"))
        #expect(v.rubrik == ["version", "period", "upphov", "kommentar", "enhet", "konto", "prognos"])
        let hand = v.rader.filter { $0["version"] == "3" }
        let fil = try Self.handprognos()
        #expect(hand.count == fil.count)
        for (konto, kronor) in fil {
            #expect(hand.contains { $0 == ["version": "3", "period": "2018-08", "upphov": "hand", "kommentar": "förklaring \(konto)",
                                           "enhet": "Landstingsservice", "konto": konto, "prognos": "\(kronor)"] }, "\(konto)")
        }
        let r = try Tabell(ut.appendingPathComponent("rapport.csv"))
        // The latest version is the hand one; it is compared with the latest of an earlier month, April's profile.
        // Landstingsservice's prognosis is its published net result, −2 683 tkr (regionstyrelsen-2019-02-13.txt:12980).
        let ls = r.rad("forvaltning", "Landstingsservice")!
        #expect(ls["prognos"] == "-2683000" && ls["prognos_version"] == "3" && ls["foregaende_version"] == "1")
        #expect(r.rad("forvaltning", "Landstingsgemensamt")!["prognos"] == "")
        // The total: Landstingsservice's prognosis and the full-year budget of every other series, marked.
        let budgetAr = try Self.summor("budget.csv", tillOchMed: 12)
        let ovriga = budgetAr.filter { !$0.key.hasPrefix("Landstingsservice/") }.values.reduce(0, +)
        let totalt = r.rad("totalt", "Totalt")!
        #expect(totalt["prognos"] == "\(ovriga - 2_683_000)" && totalt["prognos_version"] == "3 budget-framford")
        #expect(k.stdout.contains("* budget framförd"))
        // The text says how few series the version covers against those the year's versions have (the profile's 19).
        #expect(k.stdout.contains("Versionen har prognos för \(fil.count) av de 19 serier årets versioner har"), "\(k.stdout.prefix(900))")
    }

    @Test("December: the outcome against every version of the year; no open-year warning")
    func bokslut() throws {
        let mapp = try Korning.tempmapp()
        defer { try? FileManager.default.removeItem(at: mapp) }
        let db = try Self.liggare(mapp)
        let k = try Korning.kor(["uppfoljning", "rapport", "--period", "2018-12", "--db", db])
        #expect(k.status == 0, "\(k.stderr)")
        #expect(!k.stdout.contains("Året är inte avslutat"))
        #expect(k.stdout.contains("Periodrapport 2018-12 (bokslut)"))
        #expect(k.stdout.contains("Utfallet 2018 mot årets prognoser, totalt"))
        // The whole ledger's 2018 outcome in mnkr with one decimal, from utfall.csv.
        let utfall = Double(try Self.summor("utfall.csv", tillOchMed: 12).values.reduce(0, +)) / 1e6
        let text = String(format: "%.1f", utfall).replacingOccurrences(of: ".", with: ",")
        let tabell = k.stdout.components(separatedBy: "Utfallet 2018 mot årets prognoser")[1].components(separatedBy: "\n").dropFirst(3).filter { !$0.isEmpty }
        #expect(tabell.count == 3 && tabell.allSatisfy { $0.filter { !$0.isWhitespace }.contains(text) })
    }

    @Test("refusals: a month without outcome, a version that is not the year's, a malformed period")
    func vagran() throws {
        let mapp = try Korning.tempmapp()
        defer { try? FileManager.default.removeItem(at: mapp) }
        let db = try Self.liggare(mapp)
        let saknas = try Korning.kor(["uppfoljning", "rapport", "--period", "2019-02", "--db", db])
        #expect(saknas.status != 0 && saknas.stderr.contains("ingen rapport för 2019-02: liggaren har inget utfall för 2019"))
        let okand = try Korning.kor(["uppfoljning", "rapport", "--period", "2018-08", "--version", "9", "--db", db])
        #expect(okand.status != 0 && okand.stderr.contains("prognosversion 9 är inte en av årets versioner gjorda t.o.m. 2018-08 (de som finns är 1, 2, 3)"))
        // Version 2 was made after August: not available to April's report.
        let senare = try Korning.kor(["uppfoljning", "rapport", "--period", "2018-04", "--version", "2", "--db", db])
        #expect(senare.status != 0 && senare.stderr.contains("(de som finns är 1)"))
        let fel = try Korning.kor(["uppfoljning", "rapport", "--period", "2018-13", "--db", db])
        #expect(fel.status != 0 && fel.stderr.contains("--period ska vara ÅÅÅÅ-MM"))
    }

    @Test("A budget given per year is spread by each series' own profile in 2015–2017; the report and the import say so")
    func arsbudget() throws {
        let mapp = try Korning.tempmapp()
        defer { try? FileManager.default.removeItem(at: mapp) }
        let db = mapp.appendingPathComponent("l.sqlite").path
        for slag in ["utfall", "organisation"] {
            let k = try Korning.kor(["uppfoljning", "import", "--\(slag)", UppfoljningCommandTests.exempel.appendingPathComponent("\(slag).csv").path,
                                     "--db", db])
            #expect(k.status == 0, "\(k.stderr)")
        }
        let budget = try Self.summor("budget.csv", tillOchMed: 12)
        let fil = mapp.appendingPathComponent("arsbudget.csv")
        try ("enhet;konto;period;belopp\n" + budget.sorted { $0.key < $1.key }.map { "\($0.key.replacingOccurrences(of: "/", with: ";"));2018;\($0.value)" }
            .joined(separator: "\n") + "\n").write(to: fil, atomically: true, encoding: .utf8)
        let k = try Korning.kor(["uppfoljning", "import", "--budget", fil.path, "--db", db])
        #expect(k.status == 0, "\(k.stderr)")
        #expect(k.stdout.contains("\(budget.count) årsbelopp fördelade på månader: \(budget.count) efter seriens egen säsongsprofil ur utfallet"))
        let ut = mapp.appendingPathComponent("ut")
        let r = try Korning.kor(["uppfoljning", "rapport", "--period", "2018-08", "--db", db, "--out", ut.path])
        #expect(r.status == 0 && r.stdout.contains("Budget hittills i år: liggarens månadsbudget; \(budget.count) årsbelopp fördelade"))
        // Each series' budget to date: the year's amount × its outcome January–August over its outcome in 2015–2017,
        // computed here from utfall.csv.
        let text = try String(contentsOf: UppfoljningCommandTests.exempel.appendingPathComponent("utfall.csv"), encoding: .utf8)
        var ack: [String: Int] = [:], helt: [String: Int] = [:]
        for linje in text.components(separatedBy: "\r\n").dropFirst() where !linje.isEmpty {
            let f = linje.components(separatedBy: ";")
            guard ["2015", "2016", "2017"].contains(String(f[2].prefix(4))) else { continue }
            helt[f[0] + "/" + f[1], default: 0] += Int(f[3])!
            if Int(f[2].suffix(2))! <= 8 { ack[f[0] + "/" + f[1], default: 0] += Int(f[3])! }
        }
        let tabell = try Tabell(ut.appendingPathComponent("rapport.csv"))
        for (nyckel, ar) in budget {
            let rad = try #require(tabell.rader.first { $0["niva"] == "konto" && $0["enhet"]! + "/" + $0["konto"]! == nyckel })
            let vantat = Double(ar) * Double(ack[nyckel]!) / Double(helt[nyckel]!)
            #expect(abs(Double(rad["budget_ack"]!)! - vantat) <= 1, "\(nyckel)")
            #expect(rad["budget_ar"] == "\(ar)")
        }
        // The monthly budget file replaces it, and the report no longer says the budget was spread.
        _ = try Korning.kor(["uppfoljning", "import", "--budget", UppfoljningCommandTests.exempel.appendingPathComponent("budget.csv").path, "--db", db])
        let igen = try Korning.kor(["uppfoljning", "rapport", "--period", "2018-08", "--db", db])
        #expect(igen.stdout.contains("Budget hittills i år: liggarens månadsbudget, som den lästes in."))
        // A year alone is for budgets only, and a year given both ways is refused.
        let utfall = try Korning.kor(["uppfoljning", "import", "--utfall", fil.path, "--db", db])
        #expect(utfall.status != 0 && utfall.stderr.contains("arsbudget.csv:2: kolumn 3 (period)") && utfall.stderr.contains("ett helt år (ÅÅÅÅ) går bara i en budgetfil"))
        let blandad = mapp.appendingPathComponent("blandad.csv")
        try "enhet;konto;period;belopp\nStab;5 Drift;2018;100\nStab;5 Drift;2018-03;5\n".write(to: blandad, atomically: true, encoding: .utf8)
        let b = try Korning.kor(["uppfoljning", "import", "--budget", blandad.path, "--db", db])
        #expect(b.status != 0 && b.stderr.contains("blandad.csv:3") && b.stderr.contains("har redan ett årsbelopp för 2018 på rad 2"))
        // The budget is read twice (year amounts first, then the months as they are written): a month given twice
        // after a year's amount is still refused with both lines, and nothing of the file is imported.
        let dubbel = mapp.appendingPathComponent("dubbel.csv")
        try "enhet;konto;period;belopp\nStab;5 Drift;2018;1200\nStab;4 Intäkter;2018-03;5\nStab;4 Intäkter;2018-03;6\n"
            .write(to: dubbel, atomically: true, encoding: .utf8)
        let d = try Korning.kor(["uppfoljning", "import", "--budget", dubbel.path, "--db", db])
        #expect(d.status != 0 && d.stderr.contains("dubbel.csv:4") && d.stderr.contains("finns redan på rad 3"), "\(d.stderr)")
        let efter = try Korning.kor(["uppfoljning", "rapport", "--period", "2018-08", "--db", db])
        #expect(efter.stdout.contains("Budget hittills i år: liggarens månadsbudget, som den lästes in."))
    }

    @Test("With the example kontoplan: the region's key figures to date are the mapped rows' sums in utfall.csv; bad plans refused")
    func nyckeltal() throws {
        let mapp = try Korning.tempmapp()
        defer { try? FileManager.default.removeItem(at: mapp) }
        let db = try Self.liggare(mapp)
        let plan = UppfoljningCommandTests.exempel.appendingPathComponent("kontoplan.csv")
        let k = try Korning.kor(["uppfoljning", "import", "--kontoplan", plan.path, "--db", db])
        #expect(k.status == 0 && k.stdout.contains("17 konton fick sin rad i resultaträkningen"), "\(k.stdout)\(k.stderr)")
        let ut = mapp.appendingPathComponent("ut")
        let r = try Korning.kor(["uppfoljning", "rapport", "--period", "2018-08", "--version", "2", "--db", db, "--out", ut.path])
        #expect(r.status == 0 && r.stdout.contains("Regionens nyckeltal ur liggaren (mnkr)"))
        #expect(r.stdout.contains("Skatteintäkter och generella statsbidrag saknas: inget konto har raden skatteintakter eller generella_statsbidrag."))
        // The plan's lines, read here from kontoplan.csv, and the outcome to date per row from utfall.csv.
        let rader = try String(contentsOf: plan, encoding: .utf8).components(separatedBy: "\r\n").dropFirst().filter { !$0.isEmpty }
            .map { $0.components(separatedBy: ";") }
        let rad = Dictionary(uniqueKeysWithValues: rader.map { ($0[0], $0[1]) })
        var perRad: [String: Int] = [:]
        for (nyckel, belopp) in try Self.summor("utfall.csv", tillOchMed: 8) {
            perRad[rad[String(nyckel.split(separator: "/")[1])]!, default: 0] += belopp
        }
        let verksamhet = ["verksamhetens_intakter", "verksamhetens_kostnader", "avskrivningar", "verksamhetens_nettokostnad"]
            .reduce(0) { $0 + (perRad[$1] ?? 0) }
        let n = try Tabell(ut.appendingPathComponent("nyckeltal.csv"))
        func varde(_ namn: String) -> String? { n.rader.first { $0["nyckeltal"] == namn }?["utfall_ack"] }
        #expect(varde("verksamhetens_nettokostnad") == "\(verksamhet)")
        #expect(varde("finansnetto") == "\(-(perRad["finansiella_kostnader"] ?? 0))")
        #expect(varde("resultat") == "\(-perRad.values.reduce(0, +))")
        #expect(varde("skatter_och_bidrag") == "" && varde("balanskravsresultat") == "")

        let fel = mapp.appendingPathComponent("fel.csv")
        try "konto;resultatrad\nIntäkter;intakter\n".write(to: fel, atomically: true, encoding: .utf8)
        let f = try Korning.kor(["uppfoljning", "import", "--kontoplan", fel.path, "--db", db])
        #expect(f.status != 0 && f.stderr.contains("fel.csv:2: kolumn 2 (resultatrad): förväntade en av verksamhetens_intakter, "))
        let okand = mapp.appendingPathComponent("okand.csv")
        try "konto;resultatrad\nSkatt;skatteintakter\n".write(to: okand, atomically: true, encoding: .utf8)
        let o = try Korning.kor(["uppfoljning", "import", "--kontoplan", okand.path, "--db", db])
        #expect(o.status == 0 && o.stdout.contains("1 konto i filen finns inte i liggaren och hoppades över (de läses in med sina första belopp): Skatt"))
    }
}
