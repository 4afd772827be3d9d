import Foundation
import LinearAlgebra
import Testing
@testable import Befolkning
import Vokabular

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

    @Test("An outcome is inside the 80 % interval between p10 and p90 and inside the 95 % between p2,5 and p97,5, bounds included")
    func inomIntervallen() {
        let k = Kvantiler(varden: [80, 90, 100, 110, 120])
        // (outcome, inside 80 %, inside 95 %), by hand from the bounds above.
        for (utfall, i80, i95) in [(79.9, false, false), (80, false, true), (85, false, true), (90, true, true),
                                    (100, true, true), (110, true, true), (115, false, true), (120, false, true),
                                    (120.1, false, false)] {
            #expect(k.inom80(utfall) == i80, "\(utfall)")
            #expect(k.inom95(utfall) == i95, "\(utfall)")
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

@Suite("Ziggurat")
struct ZigguratTests {
    @Test("The layers: equal areas v, the bottom one with the tail, stacked exactly to the top of the density")
    func lagren() {
        let (x, f) = Ziggurat.tabell
        #expect(x.count == Ziggurat.lager + 1 && x.last == 0 && f.last == 1)
        let f0 = { (t: Double) in exp(-t * t / 2) }
        // The tail beyond r, √(π/2)·erfc(r/√2), plus the rectangle up to r.
        let v = Ziggurat.r * f0(Ziggurat.r) + (Double.pi / 2).squareRoot() * erfc(Ziggurat.r / 2.0.squareRoot())
        #expect(abs(x[0] * f[1] - v) < 1e-14)
        for i in 1..<Ziggurat.lager { #expect(abs(x[i] * (f[i + 1] - f[i]) - v) < 1e-12 * v, "lager \(i)") }
        // Marsaglia and Tsang's r for 256 layers, 3,6541528853610088 (their paper), recomputed here.
        #expect(abs(Ziggurat.r - 3.6541528853610088) < 1e-12)
    }

    @Test("A million draws are standard normal: mean, variance, kurtosis, tail and the Kolmogorov–Smirnov distance")
    func fordelning() {
        var g = SplitMix64(seed: 2015)
        let n = 1_000_000
        let x = Ziggurat.oppna { z in (0..<n).map { _ in z.normal(&g) } }
        let medel = x.reduce(0, +) / Double(n)
        let m2 = x.reduce(0) { $0 + $1 * $1 } / Double(n), m4 = x.reduce(0) { $0 + pow($1, 4) } / Double(n)
        let se = 1 / Double(n).squareRoot()
        // Standard errors: 1/√n for the mean, √2/√n for the variance, √96/√n for the fourth moment (3).
        #expect(abs(medel) < 5 * se && abs(m2 - 1) < 5 * 2.0.squareRoot() * se && abs(m4 - 3) < 5 * 96.0.squareRoot() * se)
        // Beyond r (the tail's own sampler): 2·Q(r) of the draws.
        let svans = Double(x.filter { abs($0) > Ziggurat.r }.count) / Double(n)
        let p = erfc(Ziggurat.r / 2.0.squareRoot())
        #expect(abs(svans - p) < 5 * (p / Double(n)).squareRoot(), "\(svans) mot \(p)")
        // Kolmogorov–Smirnov against Φ(t) = erfc(−t/√2)/2; 1,95/√n is the 0,1 % critical value.
        let sorterade = x.sorted()
        var d = 0.0
        for (i, t) in sorterade.enumerated() {
            let phi = erfc(-t / 2.0.squareRoot()) / 2
            d = max(d, abs(phi - Double(i) / Double(n)), abs(phi - Double(i + 1) / Double(n)))
        }
        #expect(d < 1.95 * se, "D = \(d)")
    }
}
