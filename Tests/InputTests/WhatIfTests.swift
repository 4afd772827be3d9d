import Budget
import Foundation
import Testing
@testable import Input

@Suite("What-if på Regionplan 2023–2025")
struct WhatIfTests {
    @Test("Personnel indexation +1 percentage point in 2024 lowers the result by the re-indexed personnel cost")
    func personalPlusEnProcentenhet() throws {
        let bas = try Scenario.las(Projekt.standardscenario)
        let kopia = try Projekt.scenariokopia {
            $0.replacingOccurrences(of: "personalkostnader: {2023: 3.1, 2024: 3.3, 2025: 3.4}",
                                    with: "personalkostnader: {2023: 3.1, 2024: 4.3, 2025: 3.4}")
        }
        let whatIf = try Scenario.las(kopia)
        #expect(whatIf.antaganden.indexering.personalkostnader == [3.1, 4.3, 3.4])
        let r0 = try bas.berakna().resultatbudget.resultat
        let r1 = try whatIf.berakna().resultatbudget.resultat
        // Independent calculation: personnel share 45 % (scenario file) of Bilaga 1's costs
        // (7 346,3 in 2024 and 7 322,6 in 2025, line 2207) re-indexed by 1.043/1.033 from 2024 on.
        let faktor = 1.043 / 1.033 - 1
        #expect(r1[0] == r0[0])
        #expect(abs((r1[1] - r0[1]) - (-7346.3 * 0.45 * faktor)) < 1e-6)
        #expect(abs((r1[2] - r0[2]) - (-7322.6 * 0.45 * faktor)) < 1e-6)
    }

    @Test("A frame increase for a nämnd shows in its frame and in the result")
    func ramforandring() throws {
        let kopia = try Projekt.scenariokopia {
            $0.replacingOccurrences(of: "ramforandringar: {}",
                                    with: "ramforandringar:\n    Trafiknämnden: {2025: 12.5}")
        }
        let bas = try Scenario.las(Projekt.standardscenario).berakna()
        let utfall = try Scenario.las(kopia).berakna()
        #expect(abs((utfall.resultatbudget.resultat[2] - bas.resultatbudget.resultat[2]) + 12.5) < 1e-9)
        let trafik = try #require(utfall.budgetramar.ramar.first { $0.namnd == "Trafiknämnden" })
        #expect(abs(trafik.belopp[2] - (401.5 + 12.5)) < 1e-9) // Bilaga 2 line 2173: 401,5 in 2025
    }
}
