import Foundation
import Testing

@Suite("prognos run")
struct RunCommandTests {
    @Test("The default scenario prints the three statements per year and the reconciliation warnings")
    func standardscenario() throws {
        let k = try Korning.kor(["run", "scenarios/regionplan-2023-2025.yaml"])
        #expect(k.status == 0, "\(k.stderr)")
        for rubrik in ["Resultatbudget (mnkr)", "Balansbudget (mnkr)", "Finansieringsbudget (mnkr)",
                       "Budgetramar per nämnd (mnkr)", "Avstämning av underlaget"] {
            #expect(k.stdout.contains(rubrik), "\(rubrik)")
        }
        // Bilaga 1 line 2205, Verksamhetens intäkter, printed Swedish style with one decimal.
        #expect(k.stdout.contains("1 064,5   1 070,2   1 075,3"))
        // The depreciation disagreement (lines 2209 and 2327) is shown as a warning.
        #expect(k.stdout.contains("VARNING 2023: Bilaga 1 Resultatbudget, avskrivningar 258,8 mnkr"))
    }

    @Test("--out writes the statements as CSV with Swedish number format")
    func csv() throws {
        let mapp = try Korning.tempmapp().appendingPathComponent("rapport")
        let k = try Korning.kor(["run", "scenarios/regionplan-2023-2025.yaml", "--out", mapp.path])
        #expect(k.status == 0, "\(k.stderr)")
        let filer = try FileManager.default.contentsOfDirectory(atPath: mapp.path).sorted()
        #expect(filer == [".prognos-rapporter", "antaganden-run.yaml", "balansbudget.csv", "budgetramar.csv", "finansieringsbudget.csv",
                          "kanslighetsanalys.csv", "resultatbudget.csv"])
        let data = try Data(contentsOf: mapp.appendingPathComponent("resultatbudget.csv"))
        #expect(Array(data.prefix(3)) == [0xEF, 0xBB, 0xBF], "UTF-8 byte-order mark for spreadsheet programs")
        let lines = String(decoding: data.dropFirst(3), as: UTF8.self).split(separator: "\r\n").map(String.init)
        #expect(lines.first == "scenario;rad;rubrik;2023;2024;2025")
        // Bilaga 1 line 2213: Skatteintäkter 4 543,7 4 712,4 4 865,6; every row names the scenario.
        let namn = "Regionplan 2023–2025 (beslutad budget)"
        #expect(lines.contains("\(namn);skatteintakter;Skatteintäkter;4543,7;4712,4;4865,6"))
        // Every CSV amount matches the printed table.
        let rad = try #require(lines.first { $0.hasPrefix("\(namn);resultat;") })
        let belopp = rad.split(separator: ";").dropFirst(3).map { Double($0.replacingOccurrences(of: ",", with: "."))! }
        #expect(belopp.count == 3)
        for (value, text) in zip(belopp, belopp.map { String(format: "%.1f", $0).replacingOccurrences(of: ".", with: ",") }) {
            #expect(k.stdout.contains(text), "\(value)")
        }
    }

    @Test("A what-if copy with personnel indexation +1 percentage point shows a lower result")
    func whatIf() throws {
        let mapp = try Korning.tempmapp()
        let bas = try Korning.kor(["run", "scenarios/regionplan-2023-2025.yaml", "--out", mapp.appendingPathComponent("bas").path])
        let fil = try Korning.scenariokopia(i: mapp) {
            $0.replacingOccurrences(of: "personalkostnader: {2023: 3.1, 2024: 3.3, 2025: 3.4}",
                                    with: "personalkostnader: {2023: 4.1, 2024: 4.3, 2025: 4.4}")
        }
        let whatIf = try Korning.kor(["run", fil.path, "--out", mapp.appendingPathComponent("whatif").path])
        #expect(bas.status == 0 && whatIf.status == 0, "\(whatIf.stderr)")
        func resultat(_ katalog: String) throws -> [Double] {
            let text = try String(contentsOf: mapp.appendingPathComponent("\(katalog)/resultatbudget.csv"), encoding: .utf8)
            let rad = try #require(text.split(separator: "\r\n").first { $0.split(separator: ";").dropFirst().first == "resultat" })
            return rad.split(separator: ";").dropFirst(3).map { Double($0.replacingOccurrences(of: ",", with: "."))! }
        }
        let r0 = try resultat("bas"), r1 = try resultat("whatif")
        // 2023: 45 % of 7 126,0 (Bilaga 1 line 2207) × (1.041/1.031 − 1) ≈ 31.1 mnkr more cost.
        let forvantat2023 = 7126.0 * 0.45 * (1.041 / 1.031 - 1)
        #expect(abs((r0[0] - r1[0]) - forvantat2023) <= 0.1)
        #expect(r1[1] < r0[1] && r1[2] < r0[2])
        #expect(whatIf.stdout != bas.stdout)
    }

    @Test("Bad input exits non-zero, names file, line and key, and writes nothing to --out")
    func felaktigtScenario() throws {
        let mapp = try Korning.tempmapp()
        let fil = try Korning.scenariokopia(i: mapp) {
            $0.replacingOccurrences(of: "ramforandringar: {}", with: "ramforandringar:\n    Sjukvårdsnämnden: {2024: 10}")
        }
        let ut = mapp.appendingPathComponent("ut")
        let k = try Korning.kor(["run", fil.path, "--out", ut.path])
        #expect(k.status != 0)
        #expect(k.stderr.contains("\(fil.path):"))
        #expect(k.stderr.contains("antaganden.ramforandringar.Sjukvårdsnämnden: okänd nämnd"))
        #expect(!FileManager.default.fileExists(atPath: ut.path))
        #expect(k.stdout.isEmpty)
    }

    @Test("--satt prints what an override file with bas: prints; a malformed --satt exits 1 saying what was expected")
    func satt() throws {
        let mapp = try Korning.tempmapp()
        let fil = mapp.appendingPathComponent("overlagg.yaml")
        try "bas: \(Korning.rot.path)/scenarios/regionplan-2023-2025.yaml\nantaganden: {indexering: {personalkostnader: {2024: 4.3}}}\n"
            .write(to: fil, atomically: true, encoding: .utf8)
        let overlagg = try Korning.kor(["run", fil.path])
        let satt = try Korning.kor(["run", "--satt", "antaganden.indexering.personalkostnader.2024=4.3"])
        #expect(overlagg.status == 0 && satt.status == 0, "\(overlagg.stderr)\(satt.stderr)")
        // The same but for the name, which says what --satt changed; a --satt that names the scenario keeps that name.
        let namn = "Regionplan 2023–2025 (beslutad budget)"
        #expect(satt.stdout == overlagg.stdout.replacingOccurrences(of: fil.path, with: "scenarios/regionplan-2023-2025.yaml")
            .replacingOccurrences(of: "Prognos: \(namn)\n", with: "Prognos: \(namn) (ändrat: antaganden.indexering.personalkostnader.2024=4.3)\n"))
        let namngiven = try Korning.kor(["run", "--satt", "antaganden.indexering.personalkostnader.2024=4.3", "--satt", "namn=Högre löner"])
        #expect(namngiven.stdout.hasPrefix("Prognos: Högre löner\n"), "\(namngiven.stdout.prefix(80))")
        #expect(satt.stdout != (try Korning.kor(["run"])).stdout)
        let fel = try Korning.kor(["run", "--satt", "antaganden.personalkostnadsandel"])
        #expect(fel.status == 1)
        #expect(fel.stderr.contains("kommandoraden (--satt): förväntade nyckel=värde"), "\(fel.stderr)")
    }

    @Test("A missing scenario file is an error naming the file")
    func saknadFil() throws {
        let k = try Korning.kor(["run", "scenarios/finns-inte.yaml"])
        #expect(k.status != 0)
        #expect(k.stderr.contains("scenarios/finns-inte.yaml"))
    }
}
