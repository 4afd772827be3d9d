import Foundation
import Testing

/// `prognos uppfoljning prognos --metod ets` on the shipped example ledger: every series of five years of
/// months fitted with automatic model selection, as a user runs it.
@Suite("prognos uppfoljning prognos --metod ets")
struct UppfoljningETSCommandTests {
    /// The example ledger's outcome file as (enhet, konto, period, belopp) lines.
    static func utfallsrader() throws -> [(enhet: String, konto: String, period: String, belopp: Double)] {
        let text = try String(contentsOf: UppfoljningCommandTests.exempel.appendingPathComponent("utfall.csv"), encoding: .utf8)
        return text.split(separator: "\r\n").dropFirst().compactMap { rad in
            let celler = rad.split(separator: ";").map(String.init)
            guard celler.count == 4, let belopp = UppfoljningPrognosCommandTests.tal(celler[3]) else { return nil }
            return (celler[0], celler[1], celler[2], belopp)
        }
    }

    @Test("After August 2018: one row per series, year-to-date as summed from utfall.csv, ordered model intervals")
    func ets() throws {
        let (mapp, db) = try UppfoljningPrognosCommandTests.exempelliggare()
        defer { try? FileManager.default.removeItem(at: mapp) }
        let ut = mapp.appendingPathComponent("ut")
        let k = try Korning.kor(["uppfoljning", "prognos", "--period", "2018-08", "--metod", "ets", "--db", db, "--out", ut.path])
        #expect(k.status == 0, "\(k.stderr)")
        #expect(k.stdout.hasPrefix("Helårsprognos 2018 efter augusti, metod ets"))
        let rader = try UppfoljningPrognosCommandTests.csv(ut.appendingPathComponent("prognos.csv"))
        #expect(rader.first == ["enhet", "konto", "ack_utfall", "prognos", "p2_5", "p10", "p90", "p97_5"])
        var ack: [String: Double] = [:]
        for rad in try Self.utfallsrader() where rad.period >= "2018-01" && rad.period <= "2018-08" {
            ack["\(rad.enhet);\(rad.konto)", default: 0] += rad.belopp
        }
        #expect(ack.count == 19 && rader.count == 20)
        for rad in rader.dropFirst() {
            let tal = rad[2...7].compactMap(UppfoljningPrognosCommandTests.tal)
            try #require(tal.count == 6, "\(rad)")
            #expect(tal[0] == ack["\(rad[0]);\(rad[1])"], "\(rad)")
            // p2,5 ≤ p10 ≤ prognosis ≤ p90 ≤ p97,5: the mean of the simulated sums lies between their deciles.
            #expect(tal[2] <= tal[3] && tal[3] <= tal[1] && tal[1] <= tal[4] && tal[4] <= tal[5], "\(rad)")
        }
        // Every series is long enough for a model, so every interval is the model's own.
        #expect(k.stdout.split(separator: "\n").filter { $0.hasSuffix("modell") }.count == 19)
    }

    @Test("Changing every outcome after the cut-off (September–December 2018) changes no ETS prognosis")
    func serInteFramat() throws {
        let (mapp, db) = try UppfoljningPrognosCommandTests.exempelliggare()
        defer { try? FileManager.default.removeItem(at: mapp) }
        // The same ledger with every later amount tripled plus 12 345 kr.
        let andrad = mapp.appendingPathComponent("utfall-andrat.csv")
        var text = "enhet;konto;period;belopp\r\n"
        for rad in try Self.utfallsrader() {
            let belopp = rad.period > "2018-08" ? 3 * rad.belopp + 12_345 : rad.belopp
            text += "\(rad.enhet);\(rad.konto);\(rad.period);\(Int64(belopp))\r\n"
        }
        try text.write(to: andrad, atomically: true, encoding: .utf8)
        let andradDb = mapp.appendingPathComponent("andrad.sqlite").path
        for (slag, fil) in [("utfall", andrad.path),
                            ("budget", UppfoljningCommandTests.exempel.appendingPathComponent("budget.csv").path),
                            ("organisation", UppfoljningCommandTests.exempel.appendingPathComponent("organisation.csv").path)] {
            let k = try Korning.kor(["uppfoljning", "import", "--\(slag)", fil, "--db", andradDb])
            try #require(k.status == 0, "\(k.stderr)")
        }
        var filer: [Data] = []
        for (namn, liggare) in [("ren", db), ("andrad", andradDb)] {
            let ut = mapp.appendingPathComponent(namn)
            let k = try Korning.kor(["uppfoljning", "prognos", "--period", "2018-08", "--metod", "ets", "--db", liggare, "--out", ut.path])
            #expect(k.status == 0, "\(k.stderr)")
            filer.append(try Data(contentsOf: ut.appendingPathComponent("prognos.csv")))
        }
        #expect(filer[0] == filer[1])
        // The changed months do reach the ledger: a prognosis after October sees them.
        var oktober: [String] = []
        for liggare in [db, andradDb] {
            let k = try Korning.kor(["uppfoljning", "prognos", "--period", "2018-10", "--metod", "runrate", "--db", liggare])
            oktober.append(k.stdout)
        }
        #expect(oktober[0] != oktober[1])
    }
}
