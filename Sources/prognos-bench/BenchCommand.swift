import ArgumentParser
import Foundation
import LinearAlgebra

/// `prognos-bench karna`: times the BLAS/LAPACK-backed operations of the `LinearAlgebra` module on
/// deterministic pseudo-random inputs and prints the best time per operation, then the stochastic
/// population projection (see `Befolkningsbench`) and the backtest of the full-year methods. `make bench`
/// keeps what it prints for the latest run in bench/RESULTS.md (`ResultatCommand`).
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "karna",
        abstract: "Mät prestanda för linjär algebra (dgemm, solve, Cholesky, egenvärden, scenariobatch) "
            + "den stokastiska befolkningsprojektionen och backtesten av helårsmetoderna.",
        discussion: """
            Tiderna inkluderar modulens kontroller (form, ändliga värden, symmetri). Bygg med \
            release för representativa siffror: make bench
            """
    )

    /// Matrix order `n` for the n×n benchmarks.
    @Option(help: "Matrisstorlek n för n×n-testerna (1–5 000).")
    var size: Int = 500

    /// How many times each operation runs; the best time is reported.
    @Option(help: "Antal upprepningar per operation (bästa tiden redovisas).")
    var repeats: Int = 3

    /// The bundled SCB data, relative to the project folder (the project's benchmarks run there).
    static let standarddata = "notebooks-data/scb-befolkning-1968-2015"

    /// SCB data for the population benchmark.
    @Option(name: .customLong("befolkning-data"),
            help: "Mapp med SCB-data för befolkningsprojektionen (standard: \(Self.standarddata)).")
    var befolkningData: String?

    /// Paths of the population benchmark.
    @Option(name: .customLong("befolkning-banor"), help: "Antal banor i befolkningsprojektionen.")
    var befolkningBanor = 10_000

    /// Years of the population benchmark.
    @Option(name: .customLong("befolkning-horisont"), help: "Antal år i befolkningsprojektionen.")
    var befolkningHorisont = 50

    /// Where to write the estimated population parameters and the Swift results as JSON.
    @Option(name: .customLong("befolkning-parametrar"),
            help: "Skriv befolkningsmodellens skattade parametrar och resultaten som JSON i den här filen.")
    var befolkningParametrar: String?

    /// Series in the benchmark of the full-year methods' backtest (`Metodbench`).
    @Option(name: .customLong("uppfoljning-serier"), help: "Antal syntetiska serier i backtesten av helårsmetoderna.")
    var uppfoljningSerier = 5_000

    /// Only the backtest of the full-year methods.
    @Flag(name: .customLong("bara-uppfoljning"), help: "Mät bara backtesten av helårsmetoderna.")
    var baraUppfoljning = false

    /// Only the population projection.
    @Flag(name: .customLong("bara-befolkning"), help: "Mät bara befolkningsprojektionen.")
    var baraBefolkning = false

    func validate() throws {
        // Three n×n matrices and a factorisation's workspace must fit: 5 000 is 200 MB each.
        guard (1...5_000).contains(size) else { throw ValidationError("--size ska vara 1–5 000.") }
        guard repeats >= 1 else { throw ValidationError("--repeats måste vara minst 1.") }
        guard (1...1_000_000).contains(befolkningBanor) else {
            throw ValidationError("--befolkning-banor ska vara 1–1 000 000.")
        }
        guard (1...200).contains(befolkningHorisont) else { throw ValidationError("--befolkning-horisont ska vara 1–200 år.") }
        guard (1...1_000_000).contains(uppfoljningSerier) else { throw ValidationError("--uppfoljning-serier ska vara 1–1 000 000.") }
    }

    func run() throws {
        var delar: [String] = []
        if !baraUppfoljning {
            if !baraBefolkning { delar.append(try linjarAlgebra()) }
            delar.append(try befolkning())
        }
        if !baraBefolkning {
            delar.append(try Metodbench(serier: uppfoljningSerier, ar: 10, repeats: repeats).kor())
        }
        print(delar.joined(separator: "\n\n"))
    }

    /// The population projection: timing, memory and, with `--befolkning-parametrar`, the JSON file.
    private func befolkning() throws -> String {
        let data = befolkningData ?? Self.standarddata
        // Outside the project folder without a data option there is nothing to measure: say so, not fail.
        if befolkningData == nil, befolkningParametrar == nil, !FileManager.default.fileExists(atPath: data) {
            return "Befolkningsprojektionen mäts inte: hittar inte \(data) (kör i projektmappen eller ange --befolkning-data)."
        }
        let bench = Befolkningsbench(data: URL(fileURLWithPath: data), banor: befolkningBanor,
                                     horisont: befolkningHorisont, repeats: repeats)
        do {
            let resultat = try bench.kor()
            var text = bench.text(resultat)
            if let fil = befolkningParametrar {
                try bench.json(resultat).write(to: URL(fileURLWithPath: fil))
                text += "\n  Parametrar och resultat skrivna till \(fil)"
            }
            return text
        } catch {
            throw BenchFel("befolkningsprojektionen: \(error)")
        }
    }

    /// The linear-algebra table.
    private func linjarAlgebra() throws -> String {
        let n = size
        let nd = Double(n)
        var generator = SplitMix64(seed: 42)
        let a = Matrix.random(rows: n, columns: n, using: &generator)
        let b = Matrix.random(rows: n, columns: n, using: &generator)
        let rhs = Matrix.random(rows: n, columns: 1, using: &generator).elements
        // Symmetric positive definite: M Mᵀ + n I.
        var spd = try a.multiplied(by: a, transposingOther: true)
        for i in 0..<n { spd[i, i] += nd }

        let periods = 20, scenarios = 10_000
        let cumulative = Matrix.cumulativeSum(periods)
        let changes = Matrix.random(rows: periods, columns: scenarios, using: &generator)

        let rows: [BenchRow] = [
            try measure("dgemm", "\(n)×\(n)", flops: 2 * nd * nd * nd) {
                _ = try a.multiplied(by: b)
            },
            try measure("solve (dgesv)", "\(n)×\(n)", flops: 2.0 / 3.0 * nd * nd * nd + 2 * nd * nd) {
                _ = try a.solve(rhs)
            },
            try measure("cholesky (dpotrf)", "\(n)×\(n)", flops: nd * nd * nd / 3) {
                _ = try spd.cholesky()
            },
            try measure("symmetricEigen (dsyevd)", "\(n)×\(n)", flops: nil) {
                _ = try spd.symmetricEigen()
            },
            try measure("svd (dgesdd)", "\(n)×\(n)", flops: nil) {
                _ = try a.singularValueDecomposition()
            },
            try measure("scenariobatch (L·X)", "\(periods)×\(periods) · \(periods)×\(scenarios)",
                        flops: 2 * Double(periods * periods * scenarios)) {
                _ = try cumulative.multiplied(by: changes)
            },
        ]
        return BenchRow.table(rows, repeats: repeats)
    }

    /// Runs `work` `repeats` times and keeps the fastest wall-clock time.
    private func measure(
        _ operation: String, _ sizeLabel: String, flops: Double?, _ work: () throws -> Void
    ) throws -> BenchRow {
        let clock = ContinuousClock()
        var best = Duration.seconds(Int64.max)
        for _ in 0..<repeats {
            best = min(best, try clock.measure(work))
        }
        let (seconds, attoseconds) = best.components
        let milliseconds = Double(seconds) * 1e3 + Double(attoseconds) * 1e-15
        let gflops = flops.map { $0 / (milliseconds * 1e-3) / 1e9 }
        return BenchRow(operation: operation, size: sizeLabel, milliseconds: milliseconds, gflops: gflops)
    }
}

/// One line of the benchmark table.
private struct BenchRow {
    let operation: String
    let size: String
    let milliseconds: Double
    let gflops: Double?

    /// Renders the rows as a left/right-aligned plain-text table.
    static func table(_ rows: [BenchRow], repeats: Int) -> String {
        let header = ["Operation", "Storlek", "Bästa (ms)", "GFLOP/s"]
        let cells = rows.map {
            [$0.operation, $0.size, String(format: "%.3f", $0.milliseconds),
             $0.gflops.map { String(format: "%.2f", $0) } ?? "–"]
        }
        let widths = (0..<header.count).map { column in
            ([header] + cells).map { $0[column].count }.max() ?? 0
        }
        func line(_ row: [String]) -> String {
            row.enumerated().map { column, text in
                let padding = String(repeating: " ", count: widths[column] - text.count)
                return column < 2 ? text + padding : padding + text
            }.joined(separator: "  ")
        }
        let rule = String(repeating: "-", count: widths.reduce(0, +) + 2 * (widths.count - 1))
        return ([line(header), rule] + cells.map(line) + ["(bästa av \(repeats) körningar)"])
            .joined(separator: "\n")
    }
}
