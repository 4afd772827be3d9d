import Foundation
@testable import prognos
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

    /// What `visning` writes for each report of (share, seconds since the start), nil for nothing.
    static func utskrifter(_ visning: Framstegsvisning, _ rapporter: [(andel: Double, gatt: Double)]) -> [String?] {
        var visning = visning
        return rapporter.map { visning.rapport($0.andel, efter: $0.gatt) }
    }

    @Test("On a terminal: one line rewritten with \\r from the first second, padded over a longer text, ended once at 100 %")
    func terminal() {
        let visning = Framstegsvisning(vad: "backtest", terminal: true, intervall: 5)
        let rapporter: [(andel: Double, gatt: Double)] = [(0.05, 0.5), (0.1, 1.5), (0.1, 1.52), (0.5, 3), (0.99, 5.9), (1, 6), (1, 7), (0.2, 8)]
        let skrivet = Self.utskrifter(visning, rapporter)
        // Each text padded with spaces over the longer one before it.
        let vantat: [String?] = [nil, "\rbacktest: 10 % klart, cirka 18 s kvar", nil, "\rbacktest: 50 % klart, cirka 3 s kvar ",
                                 "\rbacktest: 99 % klart, cirka 0 s kvar", "\rbacktest: 100 % klart" + String(repeating: " ", count: 15) + "\n",
                                 nil, nil]
        #expect(skrivet == vantat)
        // One line: every write starts with a carriage return and the only newline ends the last.
        let allt = skrivet.compactMap { $0 }.joined()
        #expect(allt.filter { $0 == "\n" }.count == 1 && allt.hasSuffix("\n"))
        var oppen = visning
        _ = oppen.rapport(0.3, efter: 2)
        #expect(oppen.oppen)
        _ = oppen.rapport(1, efter: 3)
        #expect(!oppen.oppen)
    }

    @Test("On a terminal a run shorter than a second shows nothing, also when 100 % is reported again later")
    func terminalKort() {
        let visning = Framstegsvisning(vad: "inläsning", terminal: true, intervall: 5)
        let rapporter: [(andel: Double, gatt: Double)] = [(0.5, 0.2), (1, 0.8), (1, 1.5)]
        #expect(Self.utskrifter(visning, rapporter).allSatisfy { $0 == nil })
    }

    @Test("Not on a terminal: a line every interval, 100 % once, the share never back; a short run writes nothing")
    func logg() {
        let visning = Framstegsvisning(vad: "inläsning", terminal: false, intervall: 5)
        let rapporter: [(andel: Double, gatt: Double)] = [(0.1, 1), (0.4, 6), (0.3, 7), (0.5, 10.9), (0.45, 11.5), (1, 12), (1, 13), (1, 30)]
        let vantat: [String?] = [nil, "prognos: inläsning: 40 % klart, cirka 10 s kvar\n", nil, nil,
                                 "prognos: inläsning: 50 % klart, cirka 13 s kvar\n", "prognos: inläsning: 100 % klart\n", nil, nil]
        #expect(Self.utskrifter(visning, rapporter) == vantat)
        let kort: [(andel: Double, gatt: Double)] = [(0.6, 2), (1, 4), (1, 9)]
        #expect(Self.utskrifter(visning, kort).allSatisfy { $0 == nil })
    }

    @Test("Time left: from the pace since the first report; seconds below 90, minutes below 90 min, then hours and minutes; none before 1 % more and at 100 %")
    func tidKvar() {
        let sekunder: [Double] = [0.2, 12.4, 89.4, 90, 5_399, 5_400, 3 * 3_600 + 5 * 60 + 20]
        #expect(sekunder.map(Framstegsvisning.tid) == ["0 s", "12 s", "89 s", "2 min", "90 min", "1 h 30 min", "3 h 5 min"])
        let visning = Framstegsvisning(vad: "prognos", terminal: false, intervall: 0)
        let rapporter: [(andel: Double, gatt: Double)] = [(0.005, 1), (0.01, 2), (0.25, 10), (1, 40)]
        let vantat: [String?] = ["prognos: prognos: 0 % klart\n", "prognos: prognos: 1 % klart\n",
                                 "prognos: prognos: 25 % klart, cirka 28 s kvar\n", "prognos: prognos: 100 % klart\n"]
        #expect(Self.utskrifter(visning, rapporter) == vantat)
        // 100 s before the first report (reading a ledger) are not part of the pace: 10 % more in 10 s leaves 80 s.
        let efterLasning: [(andel: Double, gatt: Double)] = [(0.1, 100), (0.2, 110)]
        #expect(Self.utskrifter(visning, efterLasning).last == "prognos: prognos: 20 % klart, cirka 80 s kvar\n")
    }

    @Test("Import: progress by the lines read, one line at 100 % at the end, stdout the same with --tyst")
    func inlasning() throws {
        let mapp = try Korning.tempmapp()
        defer { try? FileManager.default.removeItem(at: mapp) }
        // 30 000 lines in less than the megabyte the file is read by at a time: a report every 10 000 lines.
        let export = mapp.appendingPathComponent("stor.csv")
        try UppfoljningCommandTests.storExport(export)
        let argument = { (db: String) in ["uppfoljning", "import", "--utfall", export.path, "--db", mapp.appendingPathComponent(db).path] }
        let med = try Korning.kor(argument("med.sqlite"), miljo: Self.varjeRapport)
        let utan = try Korning.kor(argument("utan.sqlite") + ["--tyst"], miljo: Self.varjeRapport)
        #expect(med.status == 0 && utan.status == 0)
        #expect(med.stdout.replacingOccurrences(of: "med.sqlite", with: "utan.sqlite") == utan.stdout && utan.stderr.isEmpty)
        let rader = med.stderr.split(separator: "\n")
        let procent = rader.compactMap { $0.split(separator: ": ").last?.split(separator: " ").first.flatMap { Int($0) } }
        #expect(procent.count == rader.count && procent.count >= 3 && procent == procent.sorted(), "\(med.stderr)")
        #expect(rader.filter { $0.hasSuffix("100 % klart") }.count == 1 && rader.last == "prognos: inläsning: 100 % klart", "\(med.stderr)")
    }

    @Test("Prognosis by the methods without a model: progress by the amounts read, stdout the same with --tyst")
    func prognosUtanModell() throws {
        let mapp = try Korning.tempmapp()
        defer { try? FileManager.default.removeItem(at: mapp) }
        let db = try UppfoljningCommandTests.storLiggare(i: mapp)
        for metod in ["runrate", "profil", "budget", "budget --framfor-avvikelse", "regression"] {
            let argument = ["uppfoljning", "prognos", "--period", "2018-08", "--metod"] + metod.split(separator: " ").map(String.init) + ["--db", db]
            let med = try Korning.kor(argument, miljo: Self.varjeRapport)
            let utan = try Korning.kor(argument + ["--tyst"], miljo: Self.varjeRapport)
            #expect(med.status == 0 && med.stdout == utan.stdout && !med.stdout.isEmpty && utan.stderr.isEmpty, "\(metod): \(med.stderr)")
            // 30 000 amounts, a report every 10 000 read and one when the prognosis is made.
            let rader = med.stderr.split(separator: "\n")
            #expect(rader.compactMap { $0.split(separator: ": ").last?.split(separator: " ").first.flatMap { Int($0) } } == [33, 66, 100],
                    "\(metod): \(med.stderr)")
            #expect(rader.last == "prognos: prognos: 100 % klart", "\(metod): \(med.stderr)")
        }
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
