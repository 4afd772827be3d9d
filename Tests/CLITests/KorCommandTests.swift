import Foundation
import Testing

@Suite("prognos kor och jamfor")
struct KorCommandTests {
    /// The rows of a CSV report, without the byte-order mark, split at CRLF and semicolons.
    private func csv(_ url: URL) throws -> [[String]] {
        let data = try Data(contentsOf: url)
        #expect(Array(data.prefix(3)) == [0xEF, 0xBB, 0xBF])
        return String(decoding: data.dropFirst(3), as: UTF8.self).split(separator: "\r\n")
            .map { $0.split(separator: ";", omittingEmptySubsequences: false).map(String.init) }
    }

    @Test("kor: negative cash at a year end is named under the statements as a need to borrow, with its lowest value")
    func likviditet() throws {
        let k = try Korning.kor(["kor"])
        #expect(k.status == 0, "\(k.stderr)")
        let rader = k.stdout.split(separator: "\n")
        // The table's columns stand two or more spaces apart; a thousands separator is one space.
        func kolumner(_ rad: Substring) -> [String] {
            rad.components(separatedBy: "  ").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.dropFirst()
                .map { $0.replacingOccurrences(of: " ", with: "").replacingOccurrences(of: ",", with: ".") }
        }
        let ar = kolumner(try #require(rader.first { $0.hasPrefix("Resultatbudget (mnkr)") })).compactMap { Int($0) }
        let ub = kolumner(try #require(rader.first { $0.hasPrefix("Likvida medel vid årets slut") })).compactMap { Double($0) }
        #expect(ub.count == ar.count && ar.first == 2023)
        let negativa = zip(ar, ub).filter { $0.1 < 0 }
        let lagst = try #require(negativa.min { $0.1 < $1.1 })
        let text = "Likvida medel är negativa vid slutet av \(negativa.first!.0)–\(negativa.last!.0) (lägst "
            + "\(String(format: "%.1f", lagst.1).replacingOccurrences(of: ".", with: ",")) mnkr \(lagst.0))"
        #expect(k.stdout.contains(text), "\(text)")
        // The decided budget alone keeps positive cash, and says nothing.
        #expect(!(try Korning.kor(["run"])).stdout.contains("Likvida medel är negativa"))
    }

    @Test("kor: wage indexation raised both for the workforce and in the budget is pointed out as counted twice")
    func dubbelUpprakning() throws {
        let bada = try Korning.kor(["kor", "--satt", "personal.indexering.2024=4.3", "--satt", "budget.antaganden.indexering.personalkostnader.2024=4.3"])
        #expect(bada.status == 0 && bada.stdout.contains("Obs: Personalkostnadernas uppräkning är ändrad både för personalen"), "\(bada.stderr)")
        let en = try Korning.kor(["kor", "--satt", "budget.antaganden.indexering.personalkostnader.2024=4.3"])
        #expect(en.status == 0 && !en.stdout.contains("Obs: Personalkostnadernas"))
    }

    @Test("kor: the summary first, the scenario's name in every CSV row, and the resolved scenario beside the results")
    func kor() throws {
        let ut = try Korning.tempmapp().appendingPathComponent("kedja")
        let k = try Korning.kor(["kor", "--satt", "befolkning.migration.skala=0.5", "--out", ut.path])
        #expect(k.status == 0, "\(k.stderr)")
        // The name says what --satt changed, in the text and in every CSV row, so a what-if is not taken for the scenario.
        let namn = "Blekinge, huvudalternativ (ändrat: befolkning.migration.skala=0.5)"
        #expect(k.stdout.hasPrefix("Prognos: \(namn)\n"))
        #expect(k.stdout.contains("Sammanfattning") && k.stdout.contains("Från 2026 är budgeten en förlängning"))
        let filer = try FileManager.default.contentsOfDirectory(atPath: ut.path).sorted()
        #expect(filer == [".prognos-rapporter", "antaganden.yaml", "balansbudget.csv", "finansieringsbudget.csv", "kedja.csv",
                          "resultatbudget.csv"])
        let kedja = try csv(ut.appendingPathComponent("kedja.csv"))
        #expect(kedja.first == ["scenario", "storhet", "ar", "varde"])
        #expect(kedja.dropFirst().allSatisfy { $0[0] == namn })
        #expect(kedja.filter { $0[1] == "resultat" }.map { $0[2] } == (2023...2030).map(String.init))
        #expect(try csv(ut.appendingPathComponent("resultatbudget.csv")).dropFirst().allSatisfy { $0[0] == namn })
        // The --satt value is in the resolved scenario, with its origin.
        let antaganden = try String(contentsOf: ut.appendingPathComponent("antaganden.yaml"), encoding: .utf8)
        #expect(antaganden.contains("skala: 0.5  # --satt"))
    }

    @Test("kor: --simuleringar outside 1–100 000 and an unknown --satt key are refused with a Swedish message")
    func felaktigt() throws {
        let noll = try Korning.kor(["kor", "--simuleringar", "0"])
        #expect(noll.status == 64 && noll.stderr.contains("--simuleringar ska vara 1–100 000"))
        let okand = try Korning.kor(["kor", "--satt", "personal.grupper.läkare.rekryteringskapacitt=50"])
        #expect(okand.status == 1 && okand.stderr.contains("kommandoraden (--satt)")
                && okand.stderr.contains("personal.grupper.läkare.rekryteringskapacitt") && okand.stderr.contains("okänd nyckel"))
    }

    @Test("jamfor: the bundled what-if against the chain, and jamforelse.csv in long form")
    func jamfor() throws {
        let ut = try Korning.tempmapp().appendingPathComponent("jamfor")
        let k = try Korning.kor(["jamfor", "scenarios/kedja-blekinge.yaml", "scenarios/kedja-halverad-inflyttning.yaml",
                                 "scenarios/regionplan-2023-2025.yaml", "--out", ut.path])
        #expect(k.status == 0, "\(k.stderr)")
        #expect(k.stdout.contains("skillnad mot 1"))
        let rader = try csv(ut.appendingPathComponent("jamforelse.csv"))
        #expect(rader.first == ["scenario", "storhet", "ar", "varde"])
        #expect(Set(rader.dropFirst().map { $0[0] }) == ["Blekinge, huvudalternativ",
                                                         "Halverad inflyttning, 20 % färre nyanställda sjuksköterskor",
                                                         "Regionplan 2023–2025 (beslutad budget)"])
        // The decided budget's result 2025 as the single run gives it (Bilaga 1 line 2225: 108,3; the model 108,2).
        let beslutad = try #require(rader.first { $0[0].hasPrefix("Regionplan") && $0[1] == "resultat" && $0[2] == "2025" })
        #expect(beslutad[3] == "108,2")
        let en = try Korning.kor(["jamfor", "scenarios/kedja-blekinge.yaml"])
        #expect(en.status == 1 && en.stderr.contains("minst två scenariofiler"))
        // A copy that keeps the name is told apart by its file, in the table and in every CSV row.
        let kopia = ut.deletingLastPathComponent().appendingPathComponent("min-plan.yaml")
        try "bas: \(Korning.rot.path)/scenarios/regionplan-2023-2025.yaml\nantaganden: {indexering: {personalkostnader: {2024: 4.3}}}\n"
            .write(to: kopia, atomically: true, encoding: .utf8)
        let tva = try Korning.kor(["jamfor", "scenarios/regionplan-2023-2025.yaml", kopia.path, "--out", ut.appendingPathComponent("tva").path])
        #expect(tva.status == 0, "\(tva.stderr)")
        #expect(Set(try csv(ut.appendingPathComponent("tva/jamforelse.csv")).dropFirst().map { $0[0] })
                == ["Regionplan 2023–2025 (beslutad budget) (regionplan-2023-2025.yaml)", "Regionplan 2023–2025 (beslutad budget) (min-plan.yaml)"])
        // Budget scenarios alone have no population to draw paths of: no advice to ask for paths, and with them, no
        // sentence about paths through chains that are not there.
        #expect(tva.stdout.contains("Budgetscenarierna har inga intervall") && !tva.stdout.contains("Kör med --simuleringar"))
        let banor = try Korning.kor(["jamfor", "scenarios/regionplan-2023-2025.yaml", kopia.path, "--simuleringar", "10"])
        #expect(banor.status == 0 && banor.stdout.contains("så --simuleringar ger inga intervall") && !banor.stdout.contains("(seed"))
        // Without paths no interval, and the table says how to get one.
        #expect(!rader.contains { $0[1].hasPrefix("resultat_p") } && k.stdout.contains("--simuleringar"))
    }

    /// The chains, the bundled what-if and the decided budget, with `banor` paths and seed 5.
    private static let jamforelse = ["jamfor", "scenarios/kedja-blekinge.yaml", "scenarios/kedja-halverad-inflyttning.yaml",
                                     "scenarios/regionplan-2023-2025.yaml", "--simuleringar", "200", "--seed", "5"]

    @Test("jamfor --simuleringar: each chain's interval brackets its result every year, a seed gives the same output, the budget has none")
    func jamforMedIntervall() throws {
        let mapp = try Korning.tempmapp()
        let ut = mapp.appendingPathComponent("jamfor")
        let k = try Korning.kor(Self.jamforelse + ["--out", ut.path])
        #expect(k.status == 0, "\(k.stderr)")
        let rader = try csv(ut.appendingPathComponent("jamforelse.csv"))
        #expect(rader.first == ["scenario", "storhet", "ar", "varde"])
        func varde(_ scenario: String, _ storhet: String, _ year: Int) -> Double? {
            rader.first { $0[0] == scenario && $0[1] == storhet && $0[2] == String(year) }.flatMap { Double($0[3].replacing(",", with: ".")) }
        }
        let kedjor = ["Blekinge, huvudalternativ", "Halverad inflyttning, 20 % färre nyanställda sjuksköterskor"]
        for scenario in kedjor {
            for year in 2023...2030 {
                let v = try #require(varde(scenario, "resultat", year))
                let granser = try ["resultat_p2_5", "resultat_p10", "resultat_p90", "resultat_p97_5"].map { try #require(varde(scenario, $0, year)) }
                // 2,5 % ≤ 10 % ≤ the deterministic result ≤ 90 % ≤ 97,5 %, and the paths spread: no empty interval.
                #expect(granser[0] <= granser[1] && granser[1] <= v && v <= granser[2] && granser[2] <= granser[3], "\(scenario) \(year): \(granser), \(v)")
                #expect(granser[0] < granser[3], "\(scenario) \(year)")
            }
        }
        // The decided budget has no population, so no paths and no interval; the output says so.
        let budget = "Regionplan 2023–2025 (beslutad budget)"
        #expect(!rader.contains { $0[0] == budget && $0[1].contains("_p") })
        #expect(k.stdout.contains("\(budget) är ett budgetscenario utan befolkning och har inget intervall"))
        #expect(k.stdout.contains("inget intervall (budgetscenario)") && k.stdout.contains("95 %-intervall, nedre"))

        // The same seed: the same tables and the same file (the output names the folder it wrote to).
        let igen = mapp.appendingPathComponent("igen")
        let k2 = try Korning.kor(Self.jamforelse + ["--out", igen.path])
        #expect(k2.stdout.replacing(igen.path, with: ut.path) == k.stdout)
        #expect(try Data(contentsOf: igen.appendingPathComponent("jamforelse.csv")) == Data(contentsOf: ut.appendingPathComponent("jamforelse.csv")))

        // The same machinery as kor: the what-if's bounds are kor's quantiles for the same paths and seed.
        let kor = mapp.appendingPathComponent("kor")
        let ensam = try Korning.kor(["kor", "scenarios/kedja-halverad-inflyttning.yaml", "--simuleringar", "200", "--seed", "5", "--out", kor.path])
        #expect(ensam.status == 0, "\(ensam.stderr)")
        let kvantiler = try csv(kor.appendingPathComponent("kedja-kvantiler.csv"))
        #expect(kvantiler.first == ["scenario", "storhet", "ar", "p2_5", "p10", "p50", "p90", "p97_5"])
        for rad in kvantiler.dropFirst() {
            for (kolumn, kvantil) in [(3, "p2_5"), (4, "p10"), (6, "p90"), (7, "p97_5")] {
                let i = rader.first { $0[0] == rad[0] && $0[1] == "\(rad[1])_\(kvantil)" && $0[2] == rad[2] }
                #expect(i?[3] == rad[kolumn], "\(rad[1])_\(kvantil) \(rad[2])")
            }
        }
        let noll = try Korning.kor(["jamfor", "scenarios/kedja-blekinge.yaml", "scenarios/kedja-halverad-inflyttning.yaml", "--simuleringar", "0"])
        #expect(noll.status == 64 && noll.stderr.contains("--simuleringar ska vara 1–100 000"))
    }
}
