import Budget
import Foundation
import Testing
import Testdelar
@testable import Input

/// What-ifs as overrides: a file with `bas:` and only the keys that change, and `--satt nyckel=värde`, give
/// exactly what an edited copy of the whole file gives; errors name the file and line a value came from.
@Suite("Scenariofiler med bas: och --satt")
struct BasfilTests {
    /// A file named `namn` with `text` in `mapp`.
    private func fil(_ namn: String, _ text: String, i mapp: URL) throws -> URL {
        let url = mapp.appendingPathComponent(namn)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    /// An override of the default budget scenario in a temporary folder far from the repository.
    private func overlagg(_ text: String) throws -> URL {
        try fil("overlagg.yaml", "bas: \(Projekt.standardscenario.path)\n" + text, i: try Projektmappar.tempmapp("bas"))
    }

    private func fel(_ las: () throws -> Void) -> ScenarioFel? {
        do {
            try las()
        } catch let fel as ScenarioFel {
            return fel
        } catch {
            Issue.record("\(error)")
            return nil
        }
        Issue.record("lästes utan fel")
        return nil
    }

    /// Personnel indexation 2024: 3.3 in the default scenario (scenarios/regionplan-2023-2025.yaml line 18),
    /// set to 4.3.
    private static func kopia2024(_ text: String) -> String {
        text.replacingOccurrences(of: "personalkostnader: {2023: 3.1, 2024: 3.3, 2025: 3.4}",
                                  with: "personalkostnader: {2023: 3.1, 2024: 4.3, 2025: 3.4}")
    }

    @Test("An override file elsewhere with one changed year equals an edited copy; the other years stay")
    func overlaggLikaMedKopia() throws {
        let fil = try overlagg("antaganden:\n  indexering:\n    personalkostnader: {2024: 4.3}\n")
        let overlagg = try Scenario.las(fil)
        let kopia = try Scenario.las(try Projekt.scenariokopia(Self.kopia2024))
        // 2023 and 2025 as in the base file, line 18.
        #expect(overlagg.antaganden.indexering.personalkostnader == [3.1, 4.3, 3.4])
        #expect(overlagg.antaganden == kopia.antaganden)
        #expect(try overlagg.berakna() == kopia.berakna())
        // The base's data folder, relative to the base file (line 13), reached from the temporary folder.
        #expect(overlagg.underlag.katalog.standardizedFileURL.path == Projekt.underlag.path)
        #expect(overlagg.namn == "Regionplan 2023–2025 (beslutad budget)") // line 8
    }

    @Test("--satt, as a single value or as a flow mapping, equals the override file")
    func sattLikaMedOverlagg() throws {
        let overlagg = try Scenario.las(try overlagg("antaganden: {indexering: {personalkostnader: {2024: 4.3}}}\n"))
        let satt = try Scenario.las(Projekt.standardscenario, satt: ["antaganden.indexering.personalkostnader.2024=4.3"])
        let flode = try Scenario.las(Projekt.standardscenario, satt: ["antaganden.indexering.personalkostnader={2024: 4.3}"])
        #expect(satt.antaganden == overlagg.antaganden)
        #expect(flode.antaganden == overlagg.antaganden)
        // In order: the later value wins, over the file's override too.
        let tva = try Scenario.las(try self.overlagg("antaganden: {personalkostnadsandel: 50}\n"),
                                   satt: ["antaganden.personalkostnadsandel=47", "antaganden.personalkostnadsandel=48"])
        #expect(tva.antaganden.personalkostnadsandel == 48)
    }

    @Test("A value that is wrong in an override names the override file and its line")
    func felIOverlagg() throws {
        let okand = try overlagg("antaganden:\n  indexeringar: {personalkostnader: {2024: 4.3}}\n")
        let e1 = try #require(fel { _ = try Scenario.las(okand) })
        #expect(e1.fil == okand.path && e1.rad == 3 && e1.nyckel == "antaganden.indexeringar", "\(e1)")
        #expect(e1.problem.contains("okänd nyckel"))
        let andel = try overlagg("namn: What-if\nantaganden:\n  personalkostnadsandel: 100.5\n")
        let e2 = try #require(fel { _ = try Scenario.las(andel) })
        #expect(e2.fil == andel.path && e2.rad == 4 && e2.nyckel == "antaganden.personalkostnadsandel", "\(e2)")
        // A base value still names the base: the same kind of mistake made there.
        let mapp = try Projektmappar.tempmapp("bas")
        let bas = try fil("bas.yaml", Self.kopia2024(try String(contentsOf: Projekt.standardscenario, encoding: .utf8))
            .replacingOccurrences(of: "personalkostnadsandel: 45", with: "personalkostnadsandel: 145")
            .replacingOccurrences(of: "underlag: ../notebooks-data/regionplan-2023-2025", with: "underlag: \(Projekt.underlag.path)"),
            i: mapp)
        let e3 = try #require(fel { _ = try Scenario.las(try fil("a.yaml", "bas: bas.yaml\nnamn: A\n", i: mapp)) })
        #expect(e3.fil == bas.path && e3.rad == 24 && e3.nyckel == "antaganden.personalkostnadsandel", "\(e3)")
        // An unknown key in the base names the base, also when the override changes the same table.
        let okandIBas = try fil("okand-bas.yaml", try String(contentsOf: bas, encoding: .utf8)
            .replacingOccurrences(of: "personalkostnadsandel: 145", with: "personalkostnadsandelen: 45"), i: mapp)
        let e5 = try #require(fel {
            _ = try Scenario.las(try fil("b.yaml", "bas: okand-bas.yaml\nantaganden: {personalkostnadsandel: 45}\n", i: mapp))
        })
        #expect(e5.fil == okandIBas.path && e5.rad == 24 && e5.nyckel == "antaganden.personalkostnadsandelen", "\(e5)")
        // And --satt names the command line.
        let e4 = try #require(fel {
            _ = try Scenario.las(Projekt.standardscenario, satt: ["antaganden.okand=1"])
        })
        #expect(e4.fil == "kommandoraden (--satt)" && e4.rad == nil && e4.nyckel == "antaganden.okand", "\(e4)")
    }

    @Test("bas: in a circle, to itself or to a missing file is an error at the key bas")
    func felaktigBas() throws {
        let mapp = try Projektmappar.tempmapp("bas")
        let a = try fil("a.yaml", "bas: b.yaml\nnamn: A\n", i: mapp)
        let b = try fil("b.yaml", "namn: B\nbas: a.yaml\n", i: mapp)
        let e1 = try #require(fel { _ = try Scenariofil.las(a) })
        #expect(e1.fil == b.path && e1.rad == 2 && e1.nyckel == "bas" && e1.problem.contains("a.yaml → b.yaml → a.yaml"), "\(e1)")
        let sjalv = try fil("sjalv.yaml", "bas: ./sjalv.yaml\n", i: mapp)
        let e2 = try #require(fel { _ = try Scenario.las(sjalv) })
        #expect(e2.fil == sjalv.path && e2.rad == 1 && e2.nyckel == "bas" && e2.problem.contains("sjalv.yaml → sjalv.yaml"), "\(e2)")
        // Seventeen files in a row, each on the next: one more than may build on each other.
        for i in 0..<16 { _ = try fil("k\(i).yaml", "bas: k\(i + 1).yaml\n", i: mapp) }
        _ = try fil("k16.yaml", "namn: K\n", i: mapp)
        let e4 = try #require(fel { _ = try Scenariofil.las(mapp.appendingPathComponent("k0.yaml")) })
        #expect(e4.fil.hasSuffix("k15.yaml") && e4.nyckel == "bas" && e4.problem.contains("fler än 16"), "\(e4)")
        _ = try Scenariofil.las(mapp.appendingPathComponent("k1.yaml")) // sixteen are fine
        let saknas = try fil("saknas.yaml", "namn: C\nbas: finns-inte.yaml\n", i: mapp)
        let e3 = try #require(fel { _ = try Scenario.las(saknas) })
        #expect(e3.fil == saknas.path && e3.rad == 2 && e3.nyckel == "bas" && e3.problem.contains("finns inte"), "\(e3)")
    }

    @Test("A malformed --satt says what was expected; a key below a value is refused at the key")
    func felaktigSatt() {
        let fall: [(satt: String, nyckel: String, text: String)] = [
            ("antaganden.personalkostnadsandel", "", "förväntade nyckel=värde"),
            ("=47", "", "nyckeln är tom"),
            ("antaganden..personalkostnadsandel=47", "antaganden..personalkostnadsandel", "nyckeln är tom"),
            ("antaganden.personalkostnadsandel=", "antaganden.personalkostnadsandel", "förväntade ett värde"),
            ("antaganden.personalkostnadsandel=[47", "antaganden.personalkostnadsandel", "ogiltig YAML"),
            ("namn.x=1", "namn.x", "inte en tabell"),
        ]
        for f in fall {
            let e = fel { _ = try Scenariofil.las(Projekt.standardscenario, satt: [f.satt]) }
            #expect(e?.fil == "kommandoraden (--satt)" && e?.nyckel == f.nyckel && e?.problem.contains(f.text) == true,
                    "\(f.satt): \(String(describing: e))")
        }
    }

    @Test("The resolved scenario reads back from any folder to the same assumptions, each value with its origin")
    func upplost() throws {
        let fil = try overlagg("antaganden:\n  indexering:\n    personalkostnader: {2024: 4.3}\n")
        let scenario = try Scenario.las(fil, satt: ["antaganden.personalkostnadsandel=47"])
        let text = scenario.upplost
        #expect(text.contains("2024: 4.3  # overlagg.yaml:4"), "\(text)")
        #expect(text.contains("2023: 3.1  # regionplan-2023-2025.yaml:18"))
        #expect(text.contains("personalkostnadsandel: 47  # --satt"))
        // A series from one line stays on one line.
        #expect(text.contains("driftskostnader: {2023: 3.7, 2024: 2.8, 2025: 2.8}  # regionplan-2023-2025.yaml:19"))
        #expect(text.contains("underlag: \(Projekt.underlag.path)  # regionplan-2023-2025.yaml:13"))
        #expect(!text.contains("bas:"))
        let igen = try Scenario.las(try self.fil("antaganden.yaml", text, i: try Projektmappar.tempmapp("bas")))
        #expect(igen.antaganden == scenario.antaganden)
        #expect(igen.namn == scenario.namn && igen.planperiod == scenario.planperiod)
    }
}
