import Foundation
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

@Suite("Uniform and normal draws")
struct DrawTests {
    @Test("A uniform draw is the standard library's Double.random(in: 0..<1) for the same bits, so seeded streams are unchanged")
    func uniformMatchesStandardLibrary() {
        var ours = SplitMix64(seed: 2018), library = SplitMix64(seed: 2018)
        for _ in 0..<100_000 {
            #expect(ours.nextUnitUniform().bitPattern == Double.random(in: 0..<1, using: &library).bitPattern)
        }
    }

    @Test("A normal draw is Box–Muller on the standard library's uniform draws, bit for bit")
    func normalMatchesBoxMuller() {
        var ours = SplitMix64(seed: 11), library = SplitMix64(seed: 11)
        for _ in 0..<100_000 {
            let u1 = Double.random(in: Double.leastNonzeroMagnitude..<1, using: &library)
            let u2 = Double.random(in: 0..<1, using: &library)
            let expected = (-2 * log(u1)).squareRoot() * cos(2 * Double.pi * u2)
            #expect(ours.nextStandardNormal().bitPattern == expected.bitPattern)
        }
    }

    @Test("SplitMix64's first outputs are those of the reference algorithm (Vigna's splitmix64.c, worked in Python)")
    func referenceOutputs() {
        var g = SplitMix64(seed: 7)
        #expect([g.next(), g.next(), g.next()] == [7_191_089_600_892_374_487, 309_689_372_594_955_804, 16_616_101_746_815_609_346])
    }
}
