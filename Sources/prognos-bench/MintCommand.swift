import ArgumentParser
import Forecasting
import Foundation
import LinearAlgebra
import Vokabular

/// `prognos-bench mint`: MinT reconciliation (`MinTrace`) of a generated hierarchy the size of a region's ledger
/// (300 units × 40 accounts = 12 000 series by default) under the levels `prognos uppfoljning --forsoning mint`
/// reconciles against: the total, the nämnder (three förvaltningar each), the förvaltningar (ten units each) and
/// the units. Errors of `--ar` years and base forecasts are generated (seeded): a shock shared by all series, one
/// per unit and one per series, each level's errors the sum of its series' plus its own, every series' errors
/// centred (so that HierarchicalForecast's covariance around the mean is ours around zero times T / (T − 1), which
/// MinT does not see). Times the estimate of `W` with its factorisation and the reconciliation; peak memory comes
/// from `/usr/bin/time -v`. With `--matriser-ut` it also writes the errors, base forecasts, levels and reconciled
/// forecasts for `bench/mint_peer.py`'s run of HierarchicalForecast on the same matrices.
struct MintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mint",
        abstract: "Mät MinT-avstämningen av en genererad hierarki i en regions storlek (tid; minnet med /usr/bin/time -v)."
    )

    @Option(help: "Antal enheter.")
    var enheter = 300

    @Option(help: "Antal konton per enhet.")
    var konton = 40

    @Option(help: "Antal år med fel att skatta kovariansen på.")
    var ar = 5

    @Option(help: "Fröet till de genererade felen och basprognoserna.")
    var seed: UInt64 = 1

    @Option(name: .customLong("matriser-ut"), help: "Skriv fel.csv, bas.csv, nivaer.csv och avstamda.csv hit (för bench/mint_peer.py).")
    var matriserUt: String?

    func run() throws {
        guard enheter >= 1, konton >= 1, ar >= 2 else { throw BenchFel("--enheter och --konton ska vara minst 1, --ar minst 2") }
        let hierarki = Self.hierarki(enheter: enheter, konton: konton)
        let (fel, bas) = Self.genererade(hierarki, serier: enheter * konton, ar: ar, seed: seed)
        let start = ContinuousClock.now
        let mint = try MinTrace(bottom: enheter * konton, aggregates: hierarki, errors: fel)
        let skattad = ContinuousClock.now
        let avstamda = try mint.reconcile(bas)
        let klar = ContinuousClock.now
        let avvikelse = hierarki.enumerated().map { p, delar in
            abs(avstamda[enheter * konton + p] - delar.reduce(0) { $0 + avstamda[$1] })
        }.max() ?? 0
        print("MinT på en genererad hierarki (genererade data, frö \(seed)): \(enheter) enheter × \(konton) konton = "
              + "\(Belopp.text(Double(enheter * konton), decimaler: 0)) serier under \(hierarki.count) nivåer, \(ar) år med fel")
        print("  W skattad och faktoriserad: \(Belopp.text(JamforCommand.seconds(skattad - start), decimaler: 3)) s, "
              + "avstämning: \(Belopp.text(JamforCommand.seconds(klar - skattad), decimaler: 3)) s, "
              + "λ = \(Belopp.text(mint.shrinkage, decimaler: 4)), största |nivå − summan av dess serier| = \(avvikelse)")
        if let matriserUt { try skriv(fel: fel, bas: bas, hierarki: hierarki, avstamda: avstamda, till: matriserUt) }
    }

    /// The matrices, one row a line, values with decimal points and commas: `fel.csv` (`ar` rows), `bas.csv` and
    /// `avstamda.csv` (one row), `nivaer.csv` (a level's series a line, numbered from 0).
    private func skriv(fel: Matrix, bas: [Double], hierarki: [[Int]], avstamda: [Double], till mapp: String) throws {
        let url = URL(fileURLWithPath: mapp)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        func rad<T>(_ v: [T]) -> String { v.map { "\($0)" }.joined(separator: ",") + "\n" }
        let filer = ["fel.csv": (0..<fel.rows).map { rad(fel.row($0)) }.joined(), "bas.csv": rad(bas),
                     "nivaer.csv": hierarki.map(rad).joined(), "avstamda.csv": rad(avstamda)]
        for (namn, text) in filer { try text.write(to: url.appendingPathComponent(namn), atomically: true, encoding: .utf8) }
    }

    /// The levels over `enheter × konton` series (series `u·konton + k`): the total, the nämnder, the förvaltningar
    /// and the units, each as the series it sums, the way `Genereradliggare.skrivOrganisation` places the units.
    static func hierarki(enheter: Int, konton: Int) -> [[Int]] {
        func serier(_ units: Range<Int>) -> [Int] { Array((units.lowerBound * konton)..<(units.upperBound * konton)) }
        let namnder = stride(from: 0, to: enheter, by: 30).map { serier($0..<min($0 + 30, enheter)) }
        let forvaltningar = stride(from: 0, to: enheter, by: 10).map { serier($0..<min($0 + 10, enheter)) }
        return [serier(0..<enheter)] + namnder + forvaltningar + (0..<enheter).map { serier($0..<($0 + 1)) }
    }

    /// Errors (`ar × (serier + levels)`) and base forecasts in the order series, then `hierarki`'s levels.
    static func genererade(_ hierarki: [[Int]], serier: Int, ar: Int, seed: UInt64) -> (Matrix, [Double]) {
        var slump = SplitMix64(seed: seed)
        let n = serier + hierarki.count, enhet = hierarki.last?.count ?? 1
        let skala = (0..<serier).map { _ in 1 + 20 * Double(slump.next() % 1_000) / 1_000 }
        var fel = Matrix(rows: ar, columns: n)
        for t in 0..<ar {
            let gemensam = slump.nextStandardNormal()
            let perEnhet = (0..<(serier + enhet - 1) / enhet).map { _ in slump.nextStandardNormal() }
            for s in 0..<serier {
                fel[t, s] = skala[s] * (0.5 * gemensam + 0.5 * perEnhet[s / enhet] + slump.nextStandardNormal())
            }
            for (p, delar) in hierarki.enumerated() {
                let summa = delar.reduce(0) { $0 + fel[t, $1] }
                fel[t, serier + p] = summa + 5 * Double(delar.count).squareRoot() * slump.nextStandardNormal()
            }
        }
        for i in 0..<n {
            let medel = (0..<ar).reduce(0) { $0 + fel[$1, i] } / Double(ar)
            for t in 0..<ar { fel[t, i] -= medel }
        }
        let bas = skala.map { 1_000 * $0 + 10 * $0 * slump.nextStandardNormal() }
        let nivaer = hierarki.map { delar in
            delar.reduce(0) { $0 + bas[$1] } + 20 * Double(delar.count).squareRoot() * slump.nextStandardNormal()
        }
        return (fel, bas + nivaer)
    }
}
