import Foundation
import Testing

@Suite("prognos befolkning")
struct BefolkningCommandTests {
    /// The rows of a CSV report, without the byte-order mark, split at CRLF and semicolons.
    private func csv(_ url: URL) throws -> [[String]] {
        let data = try Data(contentsOf: url)
        #expect(Array(data.prefix(3)) == [0xEF, 0xBB, 0xBF])
        return String(decoding: data.dropFirst(3), as: UTF8.self).split(separator: "\r\n").map { $0.split(separator: ";", omittingEmptySubsequences: false).map(String.init) }
    }

    private func tal(_ s: String) -> Double { Double(s.replacingOccurrences(of: ",", with: "."))! }

    @Test("Without arguments: the medium projection of Blekinge with intervals and the comparison with 2018 and 2022")
    func standard() throws {
        let k = try Korning.kor(["befolkning", "--simuleringar", "200"])
        #expect(k.status == 0, "\(k.stderr)")
        for rubrik in ["Befolkningsprognos", "Region 10 Blekinge län, basår 2015 (folkmängd 156 253", "Åldersgrupper",
                       "Komponenter", "Jämförelse med utfall december 2018", "regionplan-2023-2025.txt:1888"] {
            #expect(k.stdout.contains(rubrik), "\(rubrik)")
        }
    }

    @Test("hamta is listed under befolkning and needs --till: without it a usage error (64) and nothing fetched")
    func hamtaAnvandning() throws {
        let hjalp = try Korning.kor(["befolkning", "--help"])
        #expect(hjalp.status == 0 && hjalp.stdout.contains("hamta") && hjalp.stdout.contains("SCB:s öppna API"), "\(hjalp.stdout)")
        let k = try Korning.kor(["befolkning", "hamta", "--region", "10"])
        #expect(k.status == 64 && k.stderr.contains("Argumentet '--till <till>' saknas"), "\(k.stderr)")
    }

    @Test("hamta refuses a --till folder with files Prognos did not write before it asks SCB for anything")
    func hamtaProvarMappenForst() throws {
        let till = try Korning.tempmapp().appendingPathComponent("data")
        try FileManager.default.createDirectory(at: till, withIntermediateDirectories: true)
        try "egen".write(to: till.appendingPathComponent("egen.txt"), atomically: true, encoding: .utf8)
        let k = try Korning.kor(["befolkning", "hamta", "--region", "10", "--till", till.path])
        #expect(k.status == 1 && k.stderr.contains("mappen innehåller sådant som Prognos inte har skrivit"), "\(k.stderr)")
        #expect(!k.stderr.contains("SCB"), "\(k.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: till.path) == ["egen.txt"])
    }

    @Test("--out writes population, components and quantiles as Swedish CSV; the base year is the data's")
    func utdata() throws {
        let ut = try Korning.tempmapp().appendingPathComponent("befolkning")
        let k = try Korning.kor(["befolkning", "scenarios/befolkning-blekinge.yaml", "--simuleringar", "100", "--horisont", "10",
                                 "--out", ut.path])
        #expect(k.status == 0, "\(k.stderr)")
        let befolkning = try csv(ut.appendingPathComponent("befolkning.csv"))
        #expect(befolkning.first == ["scenario", "ar", "kon", "alder", "antal"])
        #expect(befolkning.dropFirst().allSatisfy { $0[0] == "Blekinge län, medelalternativ" })
        // notebooks-data/scb-befolkning-1968-2015/README.md: Blekinge 31 Dec 2015 = 156 253.
        #expect(befolkning.filter { $0[1] == "2015" }.reduce(0) { $0 + tal($1[4]) } == 156_253)
        #expect(befolkning.count == 1 + 11 * 2 * 101)
        let kvantiler = try csv(ut.appendingPathComponent("kvantiler.csv"))
        #expect(kvantiler.first == ["scenario", "ar", "serie", "prognos", "p2_5", "p10", "p50", "p90", "p97_5"])
        let total2025 = try #require(kvantiler.first { $0[1] == "2025" && $0[2] == "total" })
        let varden = total2025.dropFirst(4).map(tal)
        #expect(varden == varden.sorted())
        // The deterministic total in kvantiler.csv is the sum of befolkning.csv for that year.
        let summa2025 = befolkning.filter { $0[1] == "2025" }.reduce(0) { $0 + tal($1[4]) }
        #expect(abs(tal(total2025[3]) - summa2025) < 0.1 * 202)
        #expect(try csv(ut.appendingPathComponent("komponenter.csv")).first
                == ["scenario", "ar", "fodda", "doda", "nettomigration", "tfr", "e0_kvinnor", "e0_man"])
    }

    @Test("A what-if with no net migration gives a smaller population than the medium variant")
    func whatIf() throws {
        let mapp = try Korning.tempmapp()
        let original = try String(contentsOf: Korning.rot.appendingPathComponent("scenarios/befolkning-blekinge.yaml"), encoding: .utf8)
        let kopia = mapp.appendingPathComponent("ingen-migration.yaml")
        try original.replacingOccurrences(of: "data: ../notebooks-data", with: "data: \(Korning.rot.path)/notebooks-data")
            .replacingOccurrences(of: "utfall: ../notebooks-data", with: "utfall: \(Korning.rot.path)/notebooks-data")
            .replacingOccurrences(of: "# migration: {netto_per_ar: 800}", with: "migration: {netto_per_ar: 0}")
            .write(to: kopia, atomically: true, encoding: .utf8)
        func total2045(_ fil: String, _ ut: URL) throws -> Double {
            let k = try Korning.kor(["befolkning", fil, "--simuleringar", "50", "--out", ut.path])
            #expect(k.status == 0, "\(k.stderr)")
            let rad = try #require(try csv(ut.appendingPathComponent("kvantiler.csv")).first { $0[1] == "2045" && $0[2] == "total" })
            return tal(rad[3])
        }
        let medel = try total2045("scenarios/befolkning-blekinge.yaml", mapp.appendingPathComponent("medel"))
        let utan = try total2045(kopia.path, mapp.appendingPathComponent("utan"))
        // Thirty years of 741 fewer people a year (the 2011–2015 mean), and their children, less their deaths.
        #expect(medel - utan > 741 * 30 * 0.8 && medel - utan < 741 * 30 * 1.5)
    }

    @Test("dodlighet.e0_okning_per_ar: life expectancy rises by the given years a year from the base year's, also by 0 and downwards")
    func e0Okning() throws {
        let mapp = try Korning.tempmapp()
        var bas: [String: Double] = [:]
        // The example in scenarios/befolkning-blekinge.yaml (0,15), none, a fall and a fast rise; each year's e0 is
        // the base year's plus h times the rise, within the CSV's two decimals.
        for okning in [0.15, 0, -0.2, 0.3] {
            let ut = mapp.appendingPathComponent("e0-\(okning)")
            let k = try Korning.kor(["befolkning", "scenarios/befolkning-blekinge.yaml", "--satt", "dodlighet.e0_okning_per_ar=\(okning)",
                                     "--simuleringar", "20", "--out", ut.path])
            #expect(k.status == 0, "\(okning): \(k.stderr)")
            let rader = try csv(ut.appendingPathComponent("komponenter.csv")).dropFirst()
            #expect(rader.count == 30)
            for (kolumn, kon) in [(6, "kvinnor"), (7, "män")] {
                let forsta = tal(try #require(rader.first)[kolumn])
                let e0 = bas[kon] ?? forsta - okning
                bas[kon] = e0
                for (h, rad) in rader.enumerated() {
                    #expect(abs(tal(rad[kolumn]) - (e0 + Double(h + 1) * okning)) <= 0.011, "\(okning) \(kon) \(rad)")
                }
            }
        }
    }

    @Test("backtest writes one row per year after the base year with the interval of the total")
    func backtest() throws {
        let ut = try Korning.tempmapp().appendingPathComponent("bt")
        let k = try Korning.kor(["befolkning", "backtest", "--basar", "2010", "--horisont", "10", "--simuleringar", "100",
                                 "--out", ut.path])
        #expect(k.status == 0, "\(k.stderr)")
        let rader = try csv(ut.appendingPathComponent("backtest.csv"))
        #expect(rader.first == ["ar", "prognos", "utfall", "fel_procent", "p2_5", "p10", "p90", "p97_5"])
        #expect(rader.dropFirst().map { $0[0] } == ["2011", "2012", "2013", "2014", "2015"])
        // Ten years asked for, five in the data: said, not silent.
        #expect(k.stdout.contains("Data slutar 2015, så backtesten når 5 av de 10 år efter basåret som --horisont bad om."))
        let sista = try #require(rader.last)
        #expect(tal(sista[2]) == 156_253)
        #expect(abs(tal(sista[3]) - (tal(sista[1]) - 156_253) / 156_253 * 100) < 1e-3)
        #expect(k.stdout.contains("Inom 80 %"))
        // The age groups: five rows a year; the total row is backtest.csv's; 0–19 in 2011 is the data's count.
        let grupper = try csv(ut.appendingPathComponent("backtest-aldersgrupper.csv"))
        #expect(grupper.first == ["ar", "grupp", "prognos", "utfall", "fel_procent", "p2_5", "p10", "p90", "p97_5"])
        #expect(grupper.count == 1 + 5 * 5 && grupper[1...5].map { $0[1] } == ["0-19", "20-64", "65-79", "80+", "total"])
        for (total, ar) in zip(grupper.dropFirst().filter { $0[1] == "total" }, rader.dropFirst()) {
            #expect(Array(total[2...3]) == Array(ar[1...2]) && Array(total[5...8]) == Array(ar[4...7]))
        }
        for rad in grupper.dropFirst() {
            let v = rad[5...8].map(tal)
            #expect(v == v.sorted(), "\(rad)")
        }
        // Every group's outcome, summed here from the shipped folkmangd.csv (age "100+" in 80+), and its error.
        let folk = try String(contentsOf: Korning.rot.appendingPathComponent("notebooks-data/scb-befolkning-1968-2015/folkmangd.csv"),
                              encoding: .utf8).split(separator: "\n").map { $0.split(separator: ",").map(String.init) }
        let aldrar = ["0-19": 0...19, "20-64": 20...64, "65-79": 65...79, "80+": 80...100, "total": 0...100]
        func utfall(_ ar: String, _ grupp: String) -> Double {
            folk.filter { $0.count == 5 && $0[0] == "10 Blekinge län" && $0[3] == ar
                && aldrar[grupp]!.contains($0[2] == "100+" ? 100 : Int($0[2]) ?? -1) }.reduce(0.0) { $0 + Double($1[4])! }
        }
        let unga = utfall("2011", "0-19")
        #expect(tal(grupper[1][3]) == unga && unga > 30_000)
        for rad in grupper.dropFirst() {
            let u = utfall(rad[0], rad[1])
            #expect(tal(rad[3]) == u, "\(rad)")
            #expect(abs(tal(rad[4]) - (tal(rad[2]) - u) / u * 100) < 1e-3, "\(rad)")
        }
        // The four groups split the total: their projections add up to the total's, as their outcomes do.
        for ar in Set(grupper.dropFirst().map { $0[0] }) {
            let aret = grupper.filter { $0[0] == ar }
            let delar = aret.filter { $0[1] != "total" }, total = try #require(aret.first { $0[1] == "total" })
            #expect(abs(delar.reduce(0) { $0 + tal($1[2]) } - tal(total[2])) < 0.1 * 4, "\(ar)")
            #expect(delar.reduce(0) { $0 + tal($1[3]) } == tal(total[3]), "\(ar)")
        }
    }

    @Test("backtest shows the intervals prognos befolkning would have shown at the base year: from the ten län's data up to it")
    func backtestMedPrognosensIntervall() throws {
        let mapp = try Korning.tempmapp()
        // The bundled ten län cut here at 2005, every row of a later year dropped; `prognosfel` makes their table.
        let lan = Korning.rot.appendingPathComponent("notebooks-data/scb-befolkning-lan-1968-2015")
        let kapad = mapp.appendingPathComponent("lan-2005")
        try FileManager.default.createDirectory(at: kapad, withIntermediateDirectories: true)
        for fil in ["folkmangd.csv", "fodda.csv", "doda.csv"] {
            let rader = try String(contentsOf: lan.appendingPathComponent(fil), encoding: .utf8).split(separator: "\n")
            let kvar = rader.filter { rad in rad.split(separator: ",").dropFirst(3).first.flatMap { Int($0) }.map { $0 <= 2005 } ?? true }
            try (kvar.joined(separator: "\n") + "\n").write(to: kapad.appendingPathComponent(fil), atomically: true, encoding: .utf8)
        }
        let tabell = mapp.appendingPathComponent("tabell")
        let pf = try Korning.kor(["befolkning", "prognosfel", "--data", kapad.path, "--horisont", "5", "--out", tabell.path])
        #expect(pf.status == 0, "\(pf.stderr)")
        // The projection from 2005 with that table, as a user would have run it then.
        let scenario = mapp.appendingPathComponent("s.yaml")
        try """
            data: \(Korning.rot.appendingPathComponent("notebooks-data/scb-befolkning-1968-2015").path)
            region: "10"
            basar: 2005
            horisont: 5
            simuleringar: 20
            prognosfel: \(tabell.appendingPathComponent("prognosfel.csv").path)
            """.write(to: scenario, atomically: true, encoding: .utf8)
        let p = try Korning.kor(["befolkning", scenario.path, "--out", mapp.appendingPathComponent("p").path])
        #expect(p.status == 0, "\(p.stderr)")
        let b = try Korning.kor(["befolkning", "backtest", "--basar", "2005", "--horisont", "5", "--simuleringar", "20",
                                 "--out", mapp.appendingPathComponent("b").path])
        #expect(b.status == 0, "\(b.stderr)")
        #expect(b.stdout.contains("Intervallen är de som prognosen visar: ur tidigare prognosfel för länen i scb-befolkning-lan-1968-2015, "
                                  + "från deras data till och med 2005"))
        let visade = try csv(mapp.appendingPathComponent("p/kvantiler.csv")).filter { $0.count > 7 && $0[2] == "total" }
        let provade = try csv(mapp.appendingPathComponent("b/backtest.csv")).dropFirst()
        #expect(provade.count == 5)
        for rad in provade {
            let visad = try #require(visade.first { $0[1] == rad[0] })
            #expect(abs(tal(visad[3]) - tal(rad[1])) < 0.5, "\(rad)")
            // The table's log quantiles are written with six decimals: a person or two at 150 000.
            for (v, b) in zip([4, 5, 7, 8], [4, 5, 6, 7]) { #expect(abs(tal(visad[v]) - tal(rad[b])) < 3, "\(rad) \(visad)") }
        }
    }

    @Test("backtest --alla-regioner: the simple projections and the summary against a calculation from folkmangd.csv")
    func allaRegioner() throws {
        let ut = try Korning.tempmapp().appendingPathComponent("alla")
        let k = try Korning.kor(["befolkning", "backtest", "--alla-regioner", "--data", "notebooks-data/scb-befolkning-1968-2015",
                                 "--basar", "2000,2005", "--simuleringar", "50", "--out", ut.path])
        #expect(k.status == 0, "\(k.stderr)")
        #expect(k.stdout.contains("Backtest över 1 region") && k.stdout.contains("10 Blekinge län")
                && k.stdout.contains("00 Riket ger dödlighetens mönster"), "\(k.stdout)")
        // Blekinge's totals on 31 December, summed here from the shipped folkmangd.csv.
        let folk = try String(contentsOf: Korning.rot.appendingPathComponent("notebooks-data/scb-befolkning-1968-2015/folkmangd.csv"),
                              encoding: .utf8).split(separator: "\n").map { $0.split(separator: ",").map(String.init) }
        func total(_ ar: Int) -> Double {
            folk.filter { $0.count == 5 && $0[0] == "10 Blekinge län" && $0[3] == String(ar) }.reduce(0.0) { $0 + Double($1[4])! }
        }
        func summa(_ kon: String, _ aldrar: ClosedRange<Int>, _ ar: Int) -> Double {
            folk.filter { $0.count == 5 && $0[0] == "10 Blekinge län" && $0[1] == kon && $0[3] == String(ar)
                && Int($0[2].replacingOccurrences(of: "+", with: "")).map(aldrar.contains) == true }.reduce(0.0) { $0 + Double($1[4])! }
        }
        let fall = try csv(ut.appendingPathComponent("backtest-regioner-fall.csv"))
        #expect(fall.first == ["region", "basar", "horisont", "grupp", "metod", "prognos", "utfall", "fel_procent",
                               "p2_5", "p10", "p90", "p97_5", "emp_p2_5", "emp_p10", "emp_p90", "emp_p97_5"])
        // Two base years × three horizons × five groups × four methods.
        #expect(fall.count == 1 + 2 * 3 * 5 * 4)
        var fel: [String: [Double]] = [:]
        for basar in [2000, 2005] {
            for h in [1, 5, 10] {
                let utfall = total(basar + h)
                let vantade = ["oforandrad": total(basar),
                               "konstant_tillvaxt": total(basar) * pow(total(basar) / total(basar - 10), Double(h) / 10)]
                for (metod, prognos) in vantade {
                    let rad = try #require(fall.first { $0[1] == String(basar) && $0[2] == String(h) && $0[3] == "total" && $0[4] == metod })
                    #expect(abs(tal(rad[5]) - prognos) < 0.06 && tal(rad[6]) == utfall, "\(rad)")
                    #expect(rad[8...].allSatisfy { $0.isEmpty }, "\(rad)")
                    fel["\(metod) \(h)", default: []].append((prognos - utfall) / utfall * 100)
                }
                // Under 65 the model is the mean of the cohort-component projection, each sex's constant growth rate
                // and the group unchanged, group by group (docs/befolkning.md):
                // (kohortkomponent + Σ_kön P(b)·(P(b) / P(b − 10))^(h / 10) + Σ_kön P(b)) / 3; from 65 the
                // cohort-component projection itself.
                for grupp in ["65-79", "80+"] {
                    let rad = { (metod: String) in fall.first { $0[1] == String(basar) && $0[2] == String(h) && $0[3] == grupp && $0[4] == metod } }
                    #expect(try #require(rad("modell"))[5] == (try #require(rad("kohortkomponent")))[5])
                }
                for (grupp, aldrar) in [("0-19", 0...19), ("20-64", 20...64)] {
                    let rad = { (metod: String) in fall.first { $0[1] == String(basar) && $0[2] == String(h) && $0[3] == grupp && $0[4] == metod } }
                    let modell = try #require(rad("modell")), kohort = try #require(rad("kohortkomponent"))
                    let trend = ["kvinnor", "män"].reduce(0.0) { acc, kon in
                        let bas = summa(kon, aldrar, basar), fore = summa(kon, aldrar, basar - 10)
                        return acc + bas * pow(bas / fore, Double(h) / 10)
                    }
                    let oforandrad = summa("kvinnor", aldrar, basar) + summa("män", aldrar, basar)
                    // Both are rounded to 0,1 in the file: ±0,05 and ±0,017 after the division by three.
                    #expect(abs(tal(modell[5]) - (tal(kohort[5]) + trend + oforandrad) / 3) < 0.08, "\(modell)")
                }
            }
        }
        // With two cases, the median is their mean and the 90th percentile lies 0,9 of the way from the
        // smaller to the larger (R's type 7); the bias is the mean of the signed errors.
        let summa = try csv(ut.appendingPathComponent("backtest-regioner.csv"))
        #expect(summa.first == ["metod", "grupp", "horisont", "fall", "median_abs_fel_procent", "p90_abs_fel_procent",
                                "bias_procent", "inom80_procent", "inom95_procent", "inom80_empirisk_procent",
                                "inom95_empirisk_procent"])
        for (nyckel, e) in fel {
            let delar = nyckel.split(separator: " ").map(String.init)
            let rad = try #require(summa.first { $0[0] == delar[0] && $0[1] == "total" && $0[2] == delar[1] })
            let a = e.map(abs).sorted()
            #expect(rad[3] == "2" && rad[7] == "" && rad[8] == "", "\(rad)")
            #expect(abs(tal(rad[4]) - (a[0] + a[1]) / 2) < 0.006 && abs(tal(rad[5]) - (a[0] + 0.9 * (a[1] - a[0]))) < 0.006, "\(rad)")
            #expect(abs(tal(rad[6]) - (e[0] + e[1]) / 2) < 0.006, "\(rad)")
        }
        // The model's case from 2000 is the single backtest's projection (its intervals are the ten län's past
        // errors', `backtestMedPrognosensIntervall`), and the coverage in the summary is counted from its bounds.
        let ensam = ut.deletingLastPathComponent().appendingPathComponent("ensam")
        let b = try Korning.kor(["befolkning", "backtest", "--basar", "2000", "--horisont", "10", "--simuleringar", "50", "--out", ensam.path])
        #expect(b.status == 0, "\(b.stderr)")
        let ar2010 = try #require(try csv(ensam.appendingPathComponent("backtest.csv")).first { $0[0] == "2010" })
        let modell2010 = try #require(fall.first { $0[1] == "2000" && $0[2] == "10" && $0[3] == "total" && $0[4] == "modell" })
        #expect(modell2010[5...7] == ar2010[1...3], "\(modell2010) \(ar2010)")
        let modell10 = fall.filter { $0[2] == "10" && $0[3] == "total" && $0[4] == "modell" }
        let inom80 = modell10.filter { tal($0[9]) <= tal($0[6]) && tal($0[6]) <= tal($0[10]) }.count
        let rad = try #require(summa.first { $0[0] == "modell" && $0[1] == "total" && $0[2] == "10" })
        #expect(tal(rad[7]) == Double(inom80) / 2 * 100, "\(rad)")
    }

    @Test("The shipped error table is what prognos befolkning prognosfel writes from the shipped ten län")
    func prognosfel() throws {
        let ut = try Korning.tempmapp().appendingPathComponent("prognosfel")
        let k = try Korning.kor(["befolkning", "prognosfel", "--data", "notebooks-data/scb-befolkning-lan-1968-2015", "--out", ut.path])
        #expect(k.status == 0, "\(k.stderr)")
        let skriven = try Data(contentsOf: ut.appendingPathComponent("prognosfel.csv"))
        #expect(skriven == (try Data(contentsOf: Korning.rot.appendingPathComponent("notebooks-data/befolkning-prognosfel/prognosfel.csv"))))
        // A damaged table: a count that is no number is named by file, line and column.
        let mapp = try Korning.tempmapp()
        let trasig = mapp.appendingPathComponent("trasig.csv")
        var text = String(decoding: skriven, as: UTF8.self)
        text = text.replacingOccurrences(of: "\r\ntotal;2;", with: "\r\ntotal;2;x")
        try text.write(to: trasig, atomically: true, encoding: .utf8)
        let scenario = mapp.appendingPathComponent("s.yaml")
        try "data: \(Korning.rot.path)/notebooks-data/scb-befolkning-1968-2015\nprognosfel: trasig.csv\n"
            .write(to: scenario, atomically: true, encoding: .utf8)
        let fel = try Korning.kor(["befolkning", scenario.path, "--simuleringar", "10", "--horisont", "2"])
        #expect(fel.status == 1 && fel.stderr.contains("trasig.csv:3: kolumn fall"), "\(fel.stderr)")
        // Without the row of horizon 2 the total's next row (line 3) is named; quantiles out of order on line 2.
        var rader = String(decoding: skriven, as: UTF8.self).components(separatedBy: "\r\n")
        rader.remove(at: 2)
        try rader.joined(separator: "\r\n").write(to: trasig, atomically: true, encoding: .utf8)
        let lucka = try Korning.kor(["befolkning", scenario.path, "--simuleringar", "10", "--horisont", "2"])
        #expect(lucka.status == 1 && lucka.stderr.contains("trasig.csv:3: kolumn horisont: förväntade horisont 2 för total"), "\(lucka.stderr)")
        var falt = rader[1].components(separatedBy: ";")
        falt.swapAt(6, 10)
        rader[1] = falt.joined(separator: ";")
        try rader.joined(separator: "\r\n").write(to: trasig, atomically: true, encoding: .utf8)
        let ordning = try Korning.kor(["befolkning", scenario.path, "--simuleringar", "10", "--horisont", "2"])
        #expect(ordning.status == 1 && ordning.stderr.contains("trasig.csv:2: kolumnerna p2_5–p97_5"), "\(ordning.stderr)")
        // A table the scenario names but that does not exist: the scenario's key is named.
        try "data: \(Korning.rot.path)/notebooks-data/scb-befolkning-1968-2015\nprognosfel: saknas.csv\n"
            .write(to: scenario, atomically: true, encoding: .utf8)
        let saknas = try Korning.kor(["befolkning", scenario.path, "--simuleringar", "10", "--horisont", "2"])
        #expect(saknas.status == 1 && saknas.stderr.contains("s.yaml") && saknas.stderr.contains("prognosfel")
                && saknas.stderr.contains("saknas.csv finns inte"), "\(saknas.stderr)")
    }

    @Test("backtest --alla-regioner over the ten län: every region but the country, in code order")
    func allaLan() throws {
        // ../shared/data/scb-befolkning-lan-1968-2015/README.md lists the ten län and Riket.
        let lan = Korning.rot.deletingLastPathComponent().appendingPathComponent("shared/data/scb-befolkning-lan-1968-2015").path
        let ut = try Korning.tempmapp().appendingPathComponent("lan")
        let k = try Korning.kor(["befolkning", "backtest", "--alla-regioner", "--data", lan, "--basar", "2005", "--simuleringar", "20",
                                 "--horisont", "5", "--out", ut.path, "--tyst"])
        #expect(k.status == 0, "\(k.stderr)")
        let regioner = try csv(ut.appendingPathComponent("backtest-regioner-fall.csv")).dropFirst().map { $0[0] }
        #expect(regioner.reduce(into: [String]()) { if $0.last != $1 { $0.append($1) } } == ["01 Stockholms län", "04 Södermanlands län", "05 Östergötlands län",
            "06 Jönköpings län", "12 Skåne län", "14 Västra Götalands län", "17 Värmlands län", "18 Örebro län", "21 Gävleborgs län",
            "24 Västerbottens län"])
        let summa = try csv(ut.appendingPathComponent("backtest-regioner.csv"))
        #expect(summa.filter { $0[1] == "total" }.map { "\($0[0]) \($0[2]) \($0[3])" }
                == ["modell 1 10", "modell 5 10", "oforandrad 1 10", "oforandrad 5 10", "konstant_tillvaxt 1 10", "konstant_tillvaxt 5 10",
                    "kohortkomponent 1 10", "kohortkomponent 5 10"])
        // Without --data the bundled copy of the same ten län: the same cases and the same figures.
        let utan = try Korning.kor(["befolkning", "backtest", "--alla-regioner", "--basar", "2005", "--simuleringar", "20",
                                    "--horisont", "5", "--out", ut.appendingPathComponent("standard").path, "--tyst"])
        #expect(utan.status == 0, "\(utan.stderr)")
        #expect(try csv(ut.appendingPathComponent("standard/backtest-regioner.csv")) == summa)
        // --region with --alla-regioner is a usage error, not ignored.
        let region = try Korning.kor(["befolkning", "backtest", "--alla-regioner", "--region", "12"])
        #expect(region.status == 64 && region.stderr.contains("--region väljer en region"), "\(region.stderr)")
    }

    @Test("--satt without a file changes the bundled scenario: the same as naming scenarios/befolkning-blekinge.yaml")
    func sattUtanFil() throws {
        let utan = try Korning.kor(["befolkning", "--satt", "migration.skala=0.5", "--simuleringar", "20"])
        let med = try Korning.kor(["befolkning", "scenarios/befolkning-blekinge.yaml", "--satt", "migration.skala=0.5", "--simuleringar", "20"])
        #expect(utan.status == 0 && med.status == 0, "\(utan.stderr)")
        #expect(utan.stdout == med.stdout && utan.stdout.hasPrefix("Befolkningsprognos: Blekinge län, medelalternativ (ändrat: migration.skala=0.5)"))
    }

    @Test("Bad input: a missing base year, an unknown region, an unknown variant — a clear message and exit 1")
    func felaktigt() throws {
        let utan = try Korning.kor(["befolkning", "backtest", "--horisont", "5"])
        #expect(utan.status == 1 && utan.stderr.contains("ange --basar"))
        let region = try Korning.kor(["befolkning", "--region", "99", "--simuleringar", "10"])
        #expect(region.status == 1 && region.stderr.contains("regionen finns inte i data; där finns 00 Riket, 10 Blekinge län"))
        let mapp = try Korning.tempmapp()
        let fil = mapp.appendingPathComponent("fel.yaml")
        try "data: \(Korning.rot.path)/notebooks-data/scb-befolkning-1968-2015\nvariant: mellan\n".write(to: fil, atomically: true, encoding: .utf8)
        let variant = try Korning.kor(["befolkning", fil.path])
        #expect(variant.status == 1 && variant.stderr.contains("\(fil.path):2: variant: förväntade låg, medel eller hög"))
        #expect(variant.stdout.isEmpty)
    }

    @Test("--region takes the label the data use, and an absent one is refused listing the data's regions")
    func regionSomEtikett() throws {
        // ../shared/data/scb-befolkning-lan-1968-2015/README.md lists the codes and län of the folder.
        let lan = Korning.rot.deletingLastPathComponent().appendingPathComponent("shared/data/scb-befolkning-lan-1968-2015").path
        let skane = try Korning.kor(["befolkning", "--data", lan, "--region", "12 Skåne län", "--horisont", "1", "--simuleringar", "10"])
        #expect(skane.status == 0 && skane.stdout.contains("Region 12 Skåne län, basår 2015"), "\(skane.stderr)")
        let kronoberg = try Korning.kor(["befolkning", "--data", lan, "--region", "07 Kronobergs län", "--simuleringar", "10"])
        #expect(kronoberg.status == 1 && kronoberg.stderr.contains("region 07 Kronobergs län"), "\(kronoberg.stderr)")
        #expect(kronoberg.stderr.contains("regionen finns inte i data; där finns 00 Riket, 01 Stockholms län, 04 Södermanlands län, "
            + "05 Östergötlands län, 06 Jönköpings län, 12 Skåne län, 14 Västra Götalands län, 17 Värmlands län, 18 Örebro län, "
            + "21 Gävleborgs län, 24 Västerbottens län"), "\(kronoberg.stderr)")
    }

    @Test("A simulation larger than the memory it may use is refused at once with the estimate, nothing allocated")
    func forStor() throws {
        let start = Date()
        let k = try Korning.kor(["befolkning", "--simuleringar", "1000000", "--horisont", "200"],
                                miljo: ["PROGNOS_MAX_MINNE_MIB": "1024"])
        #expect(k.status == 1 && k.stdout.isEmpty)
        // 10⁶ paths × 200 years × 12 rows (7 age groups, women, men, births, deaths, migration) × 8 bytes
        // = 19 200 000 000 bytes = 17,9 GiB.
        #expect(k.stderr == "prognos: simuleringen av 1000000 banor × 200 år behöver uppskattningsvis 17,9 GiB, men körningen "
                + "har 1,0 GiB ledigt; minska simuleringar eller horisont (--simuleringar, --horisont)\n", "\(k.stderr)")
        #expect(Date().timeIntervalSince(start) < 10)
        let backtest = try Korning.kor(["befolkning", "backtest", "--basar", "2000", "--simuleringar", "1000000", "--horisont", "15"],
                                       miljo: ["PROGNOS_MAX_MINNE_MIB": "100"])
        #expect(backtest.status == 1 && backtest.stderr.contains("backtesten med 1000000 banor × 15 år behöver"))
    }

    @Test("Data too large to read in the memory the run may use are refused before reading, with the estimate")
    func forStoraData() throws {
        // The shipped data are 1,4 MB (du -b); 24 bytes per byte read is 33 MiB, above a 10 MiB cap. The example
        // budget is 48 kB, 1,1 MiB if it were read whole, above a 1 MiB cap; but outcome and budget are read line by
        // line, in memory that does not grow with the file, so the budget is imported under that cap.
        let k = try Korning.kor(["befolkning", "--simuleringar", "10"], miljo: ["PROGNOS_MAX_MINNE_MIB": "10"])
        #expect(k.status == 1 && k.stderr.contains("inläsningen av ") && k.stderr.contains("dela upp filen"), "\(k.stderr)")
        let mapp = try Korning.tempmapp()
        defer { try? FileManager.default.removeItem(at: mapp) }
        let import_ = try Korning.kor(["uppfoljning", "import", "--budget", "notebooks-data/uppfoljning-exempel/budget.csv",
                                       "--db", mapp.appendingPathComponent("x.sqlite").path], miljo: ["PROGNOS_MAX_MINNE_MIB": "1"])
        #expect(import_.status == 0 && import_.stdout.contains("1 080 belopp"), "\(import_.stderr)\(import_.stdout)")
    }
}
