import Foundation
import LinearAlgebra
import Testing
@testable import Befolkning

@Suite("Kvantiler")
struct KvantilerTests {
    /// Type 7 from a full sort: the definition the selection must reproduce exactly.
    static func sorterade(_ varden: [Double]) -> [Double] {
        let v = varden.sorted(), n = v.count
        return Kvantiler.sannolikheter.map { p in
            let h = Double(n - 1) * p
            let lo = Int(h.rounded(.down)), hi = min(lo + 1, n - 1)
            return v[lo] + (v[hi] - v[lo]) * (h - Double(lo))
        }
    }

    @Test("Selection gives the same bits as a full sort, with ties and for every small size")
    func somSortering() {
        var g = SplitMix64(seed: 7)
        for n in Array(1...60) + [999, 1000, 10_000] {
            for slag in 0..<5 {
                var varden: [Double] = (0..<n).map { _ in
                    switch slag {
                    case 0, 3: return g.nextStandardNormal()
                    case 1: return Double(Int.random(in: 0..<5, using: &g)) // many ties
                    case 4: return [-Double.infinity, .infinity, 0, 1][Int.random(in: 0..<4, using: &g)]
                    default: return 1.5 // all equal
                    }
                }
                if slag == 3 { varden.sort(by: >) } // descending
                let vantat = Self.sorterade(varden)
                let fatt = Kvantiler(av: varden).varden
                #expect(fatt.map(\.bitPattern) == vantat.map(\.bitPattern), "n = \(n), slag \(slag)")
            }
        }
    }

    @Test("No values, or a NaN among them, give NaN")
    func tom() {
        for varden in [[], [1, .nan, 3], [Double](repeating: .nan, count: 50)] {
            let q = Kvantiler(av: varden).varden
            #expect(q.count == 5 && q.allSatisfy { $0.isNaN })
        }
    }
}

@Suite("Banslump")
struct BanslumpTests {
    @Test("A Box–Muller pair: its first value is LinearAlgebra's nextStandardNormal bit for bit, the second is standard normal and uncorrelated with it")
    func normalpar() {
        var a = SplitMix64(seed: 3), b = a
        var summa = 0.0, kvadrater = 0.0, produkter = 0.0
        let n = 200_000
        for _ in 0..<n {
            let (x, y) = Banslump.normalpar(&a)
            #expect(x.bitPattern == b.nextStandardNormal().bitPattern)
            summa += y
            kvadrater += y * y
            produkter += x * y
        }
        // Mean 0, variance 1 and no correlation with its partner, within 5 standard errors (1/√n each, √2/√n for the variance).
        let se = 1 / Double(n).squareRoot()
        #expect(abs(summa / Double(n)) < 5 * se)
        #expect(abs(kvadrater / Double(n) - 1) < 5 * 2.0.squareRoot() * se)
        #expect(abs(produkter / Double(n)) < 5 * se)
    }
}
