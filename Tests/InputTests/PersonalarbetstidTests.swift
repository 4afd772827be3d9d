import Application
import Foundation
import Personal
import Report
import Testdelar
import Testing
@testable import Input

/// The working-time and training keys of a workforce scenario on top of the shipped one: read into the
/// assumptions, refused at their key and line, and carried into the budget by exactly the cost difference.
@Suite("Personalscenariots arbetstid och utbildning")
struct PersonalarbetstidTests {
    /// A scenario file that builds on the shipped one with `tillagg` laid over it.
    private func scenario(_ tillagg: String) throws -> URL {
        let mapp = try Projektmappar.tempmapp("arbetstid")
        let fil = mapp.appendingPathComponent("whatif.yaml")
        try ("bas: \(PersonalscenarioTests.scenario.path)\n" + tillagg).write(to: fil, atomically: true, encoding: .utf8)
        return fil
    }

    private let tillagg = """
        sjukfranvaro: {standard: 6.4, 2023: 6.0}
        heltid: {mal: 95, ar: 2025, fran: 2022}
        grupper:
          läkare: {utbildning: {platser: 10, ar: 5, fullfoljer: 90, kostnad: 870000}}
          övriga: {heltid: {mal: 90, ar: 2020}}

        """

    @Test("sjukfranvaro as a path, heltid for all groups and one group's own, and utbildning are read")
    func lases() throws {
        let k = try Personalkorning(try Personalscenario.las(try scenario(tillagg)))
        let a = k.antaganden
        #expect(a.sjukfranvaro == 0.064 && a.sjukfranvaroFran == [2023: 0.06])
        #expect(a.sjukfranvaro(ar: 2022) == 0.064 && a.sjukfranvaro(ar: 2028) == 0.06)
        #expect(a.grupper["sjuksköterskor"]?.heltid == Heltid(mal: 0.95, ar: 2025, fran: 2022))
        #expect(a.grupper["övriga"]?.heltid == Heltid(mal: 0.9, ar: 2020))
        #expect(a.grupper["läkare"]?.utbildning == Utbildning(platser: 10, ar: 5, fullfoljer: 0.9, kostnad: 870_000))
        #expect(a.grupper["sjuksköterskor"]?.utbildning == nil)
        // The shipped data's 2018 hired cost is the reported one whatever the levers (regionstyrelsen-2019-02-13.txt
        // lines 4140–4143: 131,4 mnkr).
        let p = try k.prognos()
        #expect(abs(p.totalt(0).inhyrdKostnad / 1e6 - 131.4) < 0.05)
        #expect(abs(p.grupp("läkare", p.ar.firstIndex(of: 2023)!).franUtbildning - 9) < 1e-9)
        // On screen: the training table with the trainees and the completed, only when a group trains.
        let text = Personalrapport(namn: "", prognos: p, budget: nil).text
        #expect(text.contains("Egen utbildning") && text.contains("läkare i utb.") && !text.contains("sjuksköterskor i utb."))
        let utan = try Personalkorning(try Personalscenario.las(PersonalscenarioTests.scenario)).prognos()
        #expect(!Personalrapport(namn: "", prognos: utan, budget: nil).text.contains("Egen utbildning"))
    }

    @Test("Carried into the budget with the levers, the result changes by exactly the personnel cost difference")
    func budgetlank() throws {
        // The shipped scenario's budget link, its reference the shipped scenario itself.
        let k = try Personalkorning(try Personalscenario.las(try scenario(tillagg)))
        let p = try k.prognos()
        let referens = try Personalkorning(try Personalscenario.las(PersonalscenarioTests.scenario)).prognos()
        let lank = try #require(try k.budgetlank(p))
        for (i, year) in lank.ar.enumerated() {
            let t = try #require(p.ar.firstIndex(of: year))
            let skillnad = (p.personalkostnad(t) - referens.personalkostnad(t)) / 1e6
            #expect(skillnad != 0 && lank.personalkostnadsforandring[i] == skillnad)
            let diff = lank.medPersonal.resultatbudget.resultat[i] - lank.beslutad.resultatbudget.resultat[i]
            #expect(abs(diff + skillnad) < 1e-9)
        }
    }

    @Test("Bad levers: the key and line named")
    func felaktiga() throws {
        let fall: [(text: String, nyckel: String, rad: Int, problem: String)] = [
            ("heltid: {mal: 95, ar: 2018}\n", "heltid.ar", 2, "ett år efter 2018"),
            ("heltid: {mal: 95, ar: 2025, fran: 2017}\n", "heltid.fran", 2, "basåret eller senare"),
            ("heltid: {mal: 0, ar: 2025}\n", "heltid.mal", 2, "procentsats"),
            ("sjukfranvaro: {standard: 6.4, senare: 5}\n", "sjukfranvaro.senare", 2, "standard eller ett årtal"),
            ("grupper:\n  läkare: {utbildning: {platser: 10, ar: 5}}\n", "grupper.läkare.utbildning.fullfoljer", 3, "nyckeln saknas"),
            ("grupper:\n  läkare: {utbildning: {platser: 10, ar: 0, fullfoljer: 90}}\n", "grupper.läkare.utbildning.ar", 3, "antal år"),
        ]
        for f in fall {
            let fil = try scenario(f.text)
            do throws(ScenarioFel) {
                _ = try Personalkorning(try Personalscenario.las(fil)).prognos()
                Issue.record("lästes utan fel: \(f.text)")
            } catch {
                #expect(error.nyckel == f.nyckel && error.rad == f.rad && error.problem.contains(f.problem), "\(error)")
            }
        }
    }
}
