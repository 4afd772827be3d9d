import Testing
import LinearAlgebra
@testable import Forecasting

/// MinT without `n × n` matrices (`ShrunkCovariance`, the constraint form in `MinTrace`) against the dense
/// definition computed here on random hierarchies: `Σ̂ = eᵀe / T` entry by entry, λ from the pairs i ≠ j one
/// by one (hts's `shrink.estim`: `Var(r̂_ij) = (Σ_t x_ti² x_tj² − T r̂_ij²) / (T (T − 1))`), `W` as an `n × n`
/// matrix and the normal form `S (Sᵀ W⁻¹ S)⁻¹ Sᵀ W⁻¹ ŷ` with `W⁻¹ S` and the `m × m` matrix by Cholesky.
@Suite("MinT at scale: the low-rank covariance and the constraint form against the dense definition")
struct MinTraceScaleTests {
    /// A random hierarchy over `m` bottom series: a total, groups of consecutive series, subgroups within them,
    /// and a few aggregates across the groups (random subsets, as a grouped hierarchy has).
    static func hierarchy(bottom m: Int, _ generator: inout SplitMix64) -> [[Int]] {
        var aggregates = [Array(0..<m)]
        var start = 0
        while start < m {
            let size = 2 + Int(generator.next() % 6)
            let group = Array(start..<min(start + size, m))
            if group.count >= 2 { aggregates.append(group) }
            if group.count >= 4 { aggregates.append(Array(group.prefix(2))) }
            start += size
        }
        for _ in 0..<3 { aggregates.append((0..<m).filter { _ in generator.next() % 3 == 0 }) }
        return aggregates.filter { $0.count >= 2 }
    }

    /// Errors `T × n` with a shared shock, so that the series are correlated and λ lies inside (0, 1).
    static func errors(times t: Int, series n: Int, _ generator: inout SplitMix64) -> Matrix {
        var e = Matrix(rows: t, columns: n)
        let scale = (0..<n).map { _ in 0.5 + Double(generator.next() % 100) / 20 }
        for r in 0..<t {
            let shared = generator.nextStandardNormal()
            for i in 0..<n { e[r, i] = scale[i] * (shared + generator.nextStandardNormal()) }
        }
        return e
    }

    /// The dense shrunk covariance and λ by the definition, pair by pair.
    static func denseCovariance(_ e: Matrix) -> (Matrix, Double) {
        let t = e.rows, n = e.columns, count = Double(t)
        var sigma = Matrix(rows: n, columns: n)
        for i in 0..<n { for j in 0..<n { sigma[i, j] = (0..<t).map { e[$0, i] * e[$0, j] }.reduce(0, +) / count } }
        var variances = 0.0, squares = 0.0
        for i in 0..<n {
            for j in 0..<n where j != i {
                let w = (0..<t).map { e[$0, i] / sigma[i, i].squareRoot() * e[$0, j] / sigma[j, j].squareRoot() }
                let r = w.reduce(0, +) / count
                variances += (w.map { $0 * $0 }.reduce(0, +) - count * r * r) / (count * (count - 1))
                squares += r * r
            }
        }
        let lambda = min(max(variances / squares, 0), 1)
        var w = sigma
        for i in 0..<n { for j in 0..<n where j != i { w[i, j] *= 1 - lambda } }
        return (w, lambda)
    }

    /// The dense summing matrix `[I_m; A]`.
    static func summing(bottom m: Int, _ aggregates: [[Int]]) -> Matrix {
        var s = Matrix(rows: m + aggregates.count, columns: m)
        for j in 0..<m { s[j, j] = 1 }
        for (p, parts) in aggregates.enumerated() { for j in parts { s[m + p, j] = 1 } }
        return s
    }

    /// `S (Sᵀ W⁻¹ S)⁻¹ Sᵀ W⁻¹ ŷ` with dense matrices.
    static func denseReconcile(_ s: Matrix, _ w: Matrix, _ base: [Double]) throws -> [Double] {
        let weighted = try w.cholesky().solve(s)
        let normal = try s.multiplied(by: weighted, transposingSelf: true).cholesky()
        let bottom = try normal.solve(Matrix(column: try weighted.multiplied(by: base, transposingSelf: true)))
        return try s.multiplied(by: bottom.column(0))
    }

    static func close(_ a: Double, _ b: Double, _ tolerance: Double = 1e-9) -> Bool {
        abs(a - b) <= tolerance * max(1, abs(b))
    }

    @Test("λ, W's entries, W x and the reconciled forecasts agree with the dense definition to 1e-9", arguments: [
        (seed: UInt64(1), bottom: 12, times: 2), (seed: 2, bottom: 30, times: 3), (seed: 3, bottom: 45, times: 5),
        (seed: 4, bottom: 60, times: 6), (seed: 5, bottom: 8, times: 20)])
    func againstDense(seed: UInt64, bottom m: Int, times t: Int) throws {
        var generator = SplitMix64(seed: seed)
        let aggregates = Self.hierarchy(bottom: m, &generator)
        let n = m + aggregates.count
        let e = Self.errors(times: t, series: n, &generator)
        let (w, lambda) = Self.denseCovariance(e)
        let mint = try MinTrace(bottom: m, aggregates: aggregates, errors: e)
        #expect(Self.close(mint.shrinkage, lambda), "λ \(mint.shrinkage) against \(lambda)")
        #expect(lambda > 0)  // W is positive definite, so the dense normal form exists
        for i in 0..<n { for j in 0..<n { #expect(Self.close(mint.covariance[i, j], w[i, j])) } }
        let x = (0..<n).map { _ in generator.nextStandardNormal() }
        for (got, want) in zip(try mint.covariance.multiplied(by: x), try w.multiplied(by: x)) { #expect(Self.close(got, want)) }

        let base = (0..<n).map { _ in 100 + 10 * generator.nextStandardNormal() }
        let want = try Self.denseReconcile(Self.summing(bottom: m, aggregates), w, base)
        let got = try mint.reconcile(base)
        #expect(got.count == n)
        for (g, d) in zip(got, want) { #expect(Self.close(g, d), "\(g) against \(d)") }
    }
}
