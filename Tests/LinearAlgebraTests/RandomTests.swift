import LinearAlgebra
import Testing

@Suite("Seeded random matrices")
struct RandomTests {
    @Test("The same seed gives the same draws; elements stay in the requested range")
    func reproducible() {
        var g1 = SplitMix64(seed: 7), g2 = SplitMix64(seed: 7), g3 = SplitMix64(seed: 8)
        let a = Matrix.random(rows: 4, columns: 3, in: 2..<5, using: &g1)
        let b = Matrix.random(rows: 4, columns: 3, in: 2..<5, using: &g2)
        let c = Matrix.random(rows: 4, columns: 3, in: 2..<5, using: &g3)
        #expect(a == b)
        #expect(a != c)
        #expect(a.elements.allSatisfy { (2..<5).contains($0) })
        #expect(a.rows == 4 && a.columns == 3)
    }
}
