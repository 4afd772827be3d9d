import Foundation
import LinearAlgebra
import Testing
@testable import Befolkning

@Suite("Vektorexp")
struct VektorexpTests {
    /// The distance in units in the last place between two positive doubles.
    static func ulp(_ a: Double, _ b: Double) -> Double { abs(a - b) / b.ulp }

    @Test("Within 3 ulp of libm's exp over the whole range it takes, and libm's own values from exakt")
    func motLibm() {
        var g = SplitMix64(seed: 11)
        var x: [Double] = stride(from: -700.0, through: 700.0, by: 0.0137).map { $0 }
        x += (0..<20_000).map { _ in Double.random(in: -1...1, using: &g) }
        x += [0, -0.0, 1e-300, -1e-300, 700, -700, Double(Float.ulpOfOne)]
        var storsta = 0.0
        Vektorexp.tabell.withUnsafeBufferPointer { t in
            for start in stride(from: 0, to: x.count - 8, by: 8) {
                let v = SIMD8<Double>(x[start..<(start + 8)])
                let snabb = Vektorexp.exp(v, tabell: t.baseAddress!), exakt = Vektorexp.exakt(v)
                for i in 0..<8 {
                    let libm = Foundation.exp(v[i])
                    storsta = max(storsta, Self.ulp(snabb[i], libm))
                    #expect(exakt[i].bitPattern == libm.bitPattern)
                }
            }
        }
        #expect(storsta <= 3, "största avvikelse \(storsta) ulp")
    }

    @Test("exakt follows libm outside the bounds: overflow, underflow and NaN")
    func utanforGranserna() {
        let v = SIMD8<Double>(800, -800, .nan, .infinity, -.infinity, 710, -745, 0)
        let y = Vektorexp.exakt(v)
        #expect(y[0] == .infinity && y[1] == 0 && y[2].isNaN && y[3] == .infinity && y[4] == 0 && y[7] == 1)
        #expect(y[5].bitPattern == Foundation.exp(710.0).bitPattern && y[6].bitPattern == Foundation.exp(-745.0).bitPattern)
    }
}

@Suite("Karna")
struct KarnaTests {
    /// The year step written out age by age with libm, independently of the kernel's vectors: survival at
    /// m = c·e^(b·k), half the migrants exposed, the 100+ group keeping its survivors, births from the mean
    /// of the fertility terms, then the newborn. Emigration is bounded by the people there: with N at the
    /// start and survival s, the cohort ends at (N + M/2)·s + M/2, so M is at least −2·N·s/(1 + s).
    static func referens(_ kolumn: [Double], c: [Double], b: [Double], migration: [Double], fordelning: [Double],
                         asfr: [Double], andelFlickor: Double, _ in: Karna.Indata) -> (kolumn: [Double], ut: Karna.Utdata) {
        var ny = kolumn, doda = 0.0, tillampad = 0.0
        func begransad(_ mig: Double, _ n: Double, _ s: Double) -> Double { max(mig, -2 * n * s / (1 + s)) }
        for kon in 0..<2 {
            let k = kon == 0 ? `in`.k.kvinnor : `in`.k.man
            for a in 1...Alder.hogsta {
                let i = kon * Alder.antal + a
                let m = c[i] * exp(b[i] * k)
                let utgang = kolumn[i - 1] + (a == Alder.hogsta ? kolumn[i] : 0)
                let mig = begransad(migration[i] + `in`.migrationsavvikelse * fordelning[i], utgang, exp(-m))
                ny[i] = max(0, (utgang + mig / 2) * exp(-m) + mig / 2)
                doda += (utgang + mig / 2) * (1 - exp(-m))
                tillampad += mig
            }
        }
        var fertila = 0.0
        for (j, a) in Alder.fertila.enumerated() { fertila += asfr[j] * ny[a] }
        let fodda = `in`.fruktsamhetsfaktor * (`in`.fertilaFore + fertila) / 2
        for kon in 0..<2 {
            let i = kon * Alder.antal, k = kon == 0 ? `in`.k.kvinnor : `in`.k.man
            let m = c[i] * exp(b[i] * k), nyfodda = fodda * (kon == 0 ? andelFlickor : 1 - andelFlickor)
            let mig = begransad(migration[i] + `in`.migrationsavvikelse * fordelning[i], nyfodda, exp(-m))
            let utsatta = nyfodda + mig / 2
            ny[i] = max(0, utsatta * exp(-m) + mig / 2)
            doda += utsatta * (1 - exp(-m))
            tillampad += mig
        }
        return (ny, Karna.Utdata(fodda: fodda, doda: doda, fertila: fertila, migration: tillampad))
    }

    static func nara(_ a: Double, _ b: Double, _ tol: Double = 1e-12) -> Bool { abs(a - b) <= tol * max(1, abs(b)) }

    @Test("One year of the kernel equals the age-by-age reference, for ordinary, extreme and emigrating paths")
    func motReferens() {
        var g = SplitMix64(seed: 2015)
        let n = 2 * Alder.antal
        let c = (0..<n).map { 5e-5 * exp(0.095 * Double($0 % Alder.antal)) * Double.random(in: 0.8...1.2, using: &g) }
        let b = (0..<n).map { _ in Double.random(in: 0.002...0.03, using: &g) }
        let migration = (0..<n).map { _ in Double.random(in: -30...40, using: &g) }
        let fordelning = (0..<n).map { _ in Double.random(in: 0...(2.0 / Double(n)), using: &g) }
        let asfr = (0..<Alder.fertila.count).map { _ in Double.random(in: 0...0.12, using: &g) }
        let karna = Karna(c: c, b: b, migration: migration, fordelning: fordelning, asfr: asfr, andelFlickor: 0.486)
        // k from ordinary values to ones where e^(b·k) leaves the table-driven exponential's bounds, and NaN.
        let kVarden: [Double] = [-40, -5, 0, 12, 3_000, 40_000, -50_000]
        for kK in kVarden {
            for avvikelse in [0.0, -3_000, 500] {
                let kolumn = (0..<n).map { _ in Double.random(in: 0...2_500, using: &g) }
                let indata = Karna.Indata(k: (kK, kK * 0.9), migrationsavvikelse: avvikelse, fruktsamhetsfaktor: 1.07,
                                          fertilaFore: 1_800)
                let vantat = Self.referens(kolumn, c: c, b: b, migration: migration, fordelning: fordelning, asfr: asfr,
                                           andelFlickor: 0.486, indata)
                var fatt = kolumn
                var grupper = [Double](repeating: .nan, count: Gruppsummor.antal)
                let ut = fatt.withUnsafeMutableBufferPointer { p in
                    grupper.withUnsafeMutableBufferPointer { gr in
                        karna.oppna { $0.ar(p.baseAddress!, indata, grupper: gr.baseAddress!) }
                    }
                }
                let fel = zip(fatt, vantat.kolumn).filter { !Self.nara($0, $1) }
                #expect(fel.isEmpty, "k \(kK), avvikelse \(avvikelse): \(fel.prefix(3))")
                #expect(Self.nara(ut.fodda, vantat.ut.fodda) && Self.nara(ut.doda, vantat.ut.doda)
                        && Self.nara(ut.fertila, vantat.ut.fertila) && Self.nara(ut.migration, vantat.ut.migration),
                        "k \(kK): \(ut) mot \(vantat.ut)")
                for grupp in Aldersgrupp.allCases {
                    let summa = Kon.allCases.reduce(0.0) { s, kon in s + grupp.aldrar.reduce(0.0) { $0 + fatt[Alder.index(kon, $1)] } }
                    #expect(Self.nara(grupper[grupp.rawValue], summa), "\(grupp.nyckel)")
                }
                #expect(Self.nara(grupper[Gruppsummor.kvinnorRad], fatt[0..<Alder.antal].reduce(0, +)))
                #expect(Self.nara(grupper[Gruppsummor.manRad], fatt[Alder.antal...].reduce(0, +)))
            }
        }
    }

    @Test("A non-finite index gives non-finite sums, never a finite answer")
    func ejAndlig() {
        let n = 2 * Alder.antal
        let karna = Karna(c: [Double](repeating: 0.01, count: n), b: [Double](repeating: 0.01, count: n),
                          migration: [Double](repeating: 0, count: n), fordelning: [Double](repeating: 0, count: n),
                          asfr: [Double](repeating: 0.05, count: Alder.fertila.count), andelFlickor: 0.5)
        var kolumn = [Double](repeating: 100, count: n), grupper = [Double](repeating: 0, count: Gruppsummor.antal)
        let ut = kolumn.withUnsafeMutableBufferPointer { p in
            grupper.withUnsafeMutableBufferPointer { gr in
                karna.oppna { $0.ar(p.baseAddress!, .init(k: (.nan, 0), migrationsavvikelse: 0, fruktsamhetsfaktor: 1, fertilaFore: 0),
                                    grupper: gr.baseAddress!) }
            }
        }
        #expect(ut.doda.isNaN || !grupper[Aldersgrupp.total.rawValue].isFinite)
    }
}

@Suite("Indextabell")
struct IndextabellTests {
    /// The force of mortality from the tables for one age, as the kernel forms it.
    static func kraft(_ t: Indextabell, _ alder: Int, b: Double, k: Double) -> Double? {
        guard let d = t.dela(k) else { return nil }
        let langd = t.rader.count / (t.grova + Indextabell.fina)
        let grov = t.rader[d.grov * langd + alder], fin = t.rader[(t.grova + d.fin) * langd + alder]
        return grov * fin * Indextabell.nara1(SIMD8(repeating: b * d.delta))[0]
    }

    @Test("c·e^(b·k) from the tables is as close to libm's as the rounding of b·k allows, and the split of k is exact")
    func motLibm() throws {
        var g = SplitMix64(seed: 1968)
        let n = Karna.langd
        let c = (0..<n).map { 5e-5 * exp(0.095 * Double($0)) * Double.random(in: 0.8...1.2, using: &g) }
        let b = (0..<n).map { _ in Double.random(in: -0.01...0.04, using: &g) }
        let kGrans = 180.0
        let t = Indextabell(c: c[...], b: b[...], kGrans: kGrans)
        #expect(t.h == 0x1p-5) // 2 / (1024 · max |b|) with max |b| just below 0,04 is 0,049 or more: 2^−5
        var k = (0..<2_000).map { _ in Double.random(in: -kGrans...kGrans, using: &g) }
        k += [-kGrans, kGrans, 0, -0.0, t.h / 2, -t.h / 2, 1e-300, t.k0]
        // Either side rounds its arguments b·k (or b·k₀ and b·f·h) once, which moves e^(b·k) by up to |b·k|·2^−53
        // relative; besides that a few roundings of the products, the polynomial and libm's own error.
        var storsta = 0.0
        for kv in k {
            let d = try #require(t.dela(kv), "k \(kv)")
            let punkt = t.k0 + Double(d.grov * Indextabell.fina + d.fin) * t.h
            #expect(punkt + d.delta == kv && abs(d.delta) <= t.h / 2)
            for a in 0..<n {
                let vantat = c[a] * exp(b[a] * kv)
                let fatt = try #require(Self.kraft(t, a, b: b[a], k: kv))
                storsta = max(storsta, abs(fatt - vantat) / vantat / ((2 * abs(b[a] * kv) + 6) * 0x1p-53))
            }
        }
        #expect(storsta <= 1, "största avvikelse \(storsta) av gränsen")
    }

    @Test("Outside the coarse rows, or for NaN and infinity, there is no table value")
    func utanfor() {
        let n = Karna.langd
        let t = Indextabell(c: [Double](repeating: 0.01, count: n)[...], b: [Double](repeating: 0.02, count: n)[...], kGrans: 50)
        #expect(t.dela(.nan) == nil && t.dela(.infinity) == nil && t.dela(-.infinity) == nil)
        #expect(t.dela(t.k0 - t.h) == nil && t.dela(-t.k0 + Double(Indextabell.fina) * t.h) == nil)
        #expect(t.dela(-t.k0) != nil && t.dela(50) != nil && t.dela(-50) != nil)
        // No index improvement (b = 0) has no bound: the most rows; a NaN parameter none.
        let platt = Indextabell(c: [Double](repeating: 0.01, count: n)[...], b: [Double](repeating: 0, count: n)[...],
                                kGrans: .infinity)
        #expect(platt.grova == Indextabell.hogstaGrova - 1 && platt.dela(1e4) != nil)
        let nan = Indextabell(c: [Double](repeating: 0.01, count: n)[...], b: [Double](repeating: .nan, count: n)[...],
                              kGrans: .nan)
        #expect(nan.grova == 0 && nan.dela(0) == nil)
    }
}
