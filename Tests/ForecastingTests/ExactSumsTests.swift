import Testing
@testable import Forecasting

/// The estimator's sums that run four at a time give the same numbers, bit for bit, as the plain loops
/// they replaced (same terms, added in the same order): a speed-up must not move the optimiser's path.
/// The plain loops are written out here as the independent calculation.
@Suite("Sums four at a time equal the plain loops bit for bit")
struct ExactSumsTests {
    /// Numbers of mixed sign and size, so that the order of addition shows in the last bits.
    static func values(_ count: Int, seed: Double) -> [Double] {
        (0..<count).map { i in
            let x = Double(i) + seed
            let magnitude = [1.0, -1e3, 0.37, -1e6][i % 4]
            return (x * 0.7315).truncatingRemainder(dividingBy: 1.9) * magnitude + 1 / (x + 0.5)
        }
    }

    @Test("Nelder–Mead's centroid: Σ over the vertices but the worst, in vertex order", arguments: [1, 4, 6, 9])
    func centroid(dimension n: Int) {
        let vertices = Self.values((n + 1) * n, seed: 0.3)
        for skipped in [0, n / 2, n] {
            var expected = [Double](repeating: 0, count: n)
            for i in 0...n where i != skipped {
                for j in 0..<n { expected[j] += vertices[i * n + j] }
            }
            var sum = [Double](repeating: .nan, count: n)
            vertices.withUnsafeBufferPointer { x in
                sum.withUnsafeMutableBufferPointer { NelderMead.sum(x, skipping: skipped, dimension: n, into: $0) }
            }
            #expect(sum.map(\.bitPattern) == expected.map(\.bitPattern))
        }
    }

    @Test("Least squares: XᵀX four columns at a time and Σε² four rows at a time", arguments: [3, 8, 11, 23, 41])
    func leastSquares(rows n: Int) {
        let columns = 5
        let x = Self.values(n * columns, seed: 1.1), e = Self.values(n, seed: 2.9), b = Self.values(columns, seed: 4.2)
        x.withUnsafeBufferPointer { x in
            e.withUnsafeBufferPointer { e in
                b.withUnsafeBufferPointer { b in
                    let x = x.baseAddress!, e = e.baseAddress!, b = b.baseAddress!
                    var expected = 0.0
                    for t in 0..<n {
                        var error = e[t]
                        for j in 0..<columns { error -= x[j * n + t] * b[j] }
                        expected += error * error
                    }
                    let sum = LinearStateProfile.sumOfSquares(x, e, b, rows: n, columns: columns)
                    #expect(sum.bitPattern == expected.bitPattern)
                    let four = LinearStateProfile.dots(x, x + n, n)
                    for k in 0..<4 {
                        #expect(four[k].bitPattern == LinearStateProfile.dot(x, x + (k + 1) * n, n).bitPattern)
                    }
                }
            }
        }
    }
}
