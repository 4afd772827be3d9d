import Testing
import LinearAlgebra

@Suite("cumulativeSum batch helper")
struct CumulativeSumTests {
    @Test func shapeOfLowerTriangularOnes() throws {
        #expect(Matrix.cumulativeSum(3) == (try matrix([[1, 0, 0], [1, 1, 0], [1, 1, 1]])))
        #expect(Matrix.cumulativeSum(0).elements.isEmpty)
    }

    @Test func runningSumsDownEachColumn() throws {
        // Two scenarios (columns) over three periods (rows):
        // column 1: 1, 2, 3   → 1, 1+2 = 3, 3+3 = 6
        // column 2: 10, −5, 7 → 10, 10−5 = 5, 5+7 = 12
        let x = try matrix([[1, 10], [2, -5], [3, 7]])
        let sums = try Matrix.cumulativeSum(3).multiplied(by: x)
        #expect(sums == (try matrix([[1, 10], [3, 5], [6, 12]])))
    }
}
