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

    /// Nelder–Mead told at each trial point the value below which it would take the point may get any value
    /// at or above that bound otherwise (the ETS likelihood then skips its region test), and must take the
    /// same steps as with the exact values: the same trial points in the same order and the same result.
    @Test("Nelder–Mead with values exact only below the bound takes the same steps", arguments: [2, 6, 16])
    func boundedNelderMead(dimension n: Int) {
        // A valley with a wall: +∞ where the first coordinate passes 0,9, as points outside ETS's region.
        func f(_ x: [Double]) -> Double {
            guard x[0] <= 0.9 else { return .infinity }
            var sum = 0.0
            for i in 0..<n { sum += (Double(i) * 0.3 + 1) * (x[i] - 1 + Double(i % 3) * 0.1) * (x[i] - 1 + Double(i % 3) * 0.1) }
            for i in 1..<n { sum += 2 * (x[i] - x[i - 1] * x[i - 1]) * (x[i] - x[i - 1] * x[i - 1]) }
            return sum
        }
        let start = (0..<n).map { -0.5 + 0.1 * Double($0) }, steps = [Double](repeating: 0.5, count: n)
        let optimiser = NelderMead(maxEvaluations: 300 * (n + 1), tolerance: 1e-10)
        var exactPoints: [[Double]] = []
        let exact = optimiser.minimize({ x in exactPoints.append(x); return f(x) }, from: start, steps: steps)
        // Above the bound: +∞ (as outside the region), the bound itself, or far above it.
        for above in [{ (_: Double) in Double.infinity }, { (bound: Double) in bound }, { (bound: Double) in bound + 1e6 }] {
            var points: [[Double]] = []
            let bounded = optimiser.minimize(bounded: { x, bound in
                points.append(x)
                let value = f(x)
                return value < bound ? value : above(bound)
            }, from: start, steps: steps)
            #expect(points.map { $0.map(\.bitPattern) } == exactPoints.map { $0.map(\.bitPattern) })
            #expect(bounded.point.map(\.bitPattern) == exact.point.map(\.bitPattern))
            #expect(bounded.value.bitPattern == exact.value.bitPattern && bounded.evaluations == exact.evaluations)
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
                    // Two rows at a time: each row's four sums as the one-row form adds them.
                    let (first, second) = LinearStateProfile.dots(x, e, x + n, n)
                    #expect(first.indices.allSatisfy { first[$0].bitPattern == four[$0].bitPattern })
                    let eFour = LinearStateProfile.dots(e, x + n, n)
                    #expect(second.indices.allSatisfy { second[$0].bitPattern == eFour[$0].bitPattern })
                    // Xᵀe four columns at a time is e against four columns: the same sums with the factors
                    // of each product swapped.
                    let against = LinearStateProfile.dots(e, x, n)
                    for k in 0..<4 {
                        #expect(against[k].bitPattern == LinearStateProfile.dot(x + k * n, e, n).bitPattern)
                    }
                }
            }
        }
    }
}
