import Foundation
import Testing

/// `prognos uppfoljning backtest` on a ledger with more units on an account than ETS's backtest tests: the text says
/// that ETS was tested on a sample and how to test every series.
@Suite("prognos uppfoljning backtest: ets på ett urval av serierna")
struct UppfoljningBacktesturvalTests {
    @Test("31 units on one account: ets tested on 30 of the 31 series, all of them with --hela-liggaren")
    func urval() throws {
        let mapp = FileManager.default.temporaryDirectory.appendingPathComponent("prognos-urval-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: mapp, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: mapp) }
        // Three years of a fixed amount per unit: every unit has the two years ETS needs by January 2018, and a
        // constant series' ETS prognosis is the amount itself, so nothing is fitted.
        var rader = ["enhet;konto;period;belopp"]
        for enhet in 1...31 {
            for ar in 2016...2018 {
                for manad in 1...12 { rader.append("E\(enhet);4010;\(ar)-\(manad < 10 ? "0" : "")\(manad);\(1_000 + enhet * 10)") }
            }
        }
        let utfall = mapp.appendingPathComponent("utfall.csv"), db = mapp.appendingPathComponent("l.sqlite").path
        try Data((rader.joined(separator: "\n") + "\n").utf8).write(to: utfall)
        let import_ = try Korning.kor(["uppfoljning", "import", "--utfall", utfall.path, "--db", db])
        #expect(import_.status == 0, "\(import_.stderr)")
        let rad = "ets prövad på ett fast urval av 30 av liggarens 31 serier (högst 30 per konto): ets rader och bästa metod per "
            + "konto vilar på dem. --hela-liggaren prövar alla (tar timmar på en regions liggare)."
        let ut = mapp.appendingPathComponent("ut")
        let urval = try Korning.kor(["uppfoljning", "backtest", "--metod", "ets", "--metod", "profil", "--ar", "2018", "--db", db, "--tyst",
                                     "--out", ut.path])
        #expect(urval.status == 0, "\(urval.stderr)")
        #expect(urval.stdout.contains(rad), "\(urval.stdout)")
        // ETS's rows count the sample: 30 prognoses after each month; with every series 31.
        #expect(urval.stdout.contains("Prognoser per månad (serier × år): ets 30, profil 31."), "\(urval.stdout)")
        // backtest.csv says the same per row: `antal` (the prognoses) and `antal_intervall` (those with an interval).
        let csv = try UppfoljningPrognosCommandTests.csv(ut.appendingPathComponent("backtest.csv"))
        #expect(csv.first?.suffix(2) == ["antal", "antal_intervall"])
        #expect(csv.dropFirst().filter { $0[0] == "ets" }.map { $0[6] } == Array(repeating: "30", count: 11))
        #expect(csv.dropFirst().filter { $0[0] == "profil" }.map { $0[6] } == Array(repeating: "31", count: 11))
        let alla = try Korning.kor(["uppfoljning", "backtest", "--metod", "ets", "--metod", "profil", "--ar", "2018", "--hela-liggaren",
                                    "--db", db, "--tyst"])
        #expect(alla.status == 0, "\(alla.stderr)")
        #expect(!alla.stdout.contains("urval"), "\(alla.stdout)")
        #expect(alla.stdout.contains("Prognoser per månad (serier × år): ets 31, profil 31."), "\(alla.stdout)")
        // Without ETS there is nothing to sample.
        let profil = try Korning.kor(["uppfoljning", "backtest", "--metod", "profil", "--db", db, "--tyst"])
        #expect(!profil.stdout.contains("urval"), "\(profil.stdout)")
    }
}
