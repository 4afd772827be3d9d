import Testing
import LinearAlgebra

@Suite("dsyevd symmetric eigen-decomposition")
struct SymmetricEigenTests {
    @Test func handComputedTwoByTwo() throws {
        // det([[2−λ, 1], [1, 2−λ]]) = (2−λ)² − 1 = 0 ⇒ λ = 1, 3
        // λ = 1: v ∝ (1, −1)/√2;  λ = 3: v ∝ (1, 1)/√2  (signs arbitrary)
        let eigen = try matrix([[2, 1], [1, 2]]).symmetricEigen()
        #expect(maxDifference(eigen.values, [1, 3]) < 1e-14)
        let r = 0.5.squareRoot()
        let v1 = eigen.vectors.column(0), v3 = eigen.vectors.column(1)
        #expect(abs(abs(v1[0]) - r) < 1e-14 && abs(v1[0] + v1[1]) < 1e-14)
        #expect(abs(abs(v3[0]) - r) < 1e-14 && abs(v3[0] - v3[1]) < 1e-14)
    }

    @Test func emptyMatrix() throws {
        let eigen = try Matrix(rows: 0, columns: 0).symmetricEigen()
        #expect(eigen.values.isEmpty)
    }

    @Test(arguments: [1, 2, 10, 64, 200])
    func decompositionIdentities(n: Int) throws {
        var rng = SplitMix64(seed: UInt64(5000 + n))
        let a = Matrix.randomSymmetric(n, using: &rng)
        let eigen = try a.symmetricEigen()
        let v = eigen.vectors
        #expect(zip(eigen.values, eigen.values.dropFirst()).allSatisfy { $0 <= $1 })

        // A V = V Λ (column k of V scaled by λ_k)
        var vLambda = v
        for k in 0..<n {
            for i in 0..<n { vLambda[i, k] = v[i, k] * eigen.values[k] }
        }
        let av = try a.multiplied(by: v)
        #expect((try av - vLambda).frobeniusNorm / max(a.frobeniusNorm, 1e-300) < 1e-13)

        // Vᵀ V = I
        let gram = try v.multiplied(by: v, transposingSelf: true)
        #expect(maxDifference(gram, Matrix.identity(n)) < 1e-13)
    }
}
