import Testing
import LinearAlgebra

@Suite("dgesv solve")
struct SolveTests {
    @Test func handComputedThreeByThree() throws {
        //  2x +  y -  z =   8
        // -3x -  y + 2z = -11
        // -2x +  y + 2z =  -3
        // Check x = (2, 3, -1): 4+3+1 = 8; -6-3-2 = -11; -4+3-2 = -3 ✓
        let a = try matrix([[2, 1, -1], [-3, -1, 2], [-2, 1, 2]])
        let x = try a.solve([8, -11, -3])
        #expect(maxDifference(x, [2, 3, -1]) < 1e-14)
    }

    @Test func multipleRightHandSides() throws {
        // A = diag-ish [[4, 0], [0, 2]]: X = B with first row / 4, second row / 2.
        let a = try matrix([[4, 0], [0, 2]])
        let b = try matrix([[4, 8, 12], [2, 4, 6]])
        #expect(try a.solve(b) == (try matrix([[1, 2, 3], [1, 2, 3]])))
    }

    @Test func emptySystem() throws {
        #expect(try Matrix(rows: 0, columns: 0).solve([]) == [])
    }

    @Test(arguments: [1, 3, 17, 64, 200])
    func residualIsSmall(n: Int) throws {
        var rng = SplitMix64(seed: UInt64(n))
        let a = Matrix.random(rows: n, columns: n, using: &rng)
        let b = Matrix.random(rows: n, columns: 3, using: &rng)
        let x = try a.solve(b)
        let residual = try a.multiplied(by: x) - b
        #expect(residual.frobeniusNorm / b.frobeniusNorm < 1e-9)
    }
}
