import Application
import Foundation
import Personal
import Testdelar
import Testing
@testable import Input

/// The HR export as the stock: the generated example against the documents and today's `bemanning.csv`, the
/// aggregation against a hand calculation, bad rows, which file counts, and the model on the export. Set
/// PROGNOS_SKRIV_EXEMPEL=1 to write the example anew after a change to the generator.
@Suite("HR-exporten")
struct AnstalldaexportTests {
    static let blekinge = Projekt.rot.appendingPathComponent("notebooks-data/personal-blekinge-2018")
    static let exempel = Projekt.rot.appendingPathComponent("notebooks-data/personal-hr-exempel/anstallda.csv")
    static let scenario = Projekt.rot.appendingPathComponent("scenarios/personal-hr-exempel.yaml")
    static let grupper: Set<String> = ["läkare", "sjuksköterskor", "undersköterskor", "övriga"]

    /// A data folder with one area, `vård`, no hired personnel, everyone retiring at 69, and `filer`.
    private func mapp(_ filer: [String: String]) throws -> URL {
        let mapp = try Projektmappar.tempmapp("hr")
        let grund = ["vardtyngd.csv": "omrade,alder_fran,alder_till,kvinnor,man,kalla\nvård,0,100,1,1,test\n",
                     "inhyrda.csv": "grupp,omrade,kostnad_mnkr,kalla\n", "pensionering.csv": "alder,andel,kalla\n69,1,test\n"]
        for (namn, text) in grund.merging(filer, uniquingKeysWith: { $1 }) {
            try text.write(to: mapp.appendingPathComponent(namn), atomically: true, encoding: .utf8)
        }
        return mapp
    }

    private static let fem = """
        grupp;omrade;alder;kon;sysselsattningsgrad;manadslon
        läkare;vård;25;K;100;60000
        läkare;vård;28;M;50;50000
        läkare;vård;45;K;80;70000
        läkare;vård;72;M;100;80000
        sjuksköterskor;vård;33;K;62,5;36000

        """

    /// The cited line of a seed document, without surrounding spaces.
    private func rad(_ fil: String, _ nummer: Int) throws -> String {
        let text = try String(contentsOf: Projekt.kallor.appendingPathComponent(fil), encoding: .utf8)
        return text.split(separator: "\n", omittingEmptySubsequences: false)[nummer - 1].trimmingCharacters(in: .whitespaces)
    }

    @Test("The shipped example is what the generator makes with its seed")
    func reproducerbar() throws {
        let text = try Anstalldagenerator.text()
        if ProcessInfo.processInfo.environment["PROGNOS_SKRIV_EXEMPEL"] == "1" { try Data(text.utf8).write(to: Self.exempel) }
        #expect(try Data(contentsOf: Self.exempel) == Data(text.utf8), "anstallda.csv skiljer sig från generatorns; kör med PROGNOS_SKRIV_EXEMPEL=1")
    }

    @Test("The generated export aggregates to the documents' headcounts and FTE, and to today's bemanning.csv elsewhere")
    func dokumenterat() throws {
        let b = try Personaldata.las(katalog: Self.blekinge, anstallda: Self.exempel, grupper: Self.grupper).bestand
        func summa(_ b: Personalbestand, _ grupp: String, _ omrade: String) -> (antal: Double, aa: Double, lon: Double) {
            let s = b.segment.firstIndex(of: Segment(grupp: grupp, omrade: omrade))!
            let aa = zip(b.antal[s], b.grad[s]).map { $0 * $1 }
            return (b.antal[s].reduce(0, +), aa.reduce(0, +), zip(aa, b.lon[s]).reduce(0) { $0 + $1.0 * $1.1 } / aa.reduce(0, +))
        }
        let fil = "regionstyrelsen-2019-02-13.txt"
        // Lines 10163–10167: 64 permanently employed doctors (total rate 50,0) and 35 ST doctors (28,0) in primary care.
        #expect(try rad(fil, 10163).hasSuffix("uppgick till 64 fast anställda läkare (total"))
        #expect(try rad(fil, 10165).hasPrefix("sysselsättningsgrad 50,0)"))
        #expect(try rad(fil, 10167).hasPrefix("och 35 ST-läkare (total sysselsättningsgrad 28,0)"))
        let lakare = summa(b, "läkare", "primärvård")
        #expect(lakare.antal == 64 + 35 && abs(lakare.aa - (50.0 + 28.0)) < 1e-9)
        // Lines 10197–10199: 195 permanently employed nurses.
        #expect(try rad(fil, 10197).hasSuffix("uppgick till 195"))
        #expect(try rad(fil, 10199).hasPrefix("fast anställda sjuksköterskor"))
        #expect(summa(b, "sjuksköterskor", "primärvård").antal == 195)
        // Lines 13739 and 5632: 584 employees in Landstingsservice, 143 in the director's staff (2018: the middle
        // three columns, women, men, total); lines 13642 and 5486: 523,5 and 120,8 FTE.
        #expect(try rad(fil, 13739) == "Total [anställda] 379 231 610 361 223 584 -18 -8 -26")
        #expect(try rad(fil, 5632) == "Total [anställda] 106 35 141 103 40 143 -3 5 2")
        #expect(try rad(fil, 13642).hasPrefix("Total [årsarbetare] 332,9 218,7 551,7 311,0 212,5 523,5"))
        #expect(try rad(fil, 5486).hasPrefix("Total [årsarbetare] 83,7 30,9 114,6 86,8 34,1 120,8"))
        let service = summa(b, "övriga", "service och stab")
        #expect(service.antal == 584 + 143 && abs(service.aa - (523.5 + 120.8)) < 1e-9)
        let rader = try Anstalldaexport.las(Self.exempel, grupper: nil, omraden: ["sjukhusvård", "primärvård", "psykiatri", "service och stab"])
        let stab = rader.filter { $0.segment == Segment(grupp: "övriga", omrade: "service och stab") }
        #expect(stab.filter { $0.kon == .kvinna }.count == 361 + 103 && stab.filter { $0.kon == .man }.count == 223 + 40)

        // Elsewhere today's bemanning.csv: the same headcount, FTE to its hundredths and salary to the krona, each
        // band within one person of the file's share.
        let idag = try Personaldata.las(katalog: Self.blekinge).bestand
        #expect(b.segment == idag.segment && b.aldersband == idag.aldersband)
        for (s, segment) in idag.segment.enumerated() where Anstalldagenerator.dokumenterat[segment] == nil {
            let (x, y) = (summa(b, segment.grupp, segment.omrade), summa(idag, segment.grupp, segment.omrade))
            #expect(x.antal == y.antal.rounded() && abs(x.aa - y.aa) < 0.005 && abs(x.lon - y.lon) < 1, "\(segment)")
            for k in 0..<idag.aldersband.antal {
                #expect(abs(b.antal[s][k] - idag.antal[s][k] / y.antal * x.antal) < 1, "\(segment) \(idag.aldersband.namn(k))")
            }
        }
    }

    @Test("Five employees aggregate as computed by hand: headcount, FTE as Σ rate, salary weighted by rate, the bands")
    func handrakning() throws {
        let data = try Personaldata.las(katalog: try mapp(["anstallda.csv": Self.fem]), grupper: ["läkare", "sjuksköterskor"])
        let b = data.bestand
        #expect(data.bestandsfil.lastPathComponent == "anstallda.csv")
        // Ages 25–72: the bands 20–29 … 65–69, and 70–80 for the one aged 72.
        #expect(b.aldersband.band == [20...29, 30...39, 40...49, 50...59, 60...64, 65...69, 70...80])
        #expect(b.segment == [Segment(grupp: "läkare", omrade: "vård"), Segment(grupp: "sjuksköterskor", omrade: "vård")])
        // Doctors 20–29: two, 1,0 + 0,5 FTE, (1,0 · 60 000 + 0,5 · 50 000) / 1,5 kr; 40–49 and 70–80 one each.
        #expect(b.antal[0] == [2, 0, 1, 0, 0, 0, 1])
        // A band without staff: the segment's rate 3,3 / 4 and salary (60 000 + 25 000 + 56 000 + 80 000) / 3,3.
        let tom = 3.3 / 4, tomLon = (60_000.0 + 25_000 + 56_000 + 80_000) / 3.3
        for (x, y) in zip(b.grad[0], [0.75, tom, 0.8, tom, tom, tom, 1.0]) { #expect(abs(x - y) < 1e-12) }
        for (x, y) in zip(b.lon[0], [85_000 / 1.5, tomLon, 70_000, tomLon, tomLon, tomLon, 80_000]) { #expect(abs(x - y) < 1e-9) }
        // The nurse, 62,5 % (decimal comma in a semicolon file) in 30–39; the empty bands take her rate and salary.
        #expect(b.antal[1] == [0, 1, 0, 0, 0, 0, 0])
        #expect(b.grad[1].allSatisfy { abs($0 - 0.625) < 1e-12 } && b.lon[1].allSatisfy { $0 == 36_000 })
    }

    @Test("Bad rows: age outside 15–80, rate outside 0–100, unknown group or area, bad sex, a missing column or field")
    func felaktigaRader() throws {
        let fall: [(fran: String, till: String, rad: Int?, nyckel: String, text: String)] = [
            ("läkare;vård;45;", "läkare;vård;14;", 4, "kolumn alder", "förväntade en ålder i hela år 15–80, fick \"14\""),
            ("läkare;vård;45;", "läkare;vård;81;", 4, "kolumn alder", "15–80"),
            ("läkare;vård;45;", "läkare;vård;45,5;", 4, "kolumn alder", "hela år"),
            ("läkare;vård;45;K;80;", "läkare;vård;45;K;101;", 4, "kolumn sysselsattningsgrad", "utanför"),
            ("läkare;vård;45;K;80;", "läkare;vård;45;K;-5;", 4, "kolumn sysselsattningsgrad", "utanför"),
            ("läkare;vård;45;K;80;", "läkare;vård;45;K;80.5;", 4, "kolumn sysselsattningsgrad", "decimaltecknet"),
            ("läkare;vård;45;", "barnmorskor;vård;45;", 4, "kolumn grupp", "okänd yrkesgrupp \"barnmorskor\"; scenariot har antaganden för läkare, sjuksköterskor"),
            ("läkare;vård;45;", "läkare;vårdcentral;45;", 4, "kolumn omrade", "okänt vårdområde \"vårdcentral\"; vardtyngd.csv har vård"),
            ("läkare;vård;45;K;", "läkare;vård;45;X;", 4, "kolumn kon", "förväntade K eller M"),
            ("läkare;vård;45;K;80;70000", "läkare;vård;45;K;80", 4, "", "förväntade 6 fält"),
            (";manadslon\n", ";lon\n", 1, "kolumn manadslon", "kolumnen saknas i rubrikraden"),
        ]
        for f in fall {
            let text = Self.fem.replacingOccurrences(of: f.fran, with: f.till)
            #expect(text != Self.fem)
            let katalog = try mapp(["anstallda.csv": text])
            do {
                _ = try Personaldata.las(katalog: katalog, grupper: ["läkare", "sjuksköterskor"])
                Issue.record("\(f.till) lästes utan fel")
            } catch {
                #expect(error.fil.hasSuffix("/anstallda.csv") && error.rad == f.rad && error.nyckel == f.nyckel && error.problem.contains(f.text),
                        "\(error)")
            }
        }
    }

    @Test("Which file gives the stock: the scenario's export before the folder's files; both in the folder is refused")
    func vilkenFil() throws {
        let bemanning = "grupp,omrade,aldersband,antal,arsarbetare,sysselsattningsgrad,manadslon,kalla\nläkare,vård,20-69,10,9,90,60000,test\n"
        let bada = try mapp(["anstallda.csv": Self.fem, "bemanning.csv": bemanning])
        do {
            _ = try Personaldata.las(katalog: bada)
            Issue.record("mappen med båda filerna lästes utan fel")
        } catch {
            #expect(error.fil == bada.path && error.problem.contains("både bemanning.csv och anstallda.csv")
                    && error.problem.contains("nyckeln anstallda"), "\(error)")
        }
        // The scenario's key names the export: it counts, and the folder's bemanning.csv is not read.
        let export = try mapp(["fem.csv": Self.fem]).appendingPathComponent("fem.csv")
        let medNyckel = try Personaldata.las(katalog: bada, anstallda: export)
        #expect(medNyckel.bestandsfil == export && medNyckel.bestand.antal[0] == [2, 0, 1, 0, 0, 0, 1])
        let bara = try Personaldata.las(katalog: try mapp(["bemanning.csv": bemanning]))
        #expect(bara.bestandsfil.lastPathComponent == "bemanning.csv" && bara.bestand.antal == [[10]])
        let ingen = try mapp([:])
        do {
            _ = try Personaldata.las(katalog: ingen)
            Issue.record("mappen utan bemanning lästes utan fel")
        } catch {
            #expect(error.problem.contains("varken bemanning.csv eller anstallda.csv"), "\(error)")
        }
    }

    @Test("The model on the generated export gives every year as on its aggregate written as bemanning.csv")
    func sammaSomBemanning() throws {
        let export = try Personalkorning(try Personalscenario.las(Self.scenario))
        #expect(export.data.bestandsfil == Self.exempel)
        // The aggregate written as bemanning.csv in a copy of the data folder, FTE as antal × rate.
        let kopia = try Projektmappar.tempmapp("hr-bemanning")
        for fil in ["inhyrda.csv", "vardtyngd.csv", "pensionering.csv", "mal.csv"] {
            try FileManager.default.copyItem(at: Self.blekinge.appendingPathComponent(fil), to: kopia.appendingPathComponent(fil))
        }
        let b = export.data.bestand
        var rader = ["grupp,omrade,aldersband,antal,arsarbetare,sysselsattningsgrad,manadslon,kalla"]
        for (s, segment) in b.segment.enumerated() {
            for k in 0..<b.aldersband.antal {
                let (n, g) = (b.antal[s][k], b.grad[s][k])
                rader.append("\(segment.grupp),\(segment.omrade),\(b.aldersband.namn(k)),\(n),\(n * g),\(g * 100),\(b.lon[s][k]),test")
            }
        }
        try (rader.joined(separator: "\n") + "\n").write(to: kopia.appendingPathComponent("bemanning.csv"), atomically: true, encoding: .utf8)
        let scenario = try Projektmappar.tempmapp("hr-scenario").appendingPathComponent("aggregat.yaml")
        try "bas: \(Projekt.rot.appendingPathComponent("scenarios/personal-blekinge.yaml").path)\ndata: \(kopia.path)\n"
            .write(to: scenario, atomically: true, encoding: .utf8)
        let aggregat = try Personalkorning(try Personalscenario.las(scenario))
        let (p, q) = (try export.prognos(), try aggregat.prognos())
        #expect(p.ar == q.ar && p.segment == q.segment)
        for t in p.ar.indices {
            for (x, y) in zip(p.rader[t], q.rader[t]) {
                for (a, c) in [(x.antal, y.antal), (x.egna, y.egna), (x.behov, y.behov), (x.inhyrda, y.inhyrda), (x.anstallningar, y.anstallningar),
                               (x.egenKostnad, y.egenKostnad), (x.inhyrdKostnad, y.inhyrdKostnad), (x.ejTackt, y.ejTackt)] {
                    #expect(abs(a - c) <= 1e-9 * max(1, abs(c)), "\(p.ar[t])")
                }
            }
        }
    }

    @Test("Against today's bemanning.csv the base year's personnel cost differs by the documented segments' FTE alone")
    func skillnadMotIdag() throws {
        let export = try Personalkorning(try Personalscenario.las(Self.scenario)).prognos()
        let idag = try Personalkorning(try Personalscenario.las(Projekt.rot.appendingPathComponent("scenarios/personal-blekinge.yaml"))).prognos()
        // bemanning.csv: doctors in primary care 104,5 FTE at 72 000 kr, nurses 234,1 FTE of 260 at 36 000 kr; the
        // export: 78,0 FTE (regionstyrelsen-2019-02-13.txt lines 10165, 10167) and 195 nurses at today's rate
        // (line 10197); service och stab keeps 644,3 FTE. Salary × 12 × (1 + 43 % PO, personal-blekinge.yaml line 16).
        let lakare = (78.0 - 104.5) * 72_000, skoterskor = (195 * 234.1 / 260 - 234.1) * 36_000
        let skillnad = (lakare + skoterskor) * 12 * 1.43 / 1e6
        #expect(abs((export.personalkostnad(0) - idag.personalkostnad(0)) / 1e6 - skillnad) < 0.5)
        // The hired cost is the documented one either way (inhyrda.csv, regionstyrelsen-2019-02-13.txt line 4140).
        #expect(abs(export.totalt(0).inhyrdKostnad / 1e6 - 131.4) < 1e-9 && abs(idag.totalt(0).inhyrdKostnad / 1e6 - 131.4) < 1e-9)
    }
}
