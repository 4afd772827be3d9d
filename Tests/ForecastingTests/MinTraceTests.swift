import Testing
import LinearAlgebra
@testable import Forecasting

/// MinT with the shrunk covariance, held against closed forms computed here: weighted least squares for a
/// diagonal `W`, and for a full `W` the formula `S (Sᵀ W⁻¹ S)⁻¹ Sᵀ W⁻¹ ŷ` with the 3 × 3 and 2 × 2 inverses
/// by cofactors and λ from the standardised products' spread (Schäfer & Strimmer 2005, with hts's scaling).
@Suite("MinT reconciliation with a shrunk covariance")
struct MinTraceTests {
    /// A hierarchy written top-down, as the closed forms below use it, given to `MinTrace` bottom first.
    struct Hierarchy {
        /// For each of `MinTrace`'s series (bottom, then aggregates), its place in the top-down order.
        let order: [Int]
        let bottom: Int
        let aggregates: [[Int]]

        /// `MinTrace` from errors whose columns are in the top-down order.
        func mint(_ errors: [[Double]]) throws -> MinTrace {
            try MinTrace(bottom: bottom, aggregates: aggregates, errors: Matrix(rowMajor: errors.map { row in order.map { row[$0] } }))
        }

        /// The reconciled forecasts, `base` and the result in the top-down order.
        func reconcile(_ mint: MinTrace, _ base: [Double]) throws -> [Double] {
            let reconciled = try mint.reconcile(order.map { base[$0] })
            var result = [Double](repeating: .nan, count: order.count)
            for (i, place) in order.enumerated() { result[place] = reconciled[i] }
            return result
        }
    }

    /// Total, bottom 1, bottom 2.
    static let twoBottom = Hierarchy(order: [1, 2, 0], bottom: 2, aggregates: [[0, 1]])
    /// Total; groups A = 1 + 2 and B = 3 + 4; bottoms 1–4.
    static let sevenSeries = Hierarchy(order: [3, 4, 5, 6, 0, 1, 2], bottom: 4, aggregates: [[0, 1, 2, 3], [0, 1], [2, 3]])
    /// Past errors of the three series (total, 1, 2), correlated.
    static let errors: [[Double]] = [[3.0, 1.0, 1.5], [-2.0, -1.5, -0.2], [1.0, 0.8, -0.1], [-4.0, -2.0, -1.0],
                                     [2.5, 0.5, 1.8], [0.5, -0.3, 0.9]]

    @Test("Incoherent base forecasts come back coherent: every series is the sum of its parts")
    func coherent() throws {
        var generator = SplitMix64(seed: 3)
        let rows = (0..<9).map { _ in (0..<7).map { _ in generator.nextStandardNormal() } }
        let mint = try Self.sevenSeries.mint(rows)
        let y = try Self.sevenSeries.reconcile(mint, [100, 61, 42, 30, 28, 25, 19])
        #expect(abs(y[0] - (y[1] + y[2])) < 1e-9)
        #expect(abs(y[1] - (y[3] + y[4])) < 1e-9)
        #expect(abs(y[2] - (y[5] + y[6])) < 1e-9)
        #expect(abs(y[0] - 100) > 1e-3)  // the base was not coherent, so something moved
    }

    @Test("Coherent base forecasts come back unchanged, with uncorrelated and with correlated errors")
    func unchanged() throws {
        // Orthogonal columns: the sample covariance is diagonal (computed by hand: 4, 1, 9).
        let orthogonal: [[Double]] = [[2, 1, 3], [2, -1, 3], [2, 1, -3], [2, -1, -3]]
        for errors in [orthogonal, Self.errors] {
            let mint = try Self.twoBottom.mint(errors)
            let y = try Self.twoBottom.reconcile(mint, [95, 58, 37])
            for (got, want) in zip(y, [95.0, 58, 37]) { #expect(abs(got - want) < 1e-9) }
        }
    }

    @Test("Uncorrelated errors: MinT is weighted least squares, each series moved in proportion to its variance")
    func diagonal() throws {
        let mint = try Self.twoBottom.mint([[2, 1, 3], [2, -1, 3], [2, 1, -3], [2, -1, -3]])
        // W = diag(4, 1, 9); the gap d = 100 − 58 − 37 = 5 is shared as w_i · d / Σw.
        let y = try Self.twoBottom.reconcile(mint, [100, 58, 37])
        let k: Double = 5.0 / 14.0
        let expected: [Double] = [100 - 4 * k, 58 + 1 * k, 37 + 9 * k]
        for (got, want) in zip(y, expected) { #expect(abs(got - want) < 1e-9) }
    }

    @Test("Two bottom series and their total against the closed form with the shrunk covariance")
    func closedForm() throws {
        let e = Self.errors, t = Double(e.count)
        // The sample covariance around zero and the standardised errors.
        var sigma = [[Double]](repeating: [0, 0, 0], count: 3)
        for i in 0..<3 { for j in 0..<3 { sigma[i][j] = e.map { $0[i] * $0[j] }.reduce(0, +) / t } }
        let sd = (0..<3).map { sigma[$0][$0].squareRoot() }
        var spread = 0.0, size = 0.0
        for (i, j) in [(1, 0), (2, 0), (2, 1)] {
            let w = e.map { $0[i] / sd[i] * $0[j] / sd[j] }
            let mean = w.reduce(0, +) / t
            spread += w.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / (t * (t - 1))
            size += mean * mean
        }
        let lambda = min(max(spread / size, 0), 1)
        var w = sigma
        for i in 0..<3 { for j in 0..<3 where i != j { w[i][j] *= 1 - lambda } }
        // W⁻¹ by cofactors.
        func m(_ r: Int, _ c: Int) -> Double { w[r % 3][c % 3] }
        func cofactor(_ r: Int, _ c: Int) -> Double {
            let a: Double = m(r + 1, c + 1) * m(r + 2, c + 2)
            let b: Double = m(r + 1, c + 2) * m(r + 2, c + 1)
            return a - b
        }
        let det: Double = (0..<3).map { w[0][$0] * cofactor(0, $0) }.reduce(0, +)
        // (W⁻¹)_ij = C_ji / det.
        let inverse: [[Double]] = (0..<3).map { i in (0..<3).map { j in cofactor(j, i) / det } }
        // Sᵀ W⁻¹ with S = [[1, 1], [1, 0], [0, 1]]: row k of Sᵀ W⁻¹ is W⁻¹'s row 0 plus row k + 1.
        let stw: [[Double]] = (0..<2).map { k in (0..<3).map { inverse[0][$0] + inverse[k + 1][$0] } }
        let p: [[Double]] = (0..<2).map { k in [stw[k][0] + stw[k][1], stw[k][0] + stw[k][2]] }
        let pDet: Double = p[0][0] * p[1][1] - p[0][1] * p[1][0]
        let base = [100.0, 58, 37]
        let rhs: [Double] = (0..<2).map { k in (0..<3).map { stw[k][$0] * base[$0] }.reduce(0, +) }
        let b1: Double = (p[1][1] * rhs[0] - p[0][1] * rhs[1]) / pDet
        let b2: Double = (p[0][0] * rhs[1] - p[1][0] * rhs[0]) / pDet
        let expected: [Double] = [b1 + b2, b1, b2]

        let mint = try Self.twoBottom.mint(e)
        #expect(abs(mint.shrinkage - lambda) < 1e-12)
        #expect(lambda > 0 && lambda < 1)  // the case exercises a real shrinkage, neither extreme
        let y = try Self.twoBottom.reconcile(mint, base)
        for (got, want) in zip(y, expected) { #expect(abs(got - want) < 1e-9) }
    }

    @Test("A series without errors, and mismatched shapes, are refused with a reason")
    func refused() throws {
        #expect(throws: ForecastingError.self) { try Self.twoBottom.mint([[1, 0, 2], [-1, 0, 1]]) }
        #expect(throws: ForecastingError.self) {
            try MinTrace(bottom: 2, aggregates: [[0, 1]], errors: Matrix(rowMajor: [[1, 2], [-1, 1]]))
        }
        #expect(throws: ForecastingError.self) {
            try MinTrace(bottom: 2, aggregates: [[0, 2]], errors: Matrix(rowMajor: Self.errors))
        }
        let mint = try Self.twoBottom.mint(Self.errors)
        #expect(throws: ForecastingError.self) { try mint.reconcile([1, 2]) }
    }
}
