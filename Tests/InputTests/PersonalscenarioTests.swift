import Application
import Budget
import Foundation
import Personal
import Testdelar
import Testing
@testable import Input

/// The default workforce scenario on the shipped data: the 2018 hired cost as the region documented it,
/// the budget link, and bad input.
@Suite("Personalförsörjning")
struct PersonalscenarioTests {
    static let scenario = Projekt.rot.appendingPathComponent("scenarios/personal-blekinge.yaml")
    static let data = Projekt.rot.appendingPathComponent("notebooks-data/personal-blekinge-2018")

    /// A copy of the default scenario and its data in a temporary folder laid out like the repository, with
    /// `andring` applied to the scenario's text and `data` to the data files.
    private func kopia(_ andring: (String) -> String = { $0 }, data: [String: (String) -> String] = [:]) throws -> URL {
        let rot = Projektmappar.ny("personal")
        for mapp in ["scenarios", "notebooks-data"] {
            try FileManager.default.createDirectory(at: rot.appendingPathComponent(mapp), withIntermediateDirectories: true)
        }
        for fil in ["personal-blekinge.yaml", "befolkning-blekinge.yaml", "regionplan-2023-2025.yaml"] {
            try FileManager.default.copyItem(at: Projekt.rot.appendingPathComponent("scenarios/\(fil)"),
                                             to: rot.appendingPathComponent("scenarios/\(fil)"))
        }
        for mapp in ["personal-blekinge-2018", "scb-befolkning-1968-2015", "befolkning-utfall", "regionplan-2023-2025"] {
            try FileManager.default.copyItem(at: Projekt.rot.appendingPathComponent("notebooks-data/\(mapp)"),
                                             to: rot.appendingPathComponent("notebooks-data/\(mapp)"))
        }
        for (fil, f) in data {
            let url = rot.appendingPathComponent("notebooks-data/personal-blekinge-2018/\(fil)")
            try f(try String(contentsOf: url, encoding: .utf8)).write(to: url, atomically: true, encoding: .utf8)
        }
        let fil = rot.appendingPathComponent("scenarios/whatif.yaml")
        try andring(try String(contentsOf: Self.scenario, encoding: .utf8)).write(to: fil, atomically: true, encoding: .utf8)
        return fil
    }

    private func fel(_ fil: URL) -> ScenarioFel? {
        do {
            let k = try Personalkorning(try Personalscenario.las(fil))
            _ = try k.prognos()
            Issue.record("scenariot lästes utan fel")
            return nil
        } catch {
            return error
        }
    }

    @Test("2018: hired personnel cost 131,4 mnkr, of which läkare 120,3 and sjuksköterskor 10,8, as documented")
    func kalibrering2018() throws {
        let p = try Personalkorning(try Personalscenario.las(Self.scenario)).prognos()
        #expect(p.ar.first == 2018)
        // regionstyrelsen-2019-02-13.txt lines 4140–4143: 131,4 in total, läkare 120,3, sjuksköterskor 10,8.
        #expect(abs(p.totalt(0).inhyrdKostnad / 1e6 - 131.4) < 0.05)
        #expect(abs(p.grupp("läkare", 0).inhyrdKostnad / 1e6 - 120.3) < 0.05)
        #expect(abs(p.grupp("sjuksköterskor", 0).inhyrdKostnad / 1e6 - 10.8) < 0.05)
        // Service och stab: 523,5 (line 13642) + 120,8 (line 5486) årsarbetare in 2018, before sick leave.
        let s = try #require(p.segment.firstIndex { $0.omrade == "service och stab" })
        #expect(abs(p.rader[0][s].egna / (1 - 0.064) - 644.3) < 1e-6)
    }

    @Test("A what-if on the hourly price or the hours leaves 2018 at the reported cost and changes later years only")
    func prisWhatIf() throws {
        let bas = try Personalkorning(try Personalscenario.las(Self.scenario)).prognos()
        for satt in ["grupper.läkare.timpris=1000", "grupper.läkare.timpris=1600", "timmar_per_arsarbetare=1500"] {
            let p = try Personalkorning(try Personalscenario.las(Self.scenario, satt: [satt])).prognos()
            // regionstyrelsen-2019-02-13.txt lines 4140–4143: 131,4 in total, läkare 120,3, sjuksköterskor 10,8.
            #expect(abs(p.totalt(0).inhyrdKostnad / 1e6 - 131.4) < 0.05, "\(satt)")
            #expect(abs(p.grupp("läkare", 0).inhyrdKostnad / 1e6 - 120.3) < 0.05, "\(satt)")
            #expect(abs(p.grupp("sjuksköterskor", 0).inhyrdKostnad / 1e6 - 10.8) < 0.05, "\(satt)")
            #expect(p.totalt(5).inhyrdKostnad != bas.totalt(5).inhyrdKostnad, "\(satt)")
        }
    }

    @Test("Halving recruitment raises unmet need and never lowers the cost including unmet need")
    func halveradRekrytering() throws {
        let bas = try Personalkorning(try Personalscenario.las(Self.scenario))
        var halverad = bas.antaganden
        for g in halverad.grupper.keys { halverad.grupper[g]!.rekryteringskapacitet /= 2 }
        let (a, b) = (try bas.modell.berakna(bas.antaganden), try bas.modell.berakna(halverad))
        for t in 1..<a.ar.count {
            #expect(b.totalt(t).ejTackt >= a.totalt(t).ejTackt - 1e-9, "\(a.ar[t])")
            #expect(b.kostnadMedEjTackt(t) >= a.kostnadMedEjTackt(t) - 1, "\(a.ar[t])")
        }
        #expect(b.totalt(a.ar.count - 1).ejTackt > a.totalt(a.ar.count - 1).ejTackt)
    }

    @Test("Carried into the budget, the result changes by exactly the personnel cost difference")
    func budgetlank() throws {
        let fil = try kopia {
            $0.replacingOccurrences(of: "sjuksköterskor: {personalomsattning: 7.6, rekryteringskapacitet: 150",
                                    with: "sjuksköterskor: {personalomsattning: 7.6, rekryteringskapacitet: 120")
                .replacingOccurrences(of: "referens: personal-blekinge.yaml", with: "referens: \(Self.scenario.path)")
        }
        let whatIf = try Personalkorning(try Personalscenario.las(fil))
        let p = try whatIf.prognos()
        let referens = try Personalkorning(try Personalscenario.las(Self.scenario)).prognos()
        let lank = try #require(try whatIf.budgetlank(p))
        #expect(lank.ar == [2023, 2024, 2025])
        for (i, year) in lank.ar.enumerated() {
            let t = try #require(p.ar.firstIndex(of: year))
            let skillnad = (p.personalkostnad(t) - referens.personalkostnad(t)) / 1e6
            #expect(lank.personalkostnadsforandring[i] == skillnad)
            // Fewer nurses hired: the gap is covered by hired nurses up to the limit, the rest goes unmet.
            #expect(p.grupp("sjuksköterskor", t).anstallningar < referens.grupp("sjuksköterskor", t).anstallningar)
            let diff = lank.medPersonal.resultatbudget.resultat[i] - lank.beslutad.resultatbudget.resultat[i]
            #expect(abs(diff + skillnad) < 1e-9)
        }
        // The default scenario is its own reference: no effect.
        let standard = try Personalkorning(try Personalscenario.las(Self.scenario))
        let egen = try #require(try standard.budgetlank(try standard.prognos()))
        #expect(egen.personalkostnadsforandring == [0, 0, 0])
        #expect(egen.medPersonal == egen.beslutad)
    }

    @Test("Bad personnel data: file, line and column named")
    func felaktigaData() throws {
        let fall: [(fil: String, andring: (String) -> String, rad: Int?, nyckel: String, text: String)] = [
            ("bemanning.csv", { $0.replacingOccurrences(of: "läkare,sjukhusvård,20-29,39.6,37.6,94.9", with: "läkare,sjukhusvård,20-29,-39.6,37.6,94.9") },
             2, "kolumn antal", "utanför"),
            ("bemanning.csv", { $0.replacingOccurrences(of: "läkare,sjukhusvård,20-29,39.6,37.6,94.9", with: "läkare,sjukhusvård,20-29,39.6,41.6,105") },
             2, "kolumn sysselsattningsgrad", "utanför"),
            ("bemanning.csv", { $0.replacingOccurrences(of: "läkare,sjukhusvård,20-29,39.6,37.6,94.9", with: "läkare,sjukhusvård,20-29,39.6,41.6,94.9") },
             2, "kolumn arsarbetare", "fler årsarbetare"),
            ("bemanning.csv", { $0.replacingOccurrences(of: "läkare,sjukhusvård,30-39,", with: "läkare,sjukhusvård,25-39,") },
             3, "kolumn aldersband", "överlappar"),
            ("inhyrda.csv", { $0.replacingOccurrences(of: "läkare,psykiatri,", with: "läkare,rättspsykiatri,") },
             4, "kolumn grupp", "okänd yrkesgrupp eller vårdområde"),
            ("pensionering.csv", { $0.replacingOccurrences(of: "65,0.35", with: "65,1.35") }, 7, "kolumn andel", "utanför"),
        ]
        for f in fall {
            let fil = try kopia(data: [f.fil: f.andring])
            let e = try #require(fel(fil), "\(f.fil)")
            #expect(e.fil.hasSuffix("personal-blekinge-2018/\(f.fil)") && e.rad == f.rad && e.nyckel == f.nyckel && e.problem.contains(f.text),
                    "\(e)")
        }
        // A gap between age bands: the 30-39 rows removed everywhere.
        let gap = try kopia(data: ["bemanning.csv": { $0.split(separator: "\n").filter { !$0.contains(",30-39,") }.joined(separator: "\n") + "\n" }])
        #expect(fel(gap)?.problem.contains("saknas åldrar") == true)
    }

    @Test("Bad scenario values: rates outside 0–100 % and unknown groups, at their key and line")
    func felaktigtScenario() throws {
        let omsattning = try kopia { $0.replacingOccurrences(of: "läkare: {personalomsattning: 7.6", with: "läkare: {personalomsattning: 107.6") }
        // The lines the groups are written on in the shipped scenario.
        let rader = try String(contentsOf: Self.scenario, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        let rad = { (borjan: String) in (rader.firstIndex { $0.hasPrefix(borjan) } ?? -1) + 1 }
        let e1 = try #require(fel(omsattning))
        #expect(e1.nyckel == "grupper.läkare.personalomsattning" && e1.rad == rad("  läkare: {") && e1.problem.contains("mellan 0 och 100"))
        let okand = try kopia { $0.replacingOccurrences(of: "  övriga: {", with: "  barnmorskor: {") }
        let e2 = try #require(fel(okand))
        #expect(e2.nyckel == "grupper.barnmorskor" && e2.rad == rad("  övriga: {") && e2.problem.contains("okänd yrkesgrupp"))
    }
}
