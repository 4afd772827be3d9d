import ArgumentParser
import Forecasting
import Foundation

/// `prognos-bench varmstart`: the ETS combination at each of the last `ursprung` origins of every series of a
/// file, once searched cold at every origin and once as the ledger's backtest makes it (cold at the first
/// origin, warm-started from it at the later ones, `ETSCombination.refitted(to:)`), on one core. Reports the
/// processor time of each (not the wall clock, which other work on the machine stretches unevenly) and how the
/// warm fits' lowest AICc and chosen model compare with the cold ones'.
struct VarmstartCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "varmstart",
        abstract: "Jämför ETS-kombinationen skattad kallt vid varje ursprung med varmstart från årets första (en kärna)."
    )

    @Option(help: "CSV med en serie per rad (värden med kommatecken), t.ex. liggarserierna från prognos-bench liggare.")
    var serier: String

    @Option(help: "Säsongsperiod.")
    var period = 12

    @Option(help: "Antal ursprung per serie: de sista månaderna, som i backtesten månad 1–11.")
    var ursprung = 11

    func run() throws {
        let series = try Benchfiler.text(serier).split(whereSeparator: \.isNewline).map { line in
            try line.split(separator: ",").map { text -> Double in
                guard let value = try Benchfiler.number(String(text)) else { throw BenchFel("tomt värde i \(serier)") }
                return value
            }
        }
        // Each origin's lowest AICc and chosen model, cold and warm.
        var cold: [(Double, String)] = [], warm: [(Double, String)] = []
        func described(_ c: ETSCombination?) -> (Double, String) {
            guard let c else { return (.nan, "-") }
            return (c.selected.aicc, c.selected.specification.code)
        }
        let cuts = { (y: [Double]) in (y.count - self.ursprung + 1)...y.count }
        let coldTime = Self.processorTime {
            for y in series { for cut in cuts(y) { cold.append(described(try? ETSCombination.fit(Array(y[..<cut]), period: period))) } }
        }
        let warmTime = Self.processorTime {
            for y in series {
                var anchor: ETSCombination?
                for cut in cuts(y) {
                    let part = Array(y[..<cut])
                    let fitted = try? (anchor.map { try $0.refitted(to: part) } ?? ETSCombination.fit(part, period: period))
                    if anchor == nil { anchor = fitted }
                    warm.append(described(fitted))
                }
            }
        }
        let differences = zip(warm, cold).map { $0.0 - $1.0 }.filter(\.isFinite)
        let fits = Double(cold.count)
        print("ursprung,kall_cpu_s,varm_cpu_s,kall_per_s,varm_per_s,kvot,samma_modell,varm_hogre_aicc_0_01,medel_aicc_diff,max_aicc_diff,min_aicc_diff")
        let c = coldTime, w = warmTime
        let same = zip(warm, cold).filter { $0.1 == $1.1 }.count
        let worse = differences.filter { $0 > 0.01 }.count
        let mean = differences.reduce(0, +) / Double(max(differences.count, 1))
        print("\(cold.count),\(c),\(w),\(fits / c),\(fits / w),\(c / w),\(same),\(worse),\(mean),\(differences.max() ?? .nan),\(differences.min() ?? .nan)")
    }

    /// The processor time `work` takes on this thread, seconds.
    static func processorTime(_ work: () -> Void) -> Double {
        func now() -> Double {
            var t = timespec()
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
            return Double(t.tv_sec) + Double(t.tv_nsec) * 1e-9
        }
        let start = now()
        work()
        return now() - start
    }
}
