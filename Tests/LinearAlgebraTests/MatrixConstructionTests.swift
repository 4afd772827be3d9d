import Testing
import LinearAlgebra

@Suite("Matrix construction and access")
struct MatrixConstructionTests {
    @Test func rowMajorLiteralIsStoredColumnMajor() throws {
        // [[1, 2, 3],
        //  [4, 5, 6]]  → columns (1,4), (2,5), (3,6)
        let a = try matrix([[1, 2, 3], [4, 5, 6]])
        #expect(a.rows == 2)
        #expect(a.columns == 3)
        #expect(a.shape == Shape(rows: 2, columns: 3))
        #expect(a.elements == [1, 4, 2, 5, 3, 6])
        #expect(a[1, 0] == 4)
        #expect(a[0, 2] == 3)
    }

    @Test func columnMajorInitMatchesRowMajorInit() throws {
        let a = try Matrix(rows: 2, columns: 3, columnMajor: [1, 4, 2, 5, 3, 6])
        #expect(a == (try matrix([[1, 2, 3], [4, 5, 6]])))
    }

    @Test func repeatingAndColumnVector() {
        let z = Matrix(rows: 2, columns: 3, repeating: 7)
        #expect(z.elements == Array(repeating: 7, count: 6))
        #expect(Matrix(rows: 1, columns: 1).elements == [0])
        let v = Matrix(column: [1, 2, 3])
        #expect(v.shape == Shape(rows: 3, columns: 1))
        #expect(v.column(0) == [1, 2, 3])
    }

    @Test func emptyLiteralIsZeroByZero() throws {
        let e = try matrix([])
        #expect(e.shape == Shape(rows: 0, columns: 0))
        #expect(e.elements.isEmpty)
    }

    @Test func identity() throws {
        #expect(Matrix.identity(3) == (try matrix([[1, 0, 0], [0, 1, 0], [0, 0, 1]])))
        #expect(Matrix.identity(0).elements.isEmpty)
    }

    @Test func subscriptSetterWritesColumnMajorSlot() {
        var a = Matrix(rows: 2, columns: 2)
        a[0, 1] = 5  // index 0 + 1 * 2 = 2
        #expect(a.elements == [0, 0, 5, 0])
    }

    @Test func rowsColumnsAndTranspose() throws {
        let a = try matrix([[1, 2, 3], [4, 5, 6]])
        #expect(a.row(1) == [4, 5, 6])
        #expect(a.column(2) == [3, 6])
        #expect(a.transposed == (try matrix([[1, 4], [2, 5], [3, 6]])))
        #expect(a.transposed.transposed == a)
    }

    @Test func norms() throws {
        // ‖[[1, -2], [2, 4]]‖_F = sqrt(1 + 4 + 4 + 16) = 5; max |a| = 4
        let a = try matrix([[1, -2], [2, 4]])
        #expect(a.frobeniusNorm == 5)
        #expect(a.maxAbsoluteElement == 4)
        #expect(Matrix(rows: 0, columns: 0).frobeniusNorm == 0)
        // Scaling avoids overflow: sqrt(2) · 1e200 would overflow if squared naively.
        let huge = Matrix(column: [1e200, 1e200])
        #expect(abs(huge.frobeniusNorm / (2.0.squareRoot() * 1e200) - 1) < 1e-15)
        #expect(Matrix(column: [1, .nan]).frobeniusNorm.isNaN)
    }

    @Test func descriptionShowsShapeAndRows() throws {
        let text = try matrix([[1, 2], [3, 4]]).description
        #expect(text == "Matrix 2×2\n[1.0, 2.0]\n[3.0, 4.0]")
        let big = Matrix(rows: 20, columns: 20).description
        #expect(big.contains("…"))
    }
}
