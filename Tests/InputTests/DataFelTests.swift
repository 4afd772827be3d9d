import Budget
import Foundation
import Testing
@testable import Input

/// Data files that are wrong in ways that used to crash or give wrong figures silently: each is refused
/// with the file, the line and the column, or — where the format is legal — read correctly.
@Suite("Felaktiga datafiler")
struct DataFelTests {
    /// The error reading the scenario gives, or a recorded failure when it reads.
    private func fel(_ scenario: URL) -> ScenarioFel? {
        do {
            _ = try Scenario.las(scenario)
            Issue.record("scenariot lästes utan fel")
            return nil
        } catch {
            return error
        }
    }

    @Test("A repeated row, a repeated nämnd and a repeated year column are refused with file and line")
    func dubbletter() throws {
        let data = try Datakopia()
        try data.andra("resultatbudget.csv") { $0 + "skatteintakter,1.0,2.0,3.0,regionplan-2023-2025.txt:2213\n" }
        let e1 = try #require(fel(try data.scenario()))
        #expect(e1.fil == data.url("resultatbudget.csv").path && e1.rad == 13)
        #expect(e1.problem.contains("\"skatteintakter\" finns redan på rad 6"))

        let nämnd = try Datakopia()
        try nämnd.andra("budgetramar.csv") {
            $0.replacingOccurrences(of: "Patientnämnden,,3.8,3.9,3.9", with: "Tandvårdsnämnden,,3.8,3.9,3.9")
        }
        let e2 = try #require(fel(try nämnd.scenario()))
        #expect(e2.fil == nämnd.url("budgetramar.csv").path && e2.rad == 4)
        #expect(e2.problem.contains("\"Tandvårdsnämnden\" finns redan på rad 3"))

        let kolumn = try Datakopia()
        try kolumn.andra("indexering.csv") {
            $0.replacingOccurrences(of: "kostnadsslag,2023,2024,2025,kalla", with: "kostnadsslag,2023,2024,2024,kalla")
        }
        let e3 = try #require(fel(try kolumn.scenario()))
        #expect(e3.rad == 1 && e3.problem.contains("kolumnen \"2024\" finns två gånger (kolumn 3 och 4)"))
    }

    @Test("Extreme numbers in a data file are refused with file, line and column, not trapped on")
    func extremaTal() throws {
        for (text, rad) in [("1e300", 6), ("1e19", 6), ("-9223372036854775808", 6), ("nan", 6), ("inf", 6), ("0x11BF", 6),
                            ("0x1p12", 6), ("1e", 6)] {
            let data = try Datakopia()
            try data.andra("resultatbudget.csv") { $0.replacingOccurrences(of: "4543.7", with: text) }
            let e = try #require(fel(try data.scenario()))
            #expect(e.fil == data.url("resultatbudget.csv").path && e.rad == rad && e.nyckel == "kolumn 2023", "\(text)")
        }
    }

    @Test("CRLF line endings and a UTF-8 byte-order mark read the same figures as LF")
    func crlf() throws {
        let data = try Datakopia()
        for fil in Underlag.filer.map(\.fil) {
            try data.andra(fil) { "\u{FEFF}" + $0.replacingOccurrences(of: "\n", with: "\r\n") }
        }
        let crlf = try Scenario.las(try data.scenario())
        let lf = try Scenario.las(Projekt.standardscenario)
        #expect(crlf.underlag.publicerad == lf.underlag.publicerad)
        #expect(try crlf.berakna() == (try lf.berakna()))
    }

    @Test("A semicolon-separated file with decimal comma is detected from its header and read the same")
    func semikolon() throws {
        let data = try Datakopia()
        try data.andra("resultatbudget.csv") {
            $0.replacingOccurrences(of: ",", with: ";").replacingOccurrences(of: ".", with: ",")
                .replacingOccurrences(of: ",txt:", with: ".txt:")
        }
        let s = try Scenario.las(try data.scenario())
        #expect(s.underlag.publicerad == (try Scenario.las(Projekt.standardscenario)).underlag.publicerad)

        // A decimal point in a semicolon file is not guessed at: the message says which sign the file uses.
        let punkt = try Datakopia()
        try punkt.andra("resultatbudget.csv") { $0.replacingOccurrences(of: ",", with: ";") }
        let e = try #require(fel(try punkt.scenario()))
        #expect(e.rad == 2 && e.problem.contains("decimaltecknet i den här filen är \",\""))
    }

    @Test("Files that are not UTF-8 get a hint, naming the first bad line")
    func kodning() throws {
        let latin1 = try Datakopia()
        let text = try String(contentsOf: latin1.url("budgetramar.csv"), encoding: .utf8)
        try latin1.skriv("budgetramar.csv", try #require(text.data(using: .isoLatin1)))
        let e1 = try #require(fel(try latin1.scenario()))
        #expect(e1.rad == 2 && e1.problem.contains("inte giltig UTF-8"))

        let utf16 = try Datakopia()
        try utf16.skriv("budgetramar.csv", try #require(text.data(using: .utf16)))
        let e2 = try #require(fel(try utf16.scenario()))
        #expect(e2.problem.contains("UTF-16"))
    }

    @Test("A plan period the data does not cover blames the scenario and names the years the data covers")
    func planperiodUtanforUnderlaget() throws {
        let fil = try Projekt.scenariokopia {
            $0.replacingOccurrences(of: "basar: 2022", with: "basar: 2021")
                .replacingOccurrences(of: "planperiod: [2023, 2024, 2025]", with: "planperiod: [2022, 2023, 2024, 2025]")
        }
        let e = try #require(fel(fil))
        #expect(e.fil == fil.path && e.nyckel == "planperiod" && e.rad == 10)
        #expect(e.problem.contains("saknar 2022") && e.problem.contains("täcker budgetåren 2023–2025"))

        let bas = try Projekt.scenariokopia {
            $0.replacingOccurrences(of: "basar: 2022", with: "basar: 2019")
                .replacingOccurrences(of: "planperiod: [2023, 2024, 2025]", with: "planperiod: [2020, 2021, 2022]")
        }
        let e2 = try #require(fel(bas))
        #expect(e2.fil == bas.path && e2.nyckel == "planperiod" && e2.problem.contains("saknar 2020, 2021, 2022"))
    }

    @Test("A missing folder, a folder as file and a device are plain Swedish errors")
    func filfel() throws {
        let data = try Datakopia()
        try FileManager.default.removeItem(at: data.url("balansbudget.csv"))
        let e1 = try #require(fel(try data.scenario()))
        #expect(e1.fil == data.url("balansbudget.csv").path && e1.problem.contains("filen finns inte"))

        let mapp = try Datakopia()
        try FileManager.default.removeItem(at: mapp.url("balansbudget.csv"))
        try FileManager.default.createDirectory(at: mapp.url("balansbudget.csv"), withIntermediateDirectories: false)
        #expect(fel(try mapp.scenario())?.problem.contains("är en mapp") == true)

        #expect(throws: ScenarioFel.self) { try Scenario.las(URL(fileURLWithPath: "/dev/null")) }
        do { _ = try Scenario.las(URL(fileURLWithPath: "/dev/null")) } catch {
            #expect(error.description == "/dev/null: scenariofilen är ingen vanlig fil")
        }
    }
}
