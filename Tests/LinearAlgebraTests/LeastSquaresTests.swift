import Testing
import LinearAlgebra

@Suite("dgelsd least squares")
struct LeastSquaresTests {
    @Test func lineFitHandComputed() throws {
        // Points (0,1), (1,2), (2,2), (3,4); fit y = c + s·x.
        // n = 4, Σx = 6, Σy = 9, Σxy = 0+2+4+12 = 18, Σx² = 14
        // s = (nΣxy − ΣxΣy)/(nΣx² − (Σx)²) = (72 − 54)/(56 − 36) = 0.9
        // c = (Σy − sΣx)/n = (9 − 5.4)/4 = 0.9
        let design = try matrix([[1, 0], [1, 1], [1, 2], [1, 3]])
        let fit = try design.leastSquares(Matrix(column: [1, 2, 2, 4]))
        #expect(fit.rank == 2)
        #expect(fit.singularValues.count == 2)
        #expect(maxDifference(fit.solution.column(0), [0.9, 0.9]) < 1e-14)
    }

    @Test func underdeterminedGivesMinimumNorm() throws {
        // x₁ + x₂ = 2: the minimum-norm solution is (1, 1).
        let fit = try matrix([[1, 1]]).leastSquares(Matrix(column: [2]))
        #expect(fit.rank == 1)
        #expect(maxDifference(fit.solution.column(0), [1, 1]) < 1e-14)
    }

    @Test func rankDeficientGivesMinimumNorm() throws {
        // Column 2 = 2 · column 1, so A x = (x₁ + 2x₂)·[1,2,3]ᵀ = b = [1,2,3]ᵀ ⇔ x₁ + 2x₂ = 1.
        // Minimum-norm point on that line: (1, 2)/5 = (0.2, 0.4). Rank 1.
        let a = try matrix([[1, 2], [2, 4], [3, 6]])
        let fit = try a.leastSquares(Matrix(column: [1, 2, 3]))
        #expect(fit.rank == 1)
        #expect(maxDifference(fit.solution.column(0), [0.2, 0.4]) < 1e-13)
        // σ₁ = ‖[1,2,3]‖·‖[1,2]‖ = √14·√5 = √70
        #expect(abs(fit.singularValues[0] - 70.0.squareRoot()) < 1e-12)
    }

    @Test func rcondControlsRank() throws {
        // diag(1, 1e-8): with rcond 1e-6 the small direction is dropped.
        let a = try matrix([[1, 0], [0, 1e-8]])
        let b = Matrix(column: [1, 1])
        #expect(try a.leastSquares(b).rank == 2)
        let truncated = try a.leastSquares(b, rcond: 1e-6)
        #expect(truncated.rank == 1)
        #expect(truncated.solution.column(0) == [1, 0])
    }

    @Test(arguments: [(1, 1), (10, 3), (60, 20), (200, 50)])
    func normalEquationsHold(m: Int, n: Int) throws {
        var rng = SplitMix64(seed: UInt64(31 * m + n))
        let a = Matrix.random(rows: m, columns: n, using: &rng)
        let b = Matrix.random(rows: m, columns: 2, using: &rng)
        let fit = try a.leastSquares(b)
        #expect(fit.rank == n)
        // Aᵀ (A x − b) ≈ 0, scaled by ‖A‖(‖A‖‖x‖ + ‖b‖)
        let residual = try a.multiplied(by: fit.solution) - b
        let gradient = try a.multiplied(by: residual, transposingSelf: true)
        let scale = a.frobeniusNorm * (a.frobeniusNorm * fit.solution.frobeniusNorm + b.frobeniusNorm)
        #expect(gradient.frobeniusNorm / scale < 1e-13)
    }

    @Test(arguments: [(3, 10), (20, 60)])
    func underdeterminedRandomIsExact(m: Int, n: Int) throws {
        var rng = SplitMix64(seed: UInt64(97 * m + n))
        let a = Matrix.random(rows: m, columns: n, using: &rng)
        let b = Matrix.random(rows: m, columns: 1, using: &rng)
        let fit = try a.leastSquares(b)
        #expect(fit.solution.shape == Shape(rows: n, columns: 1))
        let residual = try a.multiplied(by: fit.solution) - b
        #expect(residual.frobeniusNorm / b.frobeniusNorm < 1e-12)
    }
}
