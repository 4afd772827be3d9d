import Budget
import Foundation
import Testing
@testable import Input

/// The plan period beyond the decided budget, and the tax base written as growth per year.
@Suite("Förlängd planperiod och skatteunderlagets ökning")
struct ForlangningTests {
    /// The default scenario with its plan period running to 2030.
    private func till2030(_ mer: String = "") throws -> Scenario {
        try Scenario.las(try Projekt.scenariokopia {
            $0.replacingOccurrences(of: "planperiod: [2023, 2024, 2025]",
                                    with: "planperiod: [2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030]") + mer
        })
    }

    @Test("The decided years are unchanged when the plan period runs past them")
    func beslutadeArenOforandrade() throws {
        let kort = try Scenario.las(Projekt.standardscenario).berakna()
        let lang = try till2030()
        #expect(lang.forlangdFran == 2026)
        let utfall = try lang.berakna()
        #expect(utfall.planperiod.ar == Array(2023...2030))
        #expect(Array(utfall.resultatbudget.resultat.prefix(3)) == kort.resultatbudget.resultat)
        #expect(Array(utfall.balansbudget.utgaendeBalans.prefix(3)) == kort.balansbudget.utgaendeBalans)
    }

    @Test("Past 2025 costs follow the last decided indexation and taxes the decided tax growth")
    func forlangningensRegler() throws {
        let r = try till2030().berakna().resultatbudget
        // Independent calculation from Bilaga 1 (regionplan-2023-2025.txt lines 2207–2213) and the
        // indexation 2025 (lines 1775–1777): personnel 3,4 %, operating 2,8 %, personnel share 45 % (scenario file).
        let kostnad2026 = -7322.6 * (0.45 * 1.034 + 0.55 * 1.028)
        let kostnad2027 = -7322.6 * (0.45 * 1.034 * 1.034 + 0.55 * 1.028 * 1.028)
        #expect(abs(r.verksamhetensKostnader[3] - kostnad2026) < 1e-6)
        #expect(abs(r.verksamhetensKostnader[4] - kostnad2027) < 1e-6)
        let tillvaxt = (4865.6 / 4543.7).squareRoot()
        #expect(abs(r.skatteintakter[3] - 4865.6 * tillvaxt) < 1e-6)
        #expect(abs(r.statsbidrag[7] - 1835.9 * pow(tillvaxt, 5)) < 1e-6)
        // Revenue of the operations is not indexed (line 1739) and stays at 2025's.
        #expect(r.verksamhetensIntakter[7] == 1075.3)
    }

    @Test("Tax base growth as SKR writes it: 4,5 % in 2024 and the decided growth after")
    func skatteokning() throws {
        let s = try Scenario.las(try Projekt.scenariokopia {
            $0.replacingOccurrences(of: "skatteunderlag_avvikelse: {2023: 0}",
                                    with: "skatteunderlag_okning: {2024: 4.5}")
        })
        let skatt = try s.berakna().resultatbudget.skatteintakter
        #expect(abs(skatt[0] - 4543.7) < 1e-9)
        #expect(abs(skatt[1] - 4543.7 * 1.045) < 1e-6)
        #expect(abs(skatt[2] - 4543.7 * 1.045 * 4865.6 / 4712.4) < 1e-6)
    }

    @Test("Growth for the first plan year, or a year given twice, is refused with the line")
    func skatteokningFel() throws {
        let forsta = try Projekt.scenariokopia {
            $0.replacingOccurrences(of: "skatteunderlag_avvikelse: {2023: 0}",
                                    with: "skatteunderlag_okning: {2023: 4.5}")
        }
        #expect { try Scenario.las(forsta) } throws: { fel in
            let fel = fel as! ScenarioFel
            return fel.nyckel == "antaganden.skatteunderlag_okning" && fel.rad != nil && fel.problem.contains("första")
        }
        let dubbel = try Projekt.scenariokopia {
            $0.replacingOccurrences(of: "skatteunderlag_avvikelse: {2023: 0}",
                                    with: "skatteunderlag_avvikelse: {2024: 1}\n  skatteunderlag_okning: {2024: 4.5}")
        }
        #expect { try Scenario.las(dubbel) } throws: { ($0 as! ScenarioFel).problem.contains("på ett ställe") }
    }

    @Test("A plan period more than ten years past the decided budget is refused at its line")
    func forLang() throws {
        let kopia = try Projekt.scenariokopia {
            $0.replacingOccurrences(of: "planperiod: [2023, 2024, 2025]",
                                    with: "planperiod: [\((2023...2036).map(String.init).joined(separator: ", "))]")
        }
        #expect { try Scenario.las(kopia) } throws: { fel in
            let fel = fel as! ScenarioFel
            return fel.nyckel == "planperiod" && fel.rad == 10 && fel.problem.contains("2035")
        }
    }
}
