import Foundation
import Testing

/// `prognos uppfoljning avvikelse` as a user runs it on the example ledger with Landstingsservice's August
/// prognosis stored by hand: the printed tables, `avvikelse.csv`, and the refusals.
@Suite("prognos uppfoljning avvikelse")
struct UppfoljningAvvikelseTests {
    /// The example ledger imported through the CLI into `db`, with Landstingsservice's August prognosis
    /// imported as a version by hand.
    static func liggare(_ db: String) throws {
        for slag in ["utfall", "budget", "organisation"] {
            let k = try Korning.kor(["uppfoljning", "import", "--\(slag)",
                                     UppfoljningCommandTests.exempel.appendingPathComponent("\(slag).csv").path, "--db", db])
            #expect(k.status == 0, "\(k.stderr)")
        }
        // The same eleven amounts as the column `prognos_2018_08` of notebooks-data/uppfoljning-2018/landstingsservice-2018.csv, in kr.
        let k = try Korning.kor(["uppfoljning", "import", "--prognos",
                                 UppfoljningCommandTests.exempel.appendingPathComponent("prognos-landstingsservice-2018-08.csv").path,
                                 "--period", "2018-08", "--kommentar", "delårsrapport", "--db", db])
        #expect(k.status == 0, "\(k.stderr)")
    }

    @Test("--out writes avvikelse.csv with a column per version; Landstingsservice's line is its published sums")
    func csv() throws {
        let mapp = try Korning.tempmapp()
        defer { try? FileManager.default.removeItem(at: mapp) }
        let db = mapp.appendingPathComponent("l.sqlite").path
        try Self.liggare(db)
        let ut = mapp.appendingPathComponent("rapport").path
        let k = try Korning.kor(["uppfoljning", "avvikelse", "--ar", "2018", "--db", db, "--out", ut])
        #expect(k.status == 0, "\(k.stderr)")
        let data = try Data(contentsOf: URL(fileURLWithPath: ut).appendingPathComponent("avvikelse.csv"))
        #expect(data.starts(with: [0xEF, 0xBB, 0xBF]))
        let rader = String(decoding: data.dropFirst(3), as: UTF8.self).components(separatedBy: "\r\n")
        #expect(rader[0] == "nivå;namn;enhet;konto;budget;prognos_2018-08_hand;utfall;avvikelse_budget;avvikelse_prognos;"
                + "avvikelse_prognos_2018-08_hand;budget_framford_2018-08_hand;kommentar")
        // The rows of landstingsservice-2018.csv sum to budget −9 998, prognosis −2 683 and outcome −9 497 tkr
        // (notebooks-data/uppfoljning-exempel/README.md); −9 998 + 9 497 = −501, −2 683 + 9 497 = 6 814.
        #expect(rader.contains("förvaltning;Landstingsservice;;;-9998000;-2683000;-9497000;-501000;6814000;6814000;0;"))
        // Landstingsgemensamt: no prognosis; 1 109 418 − 1 078 163 = 31 255 tkr (regionstyrelsen-2019-02-13.txt:6861).
        #expect(rader.contains("förvaltning;Landstingsgemensamt;;;1109418000;;1078163000;31255000;;;;"))
        // Övrig personal (line 12557): 4 904 − 6 290 = −1 386 (printed −1 387), 4 632 − 6 290 = −1 658 (bridge, line 13004).
        #expect(rader.contains("konto;Övrig personal;Landstingsservice;Övrig personal;4904000;4632000;6290000;-1386000;-1658000;-1658000;0;"))
        // The total: the budget of the eight series outside Landstingsservice carried forward, 1 216 231 + 9 998 − 2 683
        // = 1 223 546 tkr; against the outcome 1 184 054 tkr, 39 492.
        #expect(rader.contains("totalt;Totalt;;;1216231000;1223546000;1184054000;32177000;39492000;39492000;8;"))
        #expect(k.stdout.contains("Prognoser: 2018-08 hand (delårsrapport)"))
        #expect(k.stdout.contains("positiv avvikelse = bättre än budget/prognos"))
        // The summary table is in mnkr (its largest amount, 1 216 mnkr, is over 100), the stab's rows in tkr.
        #expect(k.stdout.contains("Totalt, nämnder och förvaltningar (mnkr)"))
        #expect(k.stdout.contains("Landstingsdirektörens stab per konto (tkr)"))
        // −9 998, −2 683, −9 497, −501 and 6 814 tkr in mnkr with one decimal.
        #expect(k.stdout.split(separator: "\n").contains { $0.split(separator: " ") == ["förvaltning", "Landstingsservice", "-10,0", "-2,7", "-9,5", "-0,5", "6,8"] })
        // The stab's "4 Personal" in tkr: 86 321, 91 331, 86 321 − 91 331 = −5 010 (regionstyrelsen-2019-02-13.txt:5928).
        #expect(k.stdout.split(separator: "\n").contains { $0.split(separator: " ") == ["4", "Personal", "86", "321", "91", "331", "-5", "010"] })
        #expect(k.stdout.contains("CSV skriven till \(ut)/avvikelse.csv"))
    }

    @Test("A hand prognosis's row explanations stand beside the rows' deviations, with their version, on screen and in avvikelse.csv")
    func forklaring() throws {
        let mapp = try Korning.tempmapp()
        let db = mapp.appendingPathComponent("l.sqlite").path
        try Self.liggare(db)
        // The October prognosis again, with the region's explanation of the income row
        // (regionstyrelsen-2019-02-13.txt:12988, notebooks-data/uppfoljning-2018/landstingsservice-prognosforklaring.csv).
        let text = try String(contentsOf: UppfoljningCommandTests.exempel.appendingPathComponent("prognos-landstingsservice-2018-08.csv"),
                              encoding: .utf8)
        let forklaring = "Högre internt koncernbidrag för täckning av kapitalkostnadsunderskott"
        let rader = text.split(whereSeparator: \.isNewline).map { rad -> String in
            let celler = rad.split(separator: ";", omittingEmptySubsequences: false).prefix(4).joined(separator: ";")
            return celler + ";" + (rad.contains(";Intäkter;") ? forklaring : rad.contains("enhet;konto") ? "kommentar" : "")
        }
        let fil = mapp.appendingPathComponent("oktober.csv")
        try rader.joined(separator: "\n").write(to: fil, atomically: true, encoding: .utf8)
        let importen = try Korning.kor(["uppfoljning", "import", "--prognos", fil.path, "--period", "2018-10", "--db", db])
        #expect(importen.status == 0, "\(importen.stderr)")
        let ut = mapp.appendingPathComponent("rapport").path
        let k = try Korning.kor(["uppfoljning", "avvikelse", "--ar", "2018", "--db", db, "--out", ut])
        #expect(k.status == 0, "\(k.stderr)")
        let rad = try #require(k.stdout.split(separator: "\n").first { $0.hasPrefix("Intäkter ") })
        #expect(rad.hasSuffix("  \(forklaring) (2018-10 hand)"), "\(rad)")
        #expect(k.stdout.contains("Prognosförklaring"))
        // A row without an explanation has an empty cell; levels above rows have none.
        let csv = try String(contentsOf: URL(fileURLWithPath: ut).appendingPathComponent("avvikelse.csv"), encoding: .utf8)
        #expect(csv.contains("konto;Intäkter;Landstingsservice;Intäkter;") && csv.contains(";\(forklaring) (2018-10 hand)\r\n"))
        #expect(csv.split(separator: "\r\n").filter { $0.hasSuffix("(2018-10 hand)") }.count == 1)
        // A unit the ledger does not have is refused at its line in the file, and nothing is stored.
        let okand = mapp.appendingPathComponent("okand.csv")
        try "enhet;konto;ar;prognos\nLandstingsservice;Intäkter;2018;-1\nVerkstaden;Intäkter;2018;-2\n".write(to: okand, atomically: true, encoding: .utf8)
        let vagrad = try Korning.kor(["uppfoljning", "import", "--prognos", okand.path, "--period", "2018-11", "--db", db])
        #expect(vagrad.status == 1 && vagrad.stderr.contains("\(okand.path) rad 3: prognosen gäller enheten Verkstaden, som liggaren inte har"),
                "\(vagrad.stderr)")
        #expect(!(try Korning.kor(["uppfoljning", "versioner", "--db", db])).stdout.contains("2018-11"))
    }

    @Test("--rapport: the prognosis by month against budget and outcome, and the deviation per nämnd, as the table has them")
    func html() throws {
        let mapp = try Korning.tempmapp()
        defer { try? FileManager.default.removeItem(at: mapp) }
        let db = mapp.appendingPathComponent("l.sqlite").path
        try Self.liggare(db)
        let fil = mapp.appendingPathComponent("avvikelse.html")
        let k = try Korning.kor(["uppfoljning", "avvikelse", "--ar", "2018", "--db", db, "--rapport", fil.path])
        #expect(k.status == 0, "\(k.stderr)")
        let html = try String(contentsOf: fil, encoding: .utf8)
        func punkter(_ serie: String) -> Int {
            let delar = html.components(separatedBy: "<g class=\"serie\" data-namn=\"\(serie)\">")
            guard delar.count > 1 else { return -1 }
            return delar[1].components(separatedBy: "</g>")[0].components(separatedBy: "class=\"punkt\"").count - 1
        }
        // Budget and the closed year's outcome at every month; the hand version, made after August, has one point
        // (the total with the budget carried forward for the units it lacks).
        #expect(punkter("Budget") == 12 && punkter("Utfall helår") == 12 && punkter("Prognos hand") == 1)
        // Landstingsstyrelsen's deviation against budget: 1 216,2 − 1 184,1 = 32,2 mnkr (the text report's totals).
        #expect(html.contains("<th scope=\"row\">Landstingsstyrelsen</th><td>32,2</td>"))
        #expect(k.stdout.contains("Rapporten skriven till \(fil.path)"))
        // The chart by month describes its points as months, not years.
        #expect(html.contains("månad 1, ") && html.contains("månad 12") && !html.contains(" år 12"))
    }

    @Test("A missing or empty ledger gives the import hint, a year without outcome says which months have it; both exit 1")
    func vagran() throws {
        let mapp = try Korning.tempmapp()
        defer { try? FileManager.default.removeItem(at: mapp) }
        let saknas = mapp.appendingPathComponent("saknas.sqlite").path
        let k = try Korning.kor(["uppfoljning", "avvikelse", "--ar", "2018", "--db", saknas])
        #expect(k.status == 1 && k.stdout.isEmpty)
        #expect(k.stderr == "prognos: liggaren \"\(saknas)\" finns inte; läs in ett utfall först: prognos uppfoljning import "
                + "--utfall FIL --db \(saknas) (kolumnerna enhet;konto;period;belopp)\n")
        let tom = mapp.appendingPathComponent("tom.sqlite")
        try Data().write(to: tom)
        let tomt = try Korning.kor(["uppfoljning", "avvikelse", "--ar", "2018", "--db", tom.path])
        #expect(tomt.status == 1 && tomt.stderr.hasPrefix("prognos: liggaren \"\(tom.path)\" innehåller inget utfall eller budget än; "
                                                      + "läs in ett utfall först: prognos uppfoljning import --utfall FIL"))
        let db = mapp.appendingPathComponent("l.sqlite").path
        try Self.liggare(db)
        let ut = mapp.appendingPathComponent("rapport").path
        let ar = try Korning.kor(["uppfoljning", "avvikelse", "--ar", "2019", "--db", db, "--out", ut])
        #expect(ar.status == 1 && ar.stdout.isEmpty)
        #expect(ar.stderr == "prognos: liggaren \"\(db)\": inget utfall för 2019 att jämföra med (utfall finns för 2014-01–2018-12); "
                + "läs in årets utfall först: prognos uppfoljning import --utfall FIL\n")
        #expect(!FileManager.default.fileExists(atPath: ut))
    }

    @Test("An open year says so: outcome to August against full-year budget is marked, a closed year is not")
    func oppetAr() throws {
        let mapp = try Korning.tempmapp()
        defer { try? FileManager.default.removeItem(at: mapp) }
        let exempel = Korning.rot.appendingPathComponent("notebooks-data/uppfoljning-exempel")
        let rader = try String(contentsOf: exempel.appendingPathComponent("utfall.csv"), encoding: .utf8)
            .components(separatedBy: "\r\n").filter { rad in
                !["2018-09", "2018-10", "2018-11", "2018-12"].contains { rad.contains(";\($0);") }
            }
        let augusti = mapp.appendingPathComponent("utfall-augusti.csv")
        try Data(rader.joined(separator: "\r\n").utf8).write(to: augusti)
        let oppen = mapp.appendingPathComponent("oppen.sqlite").path, stangd = mapp.appendingPathComponent("stangd.sqlite").path
        for (db, utfall) in [(oppen, augusti), (stangd, exempel.appendingPathComponent("utfall.csv"))] {
            #expect(try Korning.kor(["uppfoljning", "import", "--budget", exempel.appendingPathComponent("budget.csv").path, "--db", db]).status == 0)
            #expect(try Korning.kor(["uppfoljning", "import", "--utfall", utfall.path, "--db", db]).status == 0)
        }
        let k = try Korning.kor(["uppfoljning", "avvikelse", "--ar", "2018", "--db", oppen])
        #expect(k.status == 0 && k.stdout.contains("OBS: året är inte avslutat. Utfallet gäller t.o.m. 2018-08"), "\(k.stdout.prefix(400))")
        #expect(!(try Korning.kor(["uppfoljning", "avvikelse", "--ar", "2018", "--db", stangd]).stdout.contains("OBS")))
    }
}
