import Testing
import LinearAlgebra

@Suite("dgemm / dgemv")
struct MultiplicationTests {
    let a = try! Matrix(rowMajor: [[1, 2, 3], [4, 5, 6]])         // 2×3
    let b = try! Matrix(rowMajor: [[7, 8], [9, 10], [11, 12]])   // 3×2

    @Test func handComputedProduct() throws {
        // [1 2 3] · [7 9 11]ᵀ = 7 + 18 + 33 = 58     [1 2 3] · [8 10 12]ᵀ = 8 + 20 + 36 = 64
        // [4 5 6] · [7 9 11]ᵀ = 28 + 45 + 66 = 139   [4 5 6] · [8 10 12]ᵀ = 32 + 50 + 72 = 154
        #expect(try a.multiplied(by: b) == (try matrix([[58, 64], [139, 154]])))
    }

    @Test func handComputedTransposedProducts() throws {
        // A Aᵀ: [1,2,3]·[1,2,3] = 14, [1,2,3]·[4,5,6] = 32, [4,5,6]·[4,5,6] = 77
        #expect(try a.multiplied(by: a, transposingOther: true) == (try matrix([[14, 32], [32, 77]])))
        // Aᵀ A: entry (i,j) = a0i·a0j + a1i·a1j
        // (0,0) 1+16=17, (0,1) 2+20=22, (0,2) 3+24=27, (1,1) 4+25=29, (1,2) 6+30=36, (2,2) 9+36=45
        let expected = try matrix([[17, 22, 27], [22, 29, 36], [27, 36, 45]])
        #expect(try a.multiplied(by: a, transposingSelf: true) == expected)
        // Bᵀ Aᵀ = (A B)ᵀ
        #expect(try b.multiplied(by: a, transposingSelf: true, transposingOther: true)
                == (try matrix([[58, 139], [64, 154]])))
    }

    @Test func handComputedMatrixVector() throws {
        // A · [1, 1, 1] = [1+2+3, 4+5+6] = [6, 15]
        #expect(try a.multiplied(by: [1, 1, 1]) == [6, 15])
        // Aᵀ · [1, 2] = [1+8, 2+10, 3+12] = [9, 12, 15]
        #expect(try a.multiplied(by: [1, 2], transposingSelf: true) == [9, 12, 15])
    }

    @Test func emptyInnerDimensionGivesZeros() throws {
        let left = Matrix(rows: 2, columns: 0)
        let right = Matrix(rows: 0, columns: 3)
        #expect(try left.multiplied(by: right) == Matrix(rows: 2, columns: 3))
        #expect(try right.multiplied(by: Matrix(rows: 3, columns: 0)) == Matrix(rows: 0, columns: 0))
        #expect(try left.multiplied(by: []) == [0, 0])
    }

    @Test(arguments: [(1, 1, 1), (3, 5, 2), (17, 9, 33), (64, 64, 64), (200, 150, 120)])
    func dgemmMatchesNaiveTripleLoop(m: Int, k: Int, n: Int) throws {
        var rng = SplitMix64(seed: UInt64(m * 1_000_000 + k * 1000 + n))
        let x = Matrix.random(rows: m, columns: k, using: &rng)
        let y = Matrix.random(rows: k, columns: n, using: &rng)
        let reference = naiveProduct(x, y)
        let tolerance = 1e-13 * Double(k)
        #expect(maxDifference(try x.multiplied(by: y), reference) <= tolerance)
        // Same product through the transpose flags: (xᵀ)ᵀ (yᵀ)ᵀ
        let viaFlags = try x.transposed.multiplied(by: y.transposed, transposingSelf: true, transposingOther: true)
        #expect(maxDifference(viaFlags, reference) <= tolerance)
    }

    @Test(arguments: [(1, 1), (4, 7), (50, 20), (200, 200)])
    func dgemvMatchesOneColumnDgemm(m: Int, n: Int) throws {
        var rng = SplitMix64(seed: UInt64(m * 7919 + n))
        let x = Matrix.random(rows: m, columns: n, using: &rng)
        let v = Matrix.random(rows: n, columns: 1, using: &rng)
        let w = Matrix.random(rows: m, columns: 1, using: &rng)
        let tolerance = 1e-13 * Double(max(m, n))
        #expect(maxDifference(try x.multiplied(by: v.elements), try x.multiplied(by: v).elements) <= tolerance)
        #expect(maxDifference(try x.multiplied(by: w.elements, transposingSelf: true),
                              try x.multiplied(by: w, transposingSelf: true).elements) <= tolerance)
    }
}
