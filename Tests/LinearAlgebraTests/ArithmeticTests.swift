import Testing
import LinearAlgebra

@Suite("Addition and subtraction")
struct ArithmeticTests {
    @Test func addAndSubtract() throws {
        // [[1,2],[3,4]] + [[10,20],[30,40]] = [[11,22],[33,44]]
        // [[1,2],[3,4]] - [[10,20],[30,40]] = [[-9,-18],[-27,-36]]
        let a = try matrix([[1, 2], [3, 4]])
        let b = try matrix([[10, 20], [30, 40]])
        #expect(try a + b == (try matrix([[11, 22], [33, 44]])))
        #expect(try a - b == (try matrix([[-9, -18], [-27, -36]])))
    }

    @Test func emptyMatricesAdd() throws {
        let e = Matrix(rows: 0, columns: 3)
        #expect(try e + e == e)
    }
}
