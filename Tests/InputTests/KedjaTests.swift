import Application
import Befolkning
import Budget
import Foundation
import Personal
import Testdelar
import Testing
@testable import Input

/// The chain, population → workforce → budget, against the modules run one after another by hand.
@Suite("Kedjan")
struct KedjaTests {
    static let scenarier = Projekt.rot.appendingPathComponent("scenarios")
    static let kedja = scenarier.appendingPathComponent("kedja-blekinge.yaml")

    /// A chain in a fresh folder naming the bundled scenarios by absolute path, with the population
    /// scenario's text changed by `befolkning` (written beside it) and the chain's name and extra lines.
    static func kedja(namn: String, befolkning: (String) -> String = { $0 }, mer: String = "") throws -> URL {
        let mapp = try Projektmappar.tempmapp("kedja")
        let data = Projekt.rot.appendingPathComponent("notebooks-data").path
        let pop = try String(contentsOf: scenarier.appendingPathComponent("befolkning-blekinge.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "../notebooks-data", with: data)
        try befolkning(pop).write(to: mapp.appendingPathComponent("befolkning.yaml"), atomically: true, encoding: .utf8)
        let text = """
            namn: \(namn)
            befolkning: befolkning.yaml
            personal: \(scenarier.appendingPathComponent("personal-blekinge.yaml").path)
            budget: \(scenarier.appendingPathComponent("regionplan-2023-2025.yaml").path)
            \(mer)
            """
        let fil = mapp.appendingPathComponent("kedja.yaml")
        try text.write(to: fil, atomically: true, encoding: .utf8)
        return fil
    }

    /// The population scenario with migration at half the mean profile.
    static func halverad(_ text: String) -> String {
        text.replacingOccurrences(of: "# migration: {netto_per_ar: 800}", with: "migration: {skala: 0.5}")
    }

    @Test("The bundled chain changes nothing of the decided budget it stands for, continued to 2030")
    func standardkedjanArBeslutadBudget() throws {
        let r = try Kedja.kor(Self.kedja)
        #expect(r.ar == Array(2023...2030) && r.forlangdFran == 2026)
        let beslutad = try Scenario.las(Self.scenarier.appendingPathComponent("regionplan-2023-2025.yaml"),
                                        satt: ["planperiod=[\((2023...2030).map(String.init).joined(separator: ", "))]"]).berakna()
        #expect(r.budget == beslutad)
        #expect(r.personalkostnadsforandring == r.ar.map { _ in 0 })
        #expect(r.befolkningsfaktor == r.ar.map { _ in 1 })
        // Net cost per inhabitant from Bilaga 1's verksamhetens nettoresultat (regionplan-2023-2025.txt
        // line 2211: 6 320,3 mnkr in 2023) over the projected population.
        #expect(abs(r.nettokostnadPerInvanare[0] - 6320.3e6 / r.folkmangd[0]) < 1e-6)
    }

    @Test("A chained what-if equals the population, workforce and budget run one after another by hand")
    func kedjanSomForHand() throws {
        let fil = try Self.kedja(namn: "Halverad migration", befolkning: Self.halverad)
        let r = try Kedja.kor(fil)

        // By hand: the population projected to 2028, the workforce on it, the reference as the workforce
        // scenario runs alone, the cost difference and the population on 1 November into the budget.
        let pop = try Befolkningskorning(try Befolkningsscenario.las(fil.deletingLastPathComponent().appendingPathComponent("befolkning.yaml")))
        let modell = try pop.modell()
        var s = pop.scenario
        s.horisont = 2028 - pop.basar
        // As the product reports it: under 65 the mean with the constant growth rate, its factors from the
        // medium projection (Kombinationsprognos).
        let befolkning = Kombinationsprognos(medel: try modell.projicera(Befolkningsantaganden(horisont: s.horisont)),
                                             data: try pop.region.till(pop.basar)).kombinera(try modell.projicera(s.antaganden(modell)))
        let personal = try Personalscenario.las(Self.scenarier.appendingPathComponent("personal-blekinge.yaml"))
        let egen = try Personalkorning(personal, befolkning: befolkning).prognos()
        let referenskorning = try Personalkorning(personal)
        let referens = try referenskorning.prognos()
        let budget = try Scenario.las(Self.scenarier.appendingPathComponent("regionplan-2023-2025.yaml"))
        var a = budget.antaganden
        func total(_ p: Befolkningsprognos, _ year: Int) -> Double {
            p.folkmangd[p.ar.firstIndex(of: year)!].joined().reduce(0, +)
        }
        for (i, year) in [2023, 2024, 2025].enumerated() {
            let t = egen.ar.firstIndex(of: year)!, u = referens.ar.firstIndex(of: year)!
            a.personalkostnadsforandring[i] += (egen.personalkostnad(t) - referens.personalkostnad(u)) / 1e6
            let november = { (p: Befolkningsprognos) in total(p, year - 2) + (total(p, year - 1) - total(p, year - 2)) * 10 / 12 }
            a.befolkningsfaktor[i] = november(befolkning) / november(referenskorning.befolkning)
        }
        let forHand = try budget.modell.berakna(a)
        // Equal up to the order of summation.
        let nara = { (x: [Double], y: [Double]) in zip(x, y).allSatisfy { abs($0 - $1) < 1e-6 } }
        #expect(nara(r.budget.resultatbudget.resultat, forHand.resultatbudget.resultat))
        #expect(nara(r.budget.resultatbudget.skatteintakter, forHand.resultatbudget.skatteintakter))
        #expect(nara(r.budget.balansbudget.utgaendeBalans.map(\.egetKapital), forHand.balansbudget.utgaendeBalans.map(\.egetKapital)))
        #expect(nara(r.budget.finansieringsbudget.likvidaMedelUB, forHand.finansieringsbudget.likvidaMedelUB))
        #expect(nara(r.folkmangd, [2023, 2024, 2025].map { total(befolkning, $0) }))
        #expect(r.befolkningsfaktor.allSatisfy { $0 < 1 })
        // The revenue line is the population factor's effect on the decided taxes and grants.
        let beslutad = try budget.berakna().resultatbudget
        for i in 0..<3 {
            let forvantad = (a.befolkningsfaktor[i] - 1) * (beslutad.skatteintakter[i] + beslutad.statsbidrag[i])
            #expect(abs(r.intaktseffekt[i] - forvantad) < 1e-6)
        }
    }

    @Test("With revenue fixed, the population moves costs only")
    func intakterFasta() throws {
        let fil = try Self.kedja(namn: "Fasta intäkter", befolkning: Self.halverad, mer: "intakter_folja_befolkningen: false")
        let r = try Kedja.kor(fil)
        #expect(r.befolkningsfaktor == [1, 1, 1] && r.intaktseffekt == [0, 0, 0])
        #expect(r.personalkostnadsforandring.allSatisfy { $0 < 0 })
    }

    @Test("An override file and --satt give the chain an edited copy gives")
    func overridesSomKopia() throws {
        let kopia = try Self.kedja(namn: "Halverad migration", befolkning: Self.halverad)
        let mapp = try Projektmappar.tempmapp("kedja-bas")
        let over = mapp.appendingPathComponent("halverad.yaml")
        try "bas: \(kopia.path)\nbefolkning: {migration: {skala: 0.5}}\n".write(to: over, atomically: true, encoding: .utf8)
        let grund = try Self.kedja(namn: "Halverad migration")
        let a = try Kedja.kor(kopia), b = try Kedja.kor(over), c = try Kedja.kor(grund, satt: ["befolkning.migration.skala=0.5"])
        #expect(a.budget == b.budget && a.budget == c.budget)
        #expect(a.nyckeltal == b.nyckeltal && a.nyckeltal == c.nyckeltal)
        // The override is laid over a copy that already halves migration: the same; over the bundled one it changes the result.
        #expect(try Kedja.kor(grund).budget != a.budget)
    }

    @Test("A what-if for a year of the extension: the plan period is laid in before the budget is read")
    func forlangningensAr() throws {
        let bas = try Kedja.kor(Self.kedja)
        let r = try Kedja.kor(Self.kedja, satt: ["budget.antaganden.indexering.personalkostnader.2027=4"])
        // 2027 is five years on from the last decided level (Bilaga 1 line 2207: 7 322,6 mnkr in 2025); personnel
        // share 45 % (scenario file), indexed 3,4 % in 2026 and 4 % instead of 3,4 % in 2027.
        let i = try #require(r.ar.firstIndex(of: 2027))
        let forvantad = -7322.6 * 0.45 * 1.034 * (1.04 - 1.034)
        #expect(abs((r.budget.resultatbudget.resultat[i] - bas.budget.resultatbudget.resultat[i]) - forvantad) < 1e-6)
        #expect(r.budget.resultatbudget.resultat[i - 1] == bas.budget.resultatbudget.resultat[i - 1])
        // Beyond ten years past 2025 the key that asks for it is named.
        #expect { try Kedja.kor(Self.kedja, satt: ["planperiod_till=2036"]) } throws: { fel in
            (fel as! Korfel).scenarioFel?.nyckel == "planperiod_till"
        }
        // Before the budget's last decided year (2025) the period would cut its assumptions off: refused at the
        // key, saying it can be lengthened only; 2025 itself is the decided plan.
        #expect { try Kedja.kor(Self.kedja, satt: ["planperiod_till=2024"]) } throws: { fel in
            let s = (fel as! Korfel).scenarioFel
            return s?.nyckel == "planperiod_till" && s?.problem.contains("kan förlängas men inte kortas") == true
        }
        #expect(try Kedja.kor(Self.kedja, satt: ["planperiod_till=2025"]).ar == [2023, 2024, 2025])
    }

    @Test("An unknown key in a chain override and a circular bas: are errors naming file and key")
    func felIOverride() throws {
        let mapp = try Projektmappar.tempmapp("kedja-fel")
        let over = mapp.appendingPathComponent("fel.yaml")
        try "bas: \(KedjaTests.kedja.path)\nbefolkning:\n  migraton: {skala: 0.5}\n".write(to: over, atomically: true, encoding: .utf8)
        #expect { try Kedja.kor(over) } throws: { fel in
            let f = (fel as! Korfel).scenarioFel
            return f?.fil == over.path && f?.rad == 3 && f?.nyckel == "befolkning.migraton"
        }
        let a = mapp.appendingPathComponent("a.yaml"), b = mapp.appendingPathComponent("b.yaml")
        try "bas: b.yaml\n".write(to: a, atomically: true, encoding: .utf8)
        try "bas: a.yaml\n".write(to: b, atomically: true, encoding: .utf8)
        #expect { try Kedja.kor(a) } throws: { fel in
            let f = (fel as! Korfel).scenarioFel
            return f?.nyckel == "bas" && f?.problem.contains("cirkel") == true
        }
    }

    @Test("The comparison's differences are the differences of the single runs")
    func jamforelseArSkillnaderAvEnskildaKorningar() throws {
        let fil = try Self.kedja(namn: "Halverad migration", befolkning: Self.halverad)
        let grund = try Self.kedja(namn: "Huvudalternativ")
        let budgetfil = Self.scenarier.appendingPathComponent("regionplan-2023-2025.yaml")
        let j = try Scenariojamforelse([grund, fil, budgetfil])
        let a = try Kedja.kor(grund), b = try Kedja.kor(fil)
        #expect(j.scenarier.map(\.namn) == [a.namn, b.namn, "Regionplan 2023–2025 (beslutad budget)"])
        for n in a.nyckeltal {
            let m = try #require(b.nyckeltal.first { $0.nyckel == n.nyckel })
            for (i, year) in a.ar.enumerated() {
                let skillnad = try #require(j.scenarier[1].varde(n.nyckel, year)) - #require(j.scenarier[0].varde(n.nyckel, year))
                #expect(skillnad == m.varden[i] - n.varden[i], "\(n.nyckel) \(year)")
            }
        }
        // A budget-only scenario has the budget's key figures, those of the decided budget.
        let beslutad = try Scenario.las(budgetfil).berakna()
        #expect(j.scenarier[2].varde("resultat", 2025) == beslutad.resultatbudget.resultat[2])
        #expect(j.scenarier[2].varde("folkmangd", 2025) == nil)
    }

    @Test("A chain whose population starts too late for the budget's revenue is refused naming the key")
    func befolkningForSen() throws {
        let fil = try Self.kedja(namn: "Sen", befolkning: { $0.replacingOccurrences(of: "# basar: 2015", with: "basar: 2022") })
        #expect { try Kedja.kor(fil) } throws: { fel in
            "\(fel)".contains("befolkning.basar") || "\(fel)".contains("basår")
        }
    }
}

/// The chain's stochastic paths.
@Suite("Kedjans osäkerhet")
struct KedjeintervallTests {
    /// The bundled error table with every row moved to a median of zero (each quantile less the row's p50;
    /// past the rows the table's own quantiles with a median of zero, as the spread ratios give them),
    /// written to a fresh folder.
    static func tabellUtanMedianfel() throws -> URL {
        let text = try String(contentsOf: Projekt.rot.appendingPathComponent("notebooks-data/befolkning-prognosfel/prognosfel.csv"), encoding: .utf8)
        let tal = { (s: Substring) in Double(s.replacingOccurrences(of: ",", with: "."))! }
        let rader = text.split(whereSeparator: \.isNewline).enumerated().map { i, rad -> String in
            guard i > 0 else { return String(rad) }
            let f = rad.split(separator: ";", omittingEmptySubsequences: false)
            let median = tal(f[8])
            return (f[0..<6].map(String.init) + f[6...10].map { String(format: "%.6f", tal($0) - median).replacingOccurrences(of: ".", with: ",") })
                .joined(separator: ";")
        }
        let fil = try Projektmappar.tempmapp("prognosfel").appendingPathComponent("prognosfel.csv")
        try (rader.joined(separator: "\r\n") + "\r\n").write(to: fil, atomically: true, encoding: .utf8)
        return fil
    }

    @Test("With an error table without median error the median path is the deterministic chain within Monte Carlo error, and a seed gives the same quantiles")
    func medianOchSeed() throws {
        let banor = 300
        // The paths' age groups have the table's distribution around the projection, its median the projection
        // times exp(ē(h)) as in `prognos befolkning`; with ē = 0 the median path is the deterministic chain.
        let tabell = try Self.tabellUtanMedianfel()
        let fil = try KedjaTests.kedja(namn: "Huvudalternativ 2023–2025", befolkning: { $0 + "\nprognosfel: \(tabell.path)\n" })
        let r = try Kedja.kor(fil, simuleringar: banor, seed: 7)
        let intervall = try #require(r.intervall)
        #expect(intervall.banor == banor && intervall.ar == [2023, 2024, 2025])
        let deterministisk = Dictionary(uniqueKeysWithValues: r.nyckeltal.map { ($0.nyckel, $0.varden) })
        for serie in intervall.serier {
            let varden = try #require(deterministisk[serie.nyckel])
            for (i, q) in serie.kvantiler.enumerated() {
                #expect(q.p2_5 <= q.p10 && q.p10 <= q.p50 && q.p50 <= q.p90 && q.p90 <= q.p97_5)
                // The median's standard error is about 1,2533 σ / √n, with σ from the 10–90 % range of a normal
                // distribution (2 · 1,2816 σ); four standard errors.
                let sigma = (q.p90 - q.p10) / 2.5631
                let grans = 4 * 1.2533 * sigma / Double(banor).squareRoot()
                #expect(abs(q.p50 - varden[i]) <= grans, "\(serie.nyckel) \(intervall.ar[i]): median \(q.p50), deterministiskt \(varden[i])")
            }
        }
        let igen = try #require(try Kedja.kor(fil, simuleringar: banor, seed: 7).intervall)
        #expect(igen.serier.map(\.kvantiler) == intervall.serier.map(\.kvantiler))
    }
}
