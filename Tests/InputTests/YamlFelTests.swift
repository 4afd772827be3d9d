import Budget
import Foundation
import Testing
@testable import Input

/// Scenario files that used to crash, hang or be accepted with wrong figures.
@Suite("Felaktiga scenariofiler")
struct YamlFelTests {
    private func fel(_ andring: @escaping (String) -> String) throws -> ScenarioFel {
        let fil = try Projekt.scenariokopia(andring)
        do {
            _ = try Scenario.las(fil)
        } catch {
            #expect(error.fil == fil.path)
            return error
        }
        Issue.record("scenariot lästes utan fel")
        return ScenarioFel(fil: "", rad: nil, nyckel: "", problem: "")
    }

    private func ersatt(_ gammal: String, _ ny: String) -> (String) -> String {
        { $0.replacingOccurrences(of: gammal, with: ny) }
    }

    @Test("Values outside the documented ranges are refused at their key, never trapped on")
    func intervall() throws {
        let fall: [(gammal: String, ny: String, nyckel: String)] = [
            ("statsbidrag_forandring: {2023: 0,", "statsbidrag_forandring: {2023: 1e19,", "antaganden.statsbidrag_forandring.2023"),
            ("personalkostnader: {2023: 3.1,", "personalkostnader: {2023: 1e8,", "antaganden.indexering.personalkostnader.2023"),
            ("skatteunderlag_avvikelse: {2023: 0}", "skatteunderlag_avvikelse: {2023: -100}",
             "antaganden.skatteunderlag_avvikelse.2023"),
            ("finansiella_intakter: {2023: 40,", "finansiella_intakter: {2023: -1e300,", "antaganden.finansiella_intakter.2023"),
            ("personalkostnadsandel: 45", "personalkostnadsandel: 100.5", "antaganden.personalkostnadsandel"),
            ("basar: 2022", "basar: 9223372036854775807", "basar"),
            ("planperiod: [2023, 2024, 2025]", "planperiod: [9223372036854775807]", "planperiod.0"),
        ]
        for f in fall {
            let e = try fel(ersatt(f.gammal, f.ny))
            #expect(e.nyckel == f.nyckel, "\(f.ny): \(e)")
            #expect(e.rad != nil)
        }
    }

    @Test("Type tags, hexadecimal numbers and negative depreciation or investments are refused at their key")
    func taggarOchTecken() throws {
        let fall: [(gammal: String, ny: String, nyckel: String, text: String)] = [
            ("personalkostnadsandel: 45", "personalkostnadsandel: !!float 45", "antaganden.personalkostnadsandel", "typtaggar"),
            ("namn: ", "namn: !egen ", "namn", "typtaggar"),
            ("personalkostnadsandel: 45", "personalkostnadsandel: 0x2D", "antaganden.personalkostnadsandel", "förväntade"),
            ("  ramforandringar: {}", "  ramforandringar: {}\n  avskrivningar: {2024: -5}", "antaganden.avskrivningar.2024",
             "som inte är negativt"),
            ("  ramforandringar: {}", "  ramforandringar: {}\n  investeringar: {finansiella: {2023: -1}}",
             "antaganden.investeringar.finansiella.2023", "som inte är negativt"),
        ]
        for f in fall {
            let e = try fel(ersatt(f.gammal, f.ny))
            #expect(e.nyckel == f.nyckel && e.rad != nil && e.problem.contains(f.text), "\(f.ny): \(e)")
        }
    }

    @Test("A legal what-if at the edge of the range runs; a sensitivity variant that cannot be computed is reported")
    func kantfall() throws {
        let fil = try Projekt.scenariokopia(ersatt("skatteunderlag_avvikelse: {2023: 0}", "skatteunderlag_avvikelse: {2023: -99.999}"))
        let scenario = try Scenario.las(fil)
        let utfall = try scenario.berakna()
        // Bilaga 1 line 2213: tax revenue 4 543,7 mnkr in 2023, of which 0,001 % remains.
        #expect(abs(utfall.resultatbudget.skatteintakter[0] - 4543.7e-5) < 1e-9)
        let kanslighet = try scenario.kanslighetsanalys()
        #expect(kanslighet.rader.count == 5 && kanslighet.ejBeraknade.isEmpty)

        let tak = try Projekt.scenariokopia(ersatt("personalkostnader: {2023: 3.1,", "personalkostnader: {2023: 99.5,"))
        let k = try Scenario.las(tak).kanslighetsanalys()
        #expect(k.ejBeraknade.map(\.nyckel) == ["personalkostnader_plus_1"])
        #expect(k.fotnoter.first?.contains("Personalkostnader +1 procentenhet varje år") == true)
    }

    @Test("Anchors, aliases and alias bombs are refused at once with their line")
    func alias() throws {
        let bomb = (1...9).map { "l\($0): &l\($0) [" + Array(repeating: "*l\($0 - 1)", count: 9).joined(separator: ", ") + "]" }
        let text = "l0: &l0 [\"lol\"]\n" + bomb.joined(separator: "\n") + "\n"
        let e1 = try fel { _ in text }
        #expect(e1.rad == 1 && e1.problem.contains("ankare"))

        // An alias used as a mapping key used to expand the whole tree for hashing and messages.
        let e2 = try fel { $0 + "x: &a {b: 1}\n? *a\n: 2\n" }
        #expect(e2.problem.contains("ankare"))
        let e3 = try fel { $0 + "y: *nope\n" }
        #expect(e3.problem.contains("alias") || e3.problem.contains("YAML"))
    }

    @Test("A key that is a table or a list, a repeated key and deep nesting are refused with their line")
    func nycklar() throws {
        let e1 = try fel { $0 + "? {a: 1}\n: 2\n" }
        #expect(e1.problem.contains("en nyckel är en tabell") && e1.rad == 40)

        let e2 = try fel(ersatt("  personalkostnadsandel: 45\n", "  personalkostnadsandel: 45\n  personalkostnadsandel: 50\n"))
        #expect(e2.nyckel == "antaganden.personalkostnadsandel" && e2.rad == 25)
        #expect(e2.problem.contains("finns redan på rad 24"))

        let e3 = try fel { $0 + "djup: " + String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000) + "\n" }
        #expect(e3.problem.contains("nivåer"))
        let e4 = try fel { $0 + "djup: " + String(repeating: "[", count: 40) + String(repeating: "]", count: 40) + "\n" }
        #expect(e4.problem.contains("mer än 32 nivåer") && e4.rad == 40)
    }

    @Test("Tabs, a truncated file and an oversized file get messages that say what to do")
    func syntax() throws {
        let e1 = try fel(ersatt("  personalkostnadsandel: 45", "\tpersonalkostnadsandel: 45"))
        #expect(e1.rad == 24 && e1.problem.contains("tabbtecken"))

        let e2 = try fel(ersatt("{2023: 40, 2024: 40, 2025: 40}", "{2023: 40, 2024: 40"))
        #expect(e2.problem.hasPrefix("ogiltig YAML"))

        let e3 = try fel { $0 + String(repeating: "# fyllnad\n", count: 120_000) }
        #expect(e3.rad == nil && e3.problem.contains("högst 1048576 byte"))
    }

    @Test("Control characters from the file are escaped in messages and refused in names")
    func styrtecken() throws {
        let e1 = try fel(ersatt("ramforandringar: {}", "ramforandringar:\n    \"Fel\\e[31mnämnd\": {2024: 10}"))
        #expect(e1.description.contains("Fel\\u{1B}[31mnämnd") && !e1.description.contains("\u{1B}"))
        let e2 = try fel(ersatt("namn: Regionplan 2023–2025 (beslutad budget)", "namn: \"Regionplan\\u202E\""))
        #expect(e2.nyckel == "namn" && e2.problem.contains("utan styrtecken"))
    }
}
