import Testing
import LinearAlgebra

@Suite("dgesdd singular value decomposition")
struct SingularValueDecompositionTests {
    @Test func handComputedTwoByTwo() throws {
        // A = [[3, 0], [4, 5]]: AᵀA = [[25, 20], [20, 25]], eigenvalues 25 ± 20 = 45, 5
        // ⇒ σ = √45 = 3√5, √5 (σ₁σ₂ = 15 = |det A|).
        // v₁ = (1, 1)/√2, v₂ = (1, −1)/√2; u₁ = A v₁/σ₁ = (1, 3)/√10, u₂ = A v₂/σ₂ = (3, −1)/√10.
        // Rank-one terms (independent of the arbitrary signs):
        // σ₁ u₁ v₁ᵀ = 3√5/√20 · [[1, 1], [3, 3]] = [[1.5, 1.5], [4.5, 4.5]]
        // σ₂ u₂ v₂ᵀ =  √5/√20 · [[3, −3], [−1, 1]] = [[1.5, −1.5], [−0.5, 0.5]]
        let a = try matrix([[3, 0], [4, 5]])
        let svd = try a.singularValueDecomposition()
        let r45 = 45.0.squareRoot(), r5 = 5.0.squareRoot(), r10 = 10.0.squareRoot(), r2 = 2.0.squareRoot()
        #expect(maxDifference(svd.singularValues, [r45, r5]) < 1e-14)
        #expect(maxDifference(svd.u.column(0).map(abs), [1 / r10, 3 / r10]) < 1e-14)
        #expect(maxDifference(svd.u.column(1).map(abs), [3 / r10, 1 / r10]) < 1e-14)
        #expect(maxDifference(svd.vTransposed.row(0).map(abs), [1 / r2, 1 / r2]) < 1e-14)
        #expect(maxDifference(svd.vTransposed.row(1).map(abs), [1 / r2, 1 / r2]) < 1e-14)
        #expect(maxDifference(rankOneTerm(svd, 0), try matrix([[1.5, 1.5], [4.5, 4.5]])) < 1e-14)
        #expect(maxDifference(rankOneTerm(svd, 1), try matrix([[1.5, -1.5], [-0.5, 0.5]])) < 1e-14)
        #expect(try a.singularValues() == svd.singularValues)
    }

    @Test func handComputedFullThreeByTwo() throws {
        // A = [[0, 2], [1, 0], [0, 0]]: σ₁ = 2 with u₁ = ±e₁, v₁ = ±e₂; σ₂ = 1 with u₂ = ±e₂,
        // v₂ = ±e₁. The full U completes the basis with u₃ = ±e₃.
        let a = try matrix([[0, 2], [1, 0], [0, 0]])
        let full = try a.singularValueDecomposition(thin: false)
        #expect(full.u.shape == Shape(rows: 3, columns: 3))
        #expect(full.vTransposed.shape == Shape(rows: 2, columns: 2))
        #expect(maxDifference(full.singularValues, [2, 1]) < 1e-15)
        #expect(maxDifference(full.u.transposed.elements.map(abs), Matrix.identity(3).elements) < 1e-15)
        #expect(maxDifference(full.vTransposed.elements.map(abs), [0, 1, 1, 0]) < 1e-15)
        let thin = try a.singularValueDecomposition()
        #expect(thin.u.shape == Shape(rows: 3, columns: 2))
        #expect(thin.vTransposed.shape == Shape(rows: 2, columns: 2))
    }

    @Test func emptyMatrices() throws {
        for (m, n) in [(0, 0), (0, 3), (4, 0)] {
            let a = Matrix(rows: m, columns: n)
            let thin = try a.singularValueDecomposition()
            #expect(thin.singularValues.isEmpty)
            #expect(thin.u.shape == Shape(rows: m, columns: 0))
            #expect(thin.vTransposed.shape == Shape(rows: 0, columns: n))
            let full = try a.singularValueDecomposition(thin: false)
            #expect(full.u == Matrix.identity(m))
            #expect(full.vTransposed == Matrix.identity(n))
            #expect(try a.singularValues().isEmpty)
            #expect(try thin.approximation(rank: 0) == a)
        }
    }

    @Test func zeroMatrixHasZeroSingularValuesAndOrthonormalVectors() throws {
        let svd = try Matrix(rows: 3, columns: 2).singularValueDecomposition()
        #expect(svd.singularValues == [0, 0])
        #expect(maxDifference(try svd.u.multiplied(by: svd.u, transposingSelf: true), Matrix.identity(2)) < 1e-15)
    }

    @Test(arguments: [(1, 1), (7, 3), (3, 7), (40, 40), (101, 40), (40, 101), (150, 150)]
            .map { Shape(rows: $0, columns: $1) },
          [true, false])
    func decompositionIdentities(shape: Shape, thin: Bool) throws {
        let m = shape.rows, n = shape.columns
        var rng = SplitMix64(seed: UInt64(7000 + 1000 * m + n))
        let a = Matrix.random(rows: m, columns: n, using: &rng)
        let svd = try a.singularValueDecomposition(thin: thin)
        let k = min(m, n)
        #expect(svd.u.shape == Shape(rows: m, columns: thin ? k : m))
        #expect(svd.vTransposed.shape == Shape(rows: thin ? k : n, columns: n))

        // Non-negative, descending; the values alone agree with the decomposition.
        let s = svd.singularValues
        #expect(s.count == k && s.allSatisfy { $0 >= 0 })
        #expect(zip(s, s.dropFirst()).allSatisfy { $0 >= $1 })
        #expect(maxDifference(try a.singularValues(), s) <= 1e-13 * s[0])

        // U Σ Vᵀ = A, Σ with s on its diagonal (k×k thin, m×n full).
        var sigma = Matrix(rows: svd.u.columns, columns: svd.vTransposed.rows)
        for i in 0..<k { sigma[i, i] = s[i] }
        let reconstructed = try svd.u.multiplied(by: sigma).multiplied(by: svd.vTransposed)
        let scale = a.frobeniusNorm
        #expect((try reconstructed - a).frobeniusNorm / scale < 1e-13)
        #expect((try svd.approximation(rank: k) - a).frobeniusNorm / scale < 1e-13)

        // UᵀU = I and Vᵀ(Vᵀ)ᵀ = I; in the full form U and V are square, so also UUᵀ = I, VᵀV = I.
        let utu = try svd.u.multiplied(by: svd.u, transposingSelf: true)
        let vtv = try svd.vTransposed.multiplied(by: svd.vTransposed, transposingOther: true)
        #expect(maxDifference(utu, Matrix.identity(svd.u.columns)) < 1e-13)
        #expect(maxDifference(vtv, Matrix.identity(svd.vTransposed.rows)) < 1e-13)
        if !thin {
            let uut = try svd.u.multiplied(by: svd.u, transposingOther: true)
            let vvt = try svd.vTransposed.multiplied(by: svd.vTransposed, transposingSelf: true)
            #expect(maxDifference(uut, Matrix.identity(m)) < 1e-13)
            #expect(maxDifference(vvt, Matrix.identity(n)) < 1e-13)
        }

        // Each triple: A vᵢ = σᵢ uᵢ and Aᵀ uᵢ = σᵢ vᵢ.
        for i in [0, k - 1] {
            let t = svd.triple(i)
            #expect(maxDifference(try a.multiplied(by: t.right), t.left.map { $0 * t.value }) < 1e-13 * s[0])
            #expect(maxDifference(try a.multiplied(by: t.left, transposingSelf: true),
                                  t.right.map { $0 * t.value }) < 1e-13 * s[0])
        }
    }

    @Test(arguments: [(101, 40), (5, 9), (1, 6)])
    func rankOneMatrixIsRecovered(m: Int, n: Int) throws {
        // A = a bᵀ has the single non-zero singular value ‖a‖‖b‖ with u₁ = ±a/‖a‖, v₁ = ±b/‖b‖
        // (same sign). This is the Lee–Carter situation: a centred ages × years matrix b(x) k(t).
        var rng = SplitMix64(seed: UInt64(9000 + 100 * m + n))
        let a = Matrix.random(rows: m, columns: 1, in: 0.1..<2, using: &rng)
        let b = Matrix.random(rows: n, columns: 1, in: -3..<3, using: &rng)
        let product = try a.multiplied(by: b, transposingOther: true)
        let svd = try product.singularValueDecomposition()
        let normA = a.frobeniusNorm, normB = b.frobeniusNorm

        let first = svd.triple(0)
        #expect(abs(first.value - normA * normB) <= 1e-14 * normA * normB)
        #expect(svd.singularValues.dropFirst().allSatisfy { $0 <= 1e-14 * first.value })
        let sign = first.left[0] < 0 ? -1.0 : 1.0  // a > 0, so u₁ points along ±a
        #expect(maxDifference(first.left.map { $0 * sign }, a.elements.map { $0 / normA }) < 1e-14)
        #expect(maxDifference(first.right.map { $0 * sign }, b.elements.map { $0 / normB }) < 1e-14)
        let rankOne = try svd.approximation(rank: 1)
        #expect((try rankOne - product).frobeniusNorm / product.frobeniusNorm < 1e-14)
    }

    @Test func approximationDropsTheSmallestTerms() throws {
        // diag(3, 2, 1): the rank-2 approximation is diag(3, 2, 0), error σ₃ = 1 (Eckart–Young).
        let a = try matrix([[1, 0, 0], [0, 3, 0], [0, 0, 2]])
        let svd = try a.singularValueDecomposition()
        #expect(maxDifference(svd.singularValues, [3, 2, 1]) < 1e-15)
        let expected = try matrix([[0, 0, 0], [0, 3, 0], [0, 0, 2]])
        #expect(maxDifference(try svd.approximation(rank: 2), expected) < 1e-15)
        #expect(try svd.approximation(rank: 0) == Matrix(rows: 3, columns: 3))
    }

    /// σᵢ uᵢ vᵢᵀ for the `i`-th triple.
    private func rankOneTerm(_ svd: SingularValueDecomposition, _ i: Int) -> Matrix {
        let t = svd.triple(i)
        var term = Matrix(rows: t.left.count, columns: t.right.count)
        for c in 0..<t.right.count {
            for r in 0..<t.left.count { term[r, c] = t.value * t.left[r] * t.right[c] }
        }
        return term
    }
}
