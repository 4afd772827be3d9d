import Foundation
import Testdelar
import Testing
@testable import Input

/// Bad scenario input fails with the file, the line, the key path and what was expected.
@Suite("Felaktiga scenarier")
struct FelaktigtScenarioTests {
    private func fel(i datafil: URL? = nil, _ andring: @escaping (String) -> String) throws -> ScenarioFel {
        let fil = try Projekt.scenariokopia(andring)
        do {
            _ = try Scenario.las(fil)
        } catch {
            #expect(error.fil == (datafil ?? fil).path)
            return error
        }
        Issue.record("scenariot lästes utan fel")
        return ScenarioFel(fil: "", rad: nil, nyckel: "", problem: "")
    }

    /// 1-based line of the first occurrence of `text` in the modified scenario.
    private func rad(av text: String, i andring: (String) -> String) throws -> Int {
        let innehall = andring(try String(contentsOf: Projekt.standardscenario, encoding: .utf8))
        let lines = innehall.split(separator: "\n", omittingEmptySubsequences: false)
        return try #require(lines.firstIndex { $0.contains(text) }) + 1
    }

    @Test("Missing key")
    func saknadNyckel() throws {
        let andring = { (s: String) in s.replacingOccurrences(of: "  personalkostnadsandel: 45\n", with: "") }
        let e = try fel(andring)
        #expect(e.nyckel == "antaganden.personalkostnadsandel")
        #expect(e.problem.contains("saknas"))
        #expect(e.rad == (try rad(av: "indexering:", i: andring)))
    }

    @Test("Wrong type")
    func felTyp() throws {
        let andring = { (s: String) in s.replacingOccurrences(of: "planperiod: [2023, 2024, 2025]", with: "planperiod: 2023-2025") }
        let e = try fel(andring)
        #expect(e.nyckel == "planperiod")
        #expect(e.problem.contains("förväntade en lista"))
        #expect(e.rad == (try rad(av: "planperiod:", i: andring)))
    }

    @Test("Unknown nämnd")
    func okandNamnd() throws {
        let andring = { (s: String) in
            s.replacingOccurrences(of: "ramforandringar: {}", with: "ramforandringar:\n    Sjukvårdsnämnden: {2024: 10}")
        }
        let e = try fel(andring)
        #expect(e.nyckel == "antaganden.ramforandringar.Sjukvårdsnämnden")
        #expect(e.problem.contains("okänd nämnd") && e.problem.contains("Hälso- och sjukvårdsnämnden"))
        #expect(e.rad == (try rad(av: "Sjukvårdsnämnden", i: andring)))
    }

    @Test("A year outside the plan period")
    func arUtanforPlanperioden() throws {
        let andring = { (s: String) in
            s.replacingOccurrences(of: "driftskostnader: {2023: 3.7, 2024: 2.8, 2025: 2.8}",
                                   with: "driftskostnader: {2023: 3.7, 2024: 2.8, 2026: 2.8}")
        }
        let e = try fel(andring)
        #expect(e.nyckel == "antaganden.indexering.driftskostnader.2026")
        #expect(e.problem.contains("utanför planperioden 2023–2025"))
        #expect(e.rad == (try rad(av: "driftskostnader: {", i: andring)))
    }

    @Test("A negative indexation written as text")
    func negativIndexeringSomText() throws {
        let andring = { (s: String) in
            s.replacingOccurrences(of: "personalkostnader: {2023: 3.1, 2024: 3.3, 2025: 3.4}",
                                   with: "personalkostnader: {2023: 3.1, 2024: \"-1,5\", 2025: 3.4}")
        }
        let e = try fel(andring)
        #expect(e.nyckel == "antaganden.indexering.personalkostnader.2024")
        #expect(e.problem.contains("förväntade en procentsats") && e.problem.contains("-1.5"))
        #expect(e.description.hasPrefix("\(e.fil):\(try rad(av: "personalkostnader: {", i: andring)): "))
    }

    @Test("A misspelt key is named, with the keys allowed there")
    func felstavadNyckel() throws {
        let e = try fel { $0.replacingOccurrences(of: "  finansiella_intakter:", with: "  finansiella_intakterna:") }
        #expect(e.nyckel == "antaganden.finansiella_intakterna")
        #expect(e.problem.contains("finansiella_intakter"))
    }

    @Test("Broken YAML gives the line of the problem")
    func trasigYaml() throws {
        let e = try fel { $0.replacingOccurrences(of: "basar: 2022", with: "basar: [2022") }
        #expect(e.problem.contains("ogiltig YAML"))
        #expect(e.rad != nil)
    }

    @Test("A bad figure in a data file names the CSV file, line and column")
    func felIUnderlag() throws {
        let mapp = Projektmappar.ny("data")
        try FileManager.default.copyItem(at: Projekt.underlag, to: mapp)
        let csv = mapp.appendingPathComponent("resultatbudget.csv")
        let text = try String(contentsOf: csv, encoding: .utf8).replacingOccurrences(of: "4543.7", with: "4 543.7")
        try text.write(to: csv, atomically: true, encoding: .utf8)
        let e = try fel(i: csv) {
            $0.replacingOccurrences(of: "underlag: \(Projekt.underlag.path)", with: "underlag: \(mapp.path)")
        }
        #expect(e.rad == 6)
        #expect(e.nyckel == "kolumn 2023")
    }
}
