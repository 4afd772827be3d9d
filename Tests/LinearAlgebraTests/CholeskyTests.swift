import Testing
import LinearAlgebra

@Suite("dpotrf / dpotrs Cholesky")
struct CholeskyTests {
    @Test func handComputedFactor() throws {
        // l11 = √4 = 2; l21 = 12/2 = 6; l31 = -16/2 = -8
        // l22 = √(37 − 6²) = 1; l32 = (−43 − (−8)(6))/1 = 5
        // l33 = √(98 − 64 − 25) = 3
        let a = try matrix([[4, 12, -16], [12, 37, -43], [-16, -43, 98]])
        let factor = try a.cholesky()
        let expected = try matrix([[2, 0, 0], [6, 1, 0], [-8, 5, 3]])
        #expect(maxDifference(factor.lower, expected) < 1e-14)
        // A · [1, 1, 1]ᵀ = [4+12−16, 12+37−43, −16−43+98] = [0, 6, 39]
        let x = try factor.solve(Matrix(column: [0, 6, 39]))
        #expect(maxDifference(x.column(0), [1, 1, 1]) < 1e-13)
    }

    @Test func emptyMatrix() throws {
        let factor = try Matrix(rows: 0, columns: 0).cholesky()
        #expect(factor.lower.shape == Shape(rows: 0, columns: 0))
        #expect(try factor.solve(Matrix(rows: 0, columns: 2)).shape == Shape(rows: 0, columns: 2))
    }

    @Test(arguments: [1, 4, 25, 100, 200])
    func reconstructsMMTPlusNI(n: Int) throws {
        var rng = SplitMix64(seed: UInt64(1000 + n))
        let m = Matrix.random(rows: n, columns: n, using: &rng)
        let a = try m.multiplied(by: m, transposingOther: true) + Matrix.identity(n).scaled(Double(n))
        let l = try a.cholesky().lower
        for j in 0..<n {
            #expect(l[j, j] > 0)
            for i in 0..<j { #expect(l[i, j] == 0) }
        }
        let reconstructed = try l.multiplied(by: l, transposingOther: true)
        #expect((try reconstructed - a).frobeniusNorm / a.frobeniusNorm < 1e-14)

        let b = Matrix.random(rows: n, columns: 2, using: &rng)
        let x = try a.cholesky().solve(b)
        #expect((try a.multiplied(by: x) - b).frobeniusNorm / b.frobeniusNorm < 1e-12)
    }
}

extension Matrix {
    /// Every element multiplied by `factor` (test helper).
    func scaled(_ factor: Double) -> Matrix {
        try! Matrix(rows: rows, columns: columns, columnMajor: elements.map { $0 * factor })
    }
}
