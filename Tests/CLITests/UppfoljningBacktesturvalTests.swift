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
        // Two years: too little history for an ETS prognosis (two full years before the cut-off), so no fit is made.
        var rader = ["enhet;konto;period;belopp"]
        for enhet in 1...31 {
            for ar in 2017...2018 {
                for manad in 1...12 { rader.append("E\(enhet);4010;\(ar)-\(manad < 10 ? "0" : "")\(manad);\(1_000 + enhet * 10 + manad)") }
            }
        }
        let utfall = mapp.appendingPathComponent("utfall.csv"), db = mapp.appendingPathComponent("l.sqlite").path
        try Data((rader.joined(separator: "\n") + "\n").utf8).write(to: utfall)
        let import_ = try Korning.kor(["uppfoljning", "import", "--utfall", utfall.path, "--db", db])
        #expect(import_.status == 0, "\(import_.stderr)")
        let rad = "ets prövad på ett fast urval av 30 av liggarens 31 serier (högst 30 per konto); bästa metod per konto jämförs "
            + "på dem. --hela-liggaren prövar alla (tar timmar på en regions liggare)."
        let urval = try Korning.kor(["uppfoljning", "backtest", "--metod", "ets", "--metod", "profil", "--db", db, "--tyst"])
        #expect(urval.status == 0, "\(urval.stderr)")
        #expect(urval.stdout.contains(rad), "\(urval.stdout)")
        let alla = try Korning.kor(["uppfoljning", "backtest", "--metod", "ets", "--metod", "profil", "--hela-liggaren", "--db", db, "--tyst"])
        #expect(alla.status == 0, "\(alla.stderr)")
        #expect(!alla.stdout.contains("urval"), "\(alla.stdout)")
        // Without ETS there is nothing to sample.
        let profil = try Korning.kor(["uppfoljning", "backtest", "--metod", "profil", "--db", db, "--tyst"])
        #expect(!profil.stdout.contains("urval"), "\(profil.stdout)")
    }
}
