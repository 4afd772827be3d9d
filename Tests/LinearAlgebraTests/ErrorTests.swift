import Testing
import LinearAlgebra

@Suite("Typed errors")
struct ErrorTests {
    let twoByThree = try! Matrix(rowMajor: [[1, 2, 3], [4, 5, 6]])
    let withNaN = try! Matrix(rowMajor: [[1, .nan], [.nan, 1]])

    // MARK: construction

    @Test func raggedRows() {
        #expect(throws: LinearAlgebraError.raggedRows(row: 1, expected: 2, actual: 1)) {
            try Matrix(rowMajor: [[1, 2], [3]])
        }
    }

    @Test func wrongElementCount() {
        #expect(throws: LinearAlgebraError.elementCountMismatch(expected: 4, actual: 3)) {
            try Matrix(rows: 2, columns: 2, columnMajor: [1, 2, 3])
        }
    }

    // MARK: shapes

    @Test func multiplyShapeMismatch() {
        let shape = Shape(rows: 2, columns: 3)
        #expect(throws: LinearAlgebraError.dimensionMismatch(operation: "multiply", left: shape, right: shape)) {
            try twoByThree.multiplied(by: twoByThree)
        }
        // Shapes are reported after transposition: Aᵀ is 3×2.
        #expect(throws: LinearAlgebraError.dimensionMismatch(
            operation: "multiply", left: Shape(rows: 3, columns: 2), right: Shape(rows: 3, columns: 2))) {
            try twoByThree.multiplied(by: twoByThree, transposingSelf: true, transposingOther: true)
        }
        #expect(throws: LinearAlgebraError.dimensionMismatch(
            operation: "multiply", left: shape, right: Shape(rows: 2, columns: 1))) {
            try twoByThree.multiplied(by: [1, 2])
        }
    }

    @Test func addAndSubtractShapeMismatch() {
        let other = twoByThree.transposed
        #expect(throws: LinearAlgebraError.dimensionMismatch(
            operation: "add", left: twoByThree.shape, right: other.shape)) {
            try twoByThree + other
        }
        #expect(throws: LinearAlgebraError.dimensionMismatch(
            operation: "subtract", left: twoByThree.shape, right: other.shape)) {
            try twoByThree - other
        }
    }

    @Test func solveShapeErrors() throws {
        #expect(throws: LinearAlgebraError.notSquare(operation: "solve", shape: Shape(rows: 2, columns: 3))) {
            try twoByThree.solve([1, 2])
        }
        #expect(throws: LinearAlgebraError.dimensionMismatch(
            operation: "solve", left: Shape(rows: 3, columns: 3), right: Shape(rows: 2, columns: 1))) {
            try Matrix.identity(3).solve([1, 2])
        }
    }

    @Test func otherShapeErrors() throws {
        #expect(throws: LinearAlgebraError.notSquare(operation: "cholesky", shape: twoByThree.shape)) {
            try twoByThree.cholesky()
        }
        #expect(throws: LinearAlgebraError.notSquare(operation: "symmetricEigen", shape: twoByThree.shape)) {
            try twoByThree.symmetricEigen()
        }
        #expect(throws: LinearAlgebraError.dimensionMismatch(
            operation: "leastSquares", left: twoByThree.shape, right: Shape(rows: 3, columns: 1))) {
            try twoByThree.leastSquares(Matrix(column: [1, 2, 3]))
        }
        let factor = try Matrix.identity(2).cholesky()
        #expect(throws: LinearAlgebraError.dimensionMismatch(
            operation: "choleskySolve", left: Shape(rows: 2, columns: 2), right: Shape(rows: 3, columns: 1))) {
            try factor.solve(Matrix(column: [1, 2, 3]))
        }
    }

    // MARK: numerical failures

    @Test func singularMatrix() throws {
        // Partial pivoting swaps the rows: U = [[2, 4], [0, 2 − 0.5·4 = 0]] → pivot 2 is zero.
        #expect(throws: LinearAlgebraError.singular(pivot: 2)) {
            try Matrix(rowMajor: [[1, 2], [2, 4]]).solve([1, 2])
        }
    }

    @Test func numericallySingularMatrixIsRejected() throws {
        // Rows are linearly dependent, but rounding leaves a tiny non-zero pivot.
        let a = try matrix([[1, 2, 3], [4, 5, 6], [7, 8, 9]])
        do {
            _ = try a.solve([1, 1, 1])
            Issue.record("expected .singular")
        } catch {
            guard case .singular = error else { Issue.record("unexpected \(error)"); return }
        }
    }

    @Test func notPositiveDefinite() throws {
        // det [[1, 2], [2, 1]] = −3 < 0 → the 2nd leading minor fails.
        #expect(throws: LinearAlgebraError.notPositiveDefinite(leadingMinor: 2)) {
            try Matrix(rowMajor: [[1, 2], [2, 1]]).cholesky()
        }
        #expect(throws: LinearAlgebraError.notPositiveDefinite(leadingMinor: 1)) {
            try Matrix(rowMajor: [[-1, 0], [0, 1]]).cholesky()
        }
    }

    @Test func notSymmetric() throws {
        let a = try matrix([[1, 2], [3, 4]])
        #expect(throws: LinearAlgebraError.notSymmetric) { try a.cholesky() }
        #expect(throws: LinearAlgebraError.notSymmetric) { try a.symmetricEigen() }
    }

    @Test func roundingLevelAsymmetryIsAccepted() throws {
        let a = try matrix([[2, 1 + 1e-14], [1, 2]])
        #expect(throws: Never.self) { try a.cholesky() }
    }

    @Test func nonFiniteInputIsRefused() throws {
        let good = Matrix.identity(2)
        let nanColumn = Matrix(column: [1, .nan])
        #expect(throws: LinearAlgebraError.nonFinite(operation: "multiply")) { try withNaN.multiplied(by: good) }
        #expect(throws: LinearAlgebraError.nonFinite(operation: "multiply")) { try good.multiplied(by: [.infinity, 1]) }
        #expect(throws: LinearAlgebraError.nonFinite(operation: "add")) { try good + withNaN }
        #expect(throws: LinearAlgebraError.nonFinite(operation: "subtract")) { try withNaN - good }
        #expect(throws: LinearAlgebraError.nonFinite(operation: "solve")) { try withNaN.solve([1, 2]) }
        #expect(throws: LinearAlgebraError.nonFinite(operation: "solve")) { try good.solve(nanColumn) }
        #expect(throws: LinearAlgebraError.nonFinite(operation: "leastSquares")) { try withNaN.leastSquares(nanColumn) }
        #expect(throws: LinearAlgebraError.nonFinite(operation: "cholesky")) { try withNaN.cholesky() }
        #expect(throws: LinearAlgebraError.nonFinite(operation: "symmetricEigen")) { try withNaN.symmetricEigen() }
        #expect(throws: LinearAlgebraError.nonFinite(operation: "choleskySolve")) {
            try good.cholesky().solve(nanColumn)
        }
        #expect(throws: LinearAlgebraError.nonFinite(operation: "singularValueDecomposition")) {
            try withNaN.singularValueDecomposition()
        }
        #expect(throws: LinearAlgebraError.nonFinite(operation: "singularValueDecomposition")) {
            try Matrix(column: [1, -.infinity]).singularValueDecomposition(thin: false)
        }
        #expect(throws: LinearAlgebraError.nonFinite(operation: "singularValueDecomposition")) {
            try withNaN.singularValues()
        }
    }

    @Test func overflowIsRefused() throws {
        let huge = Matrix(column: [1e308])
        #expect(throws: LinearAlgebraError.nonFinite(operation: "add")) { try huge + huge }
        #expect(throws: LinearAlgebraError.nonFinite(operation: "multiply")) {
            try huge.multiplied(by: huge, transposingOther: true)
        }
        // σ₁ of [[1e308, 1e308], [1e308, 1e308]] is 2e308, beyond the largest Double.
        let hugeSquare = Matrix(rows: 2, columns: 2, repeating: 1e308)
        #expect(throws: LinearAlgebraError.nonFinite(operation: "singularValueDecomposition")) {
            try hugeSquare.singularValueDecomposition()
        }
    }

    @Test func descriptionsArePlainLanguage() {
        #expect(LinearAlgebraError.singular(pivot: 3).description
                == "Matrisen är singulär (pivot 3 är noll): ekvationssystemet saknar entydig lösning.")
        let mismatch = LinearAlgebraError.dimensionMismatch(
            operation: "multiply", left: Shape(rows: 2, columns: 3), right: Shape(rows: 2, columns: 3))
        #expect(mismatch.description.contains("2×3"))
        #expect(LinearAlgebraError.raggedRows(row: 1, expected: 2, actual: 1).description.contains("rad 2"))
        #expect(LinearAlgebraError.noConvergence(routine: "dgesdd", info: 3).description
                == "Beräkningen konvergerade inte (dgesdd, info = 3).")
    }
}
