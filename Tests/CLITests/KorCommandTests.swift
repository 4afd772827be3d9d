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

    @Test("kor: the summary first, the scenario's name in every CSV row, and the resolved scenario beside the results")
    func kor() throws {
        let ut = try Korning.tempmapp().appendingPathComponent("kedja")
        let k = try Korning.kor(["kor", "--satt", "befolkning.migration.skala=0.5", "--out", ut.path])
        #expect(k.status == 0, "\(k.stderr)")
        #expect(k.stdout.hasPrefix("Prognos: Blekinge, huvudalternativ\n"))
        #expect(k.stdout.contains("Sammanfattning") && k.stdout.contains("Från 2026 är budgeten en förlängning"))
        let filer = try FileManager.default.contentsOfDirectory(atPath: ut.path).sorted()
        #expect(filer == [".prognos-rapporter", "antaganden.yaml", "balansbudget.csv", "finansieringsbudget.csv", "kedja.csv",
                          "resultatbudget.csv"])
        let kedja = try csv(ut.appendingPathComponent("kedja.csv"))
        #expect(kedja.first == ["scenario", "storhet", "ar", "varde"])
        #expect(kedja.dropFirst().allSatisfy { $0[0] == "Blekinge, huvudalternativ" })
        #expect(kedja.filter { $0[1] == "resultat" }.map { $0[2] } == (2023...2030).map(String.init))
        #expect(try csv(ut.appendingPathComponent("resultatbudget.csv")).dropFirst().allSatisfy { $0[0] == "Blekinge, huvudalternativ" })
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
    }
}
