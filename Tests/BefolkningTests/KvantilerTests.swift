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
    @Test("The specialised normal draw is the same as LinearAlgebra's nextStandardNormal")
    func normal() {
        var a = SplitMix64(seed: 20_151_231), b = a
        for _ in 0..<100_000 {
            #expect(Banslump.normal(&a).bitPattern == b.nextStandardNormal().bitPattern)
        }
    }
}
