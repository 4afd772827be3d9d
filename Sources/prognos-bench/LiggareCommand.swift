import Application
import ArgumentParser
import Foundation
import Uppfoljning
import Vokabular

/// `prognos-bench liggare`: a generated region-sized ledger (`Genereradliggare`, 300 units × 40 accounts × 6
/// years by default) through the ledger's use cases, timed: the import of outcome and budget, every method's
/// prognosis after a month of the last year, and the backtest over all months of the last year. ETS, which
/// fits a model per series and month on all cores, runs on the first `--ets-enheter` units (a ledger of the
/// same series), and the time for the whole ledger is that rate scaled up. With `--serier-ut` it also writes
/// the ETS series of one prognosis (from the first booking through the month) for `bench/ets_driver.py`'s
/// comparison with statsforecast on the same series. With `--filer-ut` it only writes the ledger's files, for the
/// `prognos` commands.
struct LiggareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "liggare",
        abstract: "Mät import, alla metoders prognos och backtesten av ett år på en genererad liggare i regionens storlek."
    )

    @Option(help: "Antal enheter.")
    var enheter = 300

    @Option(help: "Antal konton per enhet.")
    var konton = 40

    @Option(help: "Antal år (från 2013).")
    var ar = 6

    @Option(help: "Fröet till de genererade beloppen.")
    var seed: UInt64 = 1

    @Option(help: "Prognosmånaden (1–11) i det sista året.")
    var manad = 8

    @Option(name: .customLong("ets-enheter"), help: "Enheter som ETS körs på (de första).")
    var etsEnheter = 2

    @Option(name: .customLong("serier-ut"), help: "Skriv ETS-seriernas historik t.o.m. prognosmånaden hit (en serie per rad).")
    var serierUt: String?

    @Option(name: .customLong("jamfor-serier"), help: "Antal serier i filen för --serier-ut (kostnadskonton, positiva).")
    var jamforSerier = 200

    @Flag(name: .customLong("bara-serier"), help: "Skriv bara --serier-ut, utan import och mätningar.")
    var baraSerier = false

    @Option(name: .customLong("filer-ut"), help: "Skriv bara liggarens utfall.csv, budget.csv och organisation.csv (tio enheter per förvaltning, tre förvaltningar per nämnd) i den här mappen, utan import och mätningar.")
    var filerUt: String?

    func run() throws {
        if baraSerier {
            guard let serierUt else { throw BenchFel("--bara-serier kräver --serier-ut") }
            let del = Genereradliggare(enheter: min(etsEnheter, enheter), konton: konton, ar: ar, seed: seed)
            return try skrivSerier(del, till: serierUt, tom: 12 * (ar - 1) + manad)
        }
        if let filerUt {
            let mapp = URL(fileURLWithPath: filerUt)
            try FileManager.default.createDirectory(at: mapp, withIntermediateDirectories: true)
            let liggare = Genereradliggare(enheter: enheter, konton: konton, ar: ar, seed: seed)
            _ = try liggare.skriv(utfall: mapp.appendingPathComponent("utfall.csv"), budget: mapp.appendingPathComponent("budget.csv"))
            return try liggare.skrivOrganisation(mapp.appendingPathComponent("organisation.csv"))
        }
        let mapp = FileManager.default.temporaryDirectory.appendingPathComponent("prognos-bench-liggare-\(getpid())")
        try FileManager.default.createDirectory(at: mapp, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: mapp) }
        let hela = Genereradliggare(enheter: enheter, konton: konton, ar: ar, seed: seed)
        let del = Genereradliggare(enheter: min(etsEnheter, enheter), konton: konton, ar: ar, seed: seed)
        let sistaAr = Genereradliggare.forstaAr + ar - 1
        guard let period = Period(ar: sistaAr, manad: manad), (1...11).contains(manad) else { throw BenchFel("--manad ska vara 1–11") }
        let serier = enheter * konton, delserier = del.enheter * konton
        // ETS's prognosis fits every series, its backtest at most `etsBacktestPerKonto` series per account, and both
        // the year before for the calibration series (at most `etsKalibreringsurval`): the whole ledger's time is the
        // part's time per fit times the whole ledger's fits.
        let kalibrering = { (n: Int) in min(n, Uppfoljningsmodellval.etsKalibreringsurval) }
        let uppskalning = Double(serier + kalibrering(serier)) / Double(delserier + kalibrering(delserier))
        let provade = { (e: Int) in konton * min(e, Uppfoljningsmodellval.etsBacktestPerKonto) + kalibrering(e * konton) }
        let backtestUppskalning = Double(provade(enheter)) / Double(provade(del.enheter))
        print("Genererad liggare (genererade data, frö \(seed)): \(enheter) enheter × \(konton) konton × \(ar) år = "
              + "\(Belopp.text(Double(serier), decimaler: 0)) serier, \(ProcessInfo.processInfo.activeProcessorCount) kärnor")

        let db = try importera(hela, i: mapp.appendingPathComponent("hela"), visa: true)
        let deldb = try importera(del, i: mapp.appendingPathComponent("del"), visa: false)

        for metod in Prognosmetod.allCases {
            let etsDel = metod == .ets
            let (s, prognos) = try tid { try Uppfoljningskorning.prognos(metod, efter: period, db: etsDel ? deldb : db) }
            let antal = prognos.rader.filter { $0.prognos != nil }.count
            print("  prognos efter \(period), \(metod.namn): \(sekunder(s)) för \(Belopp.text(Double(antal), decimaler: 0)) serier med prognos"
                  + (etsDel ? " av \(Belopp.text(Double(delserier), decimaler: 0)) (de första \(del.enheter) enheterna), "
                     + "\(Belopp.text(Double(delserier) / s, decimaler: 1)) serier/s; hela liggaren uppskattningsvis "
                     + "\(sekunder(s * uppskalning))" : ""))
        }
        let matris = Prognosmetod.allCases.filter { $0 != .ets }
        let (sMatris, bMatris) = try tid {
            try Uppfoljningskorning.backtest(matris, tolerans: Uppfoljningsmodellval.stabilitetstolerans, ar: sistaAr, db: db)
        }
        print("  backtest \(sistaAr), månad 1–11, \(matris.map(\.namn).joined(separator: ", ")): \(sekunder(sMatris)), "
              + "\(Belopp.text(Double(bMatris.metoder.rader.map(\.antal).reduce(0, +)), decimaler: 0)) prognoser")
        let (sETS, bETS) = try tid {
            try Uppfoljningskorning.backtest([.ets], tolerans: Uppfoljningsmodellval.stabilitetstolerans, ar: sistaAr, db: deldb)
        }
        let skattningar = bETS.metoder.rader.map(\.antal).reduce(0, +)
        print("  backtest \(sistaAr), månad 1–11, ets på de första \(del.enheter) enheterna: \(sekunder(sETS)), "
              + "\(Belopp.text(Double(skattningar), decimaler: 0)) prognoser, \(Belopp.text(Double(skattningar) / sETS, decimaler: 1)) per s; "
              + "hela liggaren (ets på högst \(Uppfoljningsmodellval.etsBacktestPerKonto) serier per konto) uppskattningsvis "
              + "\(sekunder(sETS * backtestUppskalning))")
        for rad in (bMatris.metoder.rader + bETS.metoder.rader).filter({ [3, 8].contains($0.manad) }) {
            print("    \(rad.metod.namn) efter månad \(rad.manad): MAPE \(rad.mape.map { Belopp.text($0, decimaler: 2) } ?? "–") %, "
                  + "80 %-intervallet täcker \(rad.inom80.map { Belopp.text(100 * $0, decimaler: 1) } ?? "–") %, "
                  + "95 %-intervallet \(rad.inom95.map { Belopp.text(100 * $0, decimaler: 1) } ?? "–") %")
        }
        if let serierUt { try skrivSerier(del, till: serierUt, tom: 12 * (ar - 1) + manad) }
    }

    /// Writes `liggare`'s outcome and budget files in `mapp` and imports them into a new ledger there;
    /// returns the ledger's path. With `visa` the times are printed.
    private func importera(_ liggare: Genereradliggare, i mapp: URL, visa: Bool) throws -> String {
        try FileManager.default.createDirectory(at: mapp, withIntermediateDirectories: true)
        let utfall = mapp.appendingPathComponent("utfall.csv"), budget = mapp.appendingPathComponent("budget.csv")
        let storlek = try liggare.skriv(utfall: utfall, budget: budget)
        let db = mapp.appendingPathComponent("l.sqlite").path
        let (sUtfall, u) = try tid { try Uppfoljningskorning.importera(.utfall, fil: utfall.path, db: db) }
        let (sBudget, _) = try tid { try Uppfoljningskorning.importera(.budget, fil: budget.path, db: db) }
        if visa, case .belopp(let s) = u {
            print("  import av utfallet: \(Belopp.text(Double(s.antalBelopp), decimaler: 0)) belopp, "
                  + "\(Belopp.text(Double(storlek) / 1e6, decimaler: 1)) MB: \(sekunder(sUtfall)), "
                  + "\(Belopp.text(Double(s.antalBelopp) / sUtfall, decimaler: 0)) belopp/s; budgeten \(sekunder(sBudget))")
        }
        return db
    }

    /// The first `jamforSerier` cost series of `liggare` with at least two years through month index `tom`
    /// (inclusive), from their first booking, one a line with decimal points.
    private func skrivSerier(_ liggare: Genereradliggare, till fil: String, tom: Int) throws {
        var rader: [String] = []
        outer: for e in 0..<liggare.enheter {
            for k in 4..<liggare.konton {
                let s = liggare.serie(enhet: e, konto: k)
                guard tom - s.start + 1 >= Uppfoljningsmodellval.etsMinstaHistorik else { continue }
                rader.append(s.utfall[s.start...tom].map { "\($0)" }.joined(separator: ","))
                if rader.count == jamforSerier { break outer }
            }
        }
        try (rader.joined(separator: "\n") + "\n").write(toFile: fil, atomically: true, encoding: .utf8)
    }

    private func tid<T>(_ steg: () throws -> T) throws -> (Double, T) {
        let start = ContinuousClock.now
        let resultat = try steg()
        return (JamforCommand.seconds(ContinuousClock.now - start), resultat)
    }

    private func sekunder(_ s: Double) -> String {
        s < 120 ? "\(Belopp.text(s, decimaler: 2)) s" : "\(Belopp.text(s / 60, decimaler: 1)) min"
    }
}
