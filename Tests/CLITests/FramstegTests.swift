import Foundation
import Testing

/// Progress of long runs goes to standard error only: the results on standard output are byte for byte the
/// same with it and with `--tyst`, which silences it.
@Suite("Framsteg")
struct FramstegTests {
    /// A line every report, so that a short test run shows them.
    static let varjeRapport = ["PROGNOS_FRAMSTEG_SEKUNDER": "0"]

    /// The example ledger's budget and outcome imported quietly into a new ledger in `mapp`; its path.
    static func exempelliggare(_ mapp: URL) throws -> String {
        let db = mapp.appendingPathComponent("l.sqlite").path
        for slag in ["budget", "utfall"] {
            let fil = UppfoljningCommandTests.exempel.appendingPathComponent("\(slag).csv").path
            #expect(try Korning.kor(["uppfoljning", "import", "--\(slag)", fil, "--db", db, "--tyst"]).status == 0)
        }
        return db
    }

    @Test("Population simulation: progress on stderr, stdout the same with --tyst")
    func befolkning() throws {
        let argument = ["befolkning", "--simuleringar", "200", "--horisont", "20", "--seed", "3"]
        let med = try Korning.kor(argument, miljo: Self.varjeRapport)
        let utan = try Korning.kor(argument + ["--tyst"], miljo: Self.varjeRapport)
        #expect(med.status == 0 && utan.status == 0)
        #expect(med.stdout == utan.stdout && !med.stdout.isEmpty)
        #expect(utan.stderr.isEmpty)
        let rader = med.stderr.split(separator: "\n")
        #expect(rader.count >= 2 && rader.allSatisfy { $0.hasPrefix("prognos: simulering: ") && $0.contains(" % klart") }, "\(med.stderr)")
        #expect(rader.last == "prognos: simulering: 100 % klart")
    }

    @Test("Ledger backtest: progress on stderr, stdout the same with --tyst")
    func backtest() throws {
        let mapp = try Korning.tempmapp()
        defer { try? FileManager.default.removeItem(at: mapp) }
        let db = try Self.exempelliggare(mapp)
        let argument = ["uppfoljning", "backtest", "--metod", "runrate", "--metod", "profil", "--db", db]
        let med = try Korning.kor(argument, miljo: Self.varjeRapport)
        let utan = try Korning.kor(argument + ["--tyst"], miljo: Self.varjeRapport)
        #expect(med.stdout == utan.stdout && !med.stdout.isEmpty && utan.stderr.isEmpty)
        #expect(med.stderr.split(separator: "\n").last == "prognos: backtest: 100 % klart", "\(med.stderr)")
        // By default (a line every 5 s) a run this short writes nothing to stderr.
        #expect(try Korning.kor(argument).stderr.isEmpty)
    }

    @Test("Ledger backtest with MinT: the reconciliation's part reports too, stdout the same with --tyst")
    func backtestMint() throws {
        let mapp = try Korning.tempmapp()
        defer { try? FileManager.default.removeItem(at: mapp) }
        let db = try Self.exempelliggare(mapp)
        let argument = ["uppfoljning", "backtest", "--metod", "profil", "--forsoning", "mint", "--db", db]
        let med = try Korning.kor(argument, miljo: Self.varjeRapport)
        let utan = try Korning.kor(argument + ["--tyst"], miljo: Self.varjeRapport)
        #expect(med.status == 0 && med.stdout == utan.stdout && med.stdout.contains("MinT") && utan.stderr.isEmpty)
        // The methods' backtest comes first, then MinT's part, which weighs more here (it makes the profile's
        // prognoses with its levels for every year; `forsoningsarbete`): lines past 50 % come from MinT's cut-offs.
        let procent = med.stderr.split(separator: "\n").compactMap { rad in
            rad.split(separator: ":").last?.split(separator: " ").first.flatMap { Int($0) }
        }
        #expect(procent.contains { $0 > 50 && $0 < 100 } && procent == procent.sorted(), "\(med.stderr)")
        #expect(med.stderr.split(separator: "\n").last == "prognos: backtest: 100 % klart", "\(med.stderr)")
    }

    @Test("ETS prognosis (fitted on all cores): progress on stderr, stdout the same with --tyst")
    func etsPrognos() throws {
        let (mapp, db) = try UppfoljningPrognosCommandTests.exempelliggare()
        defer { try? FileManager.default.removeItem(at: mapp) }
        let argument = ["uppfoljning", "prognos", "--period", "2018-08", "--metod", "ets", "--db", db]
        let med = try Korning.kor(argument, miljo: Self.varjeRapport)
        let utan = try Korning.kor(argument + ["--tyst"], miljo: Self.varjeRapport)
        #expect(med.status == 0 && utan.status == 0)
        #expect(med.stdout == utan.stdout && med.stdout.hasPrefix("Helårsprognos 2018 efter augusti, metod ets") && utan.stderr.isEmpty)
        let rader = med.stderr.split(separator: "\n")
        #expect(rader.count >= 2 && rader.allSatisfy { $0.hasPrefix("prognos: prognos: ") && $0.contains(" % klart") }, "\(med.stderr)")
        #expect(rader.last == "prognos: prognos: 100 % klart")
    }
}
