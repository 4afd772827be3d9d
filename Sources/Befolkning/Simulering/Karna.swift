import Foundation

/// One path's year of the cohort-component projection, in place on its column (women 0…100+, then men):
///
/// 1. every cohort of age 1 and up survives at the force of mortality m = c·exp(b·k), c the regional level
///    times exp(a), and receives net migration, half of it exposed to the year's mortality:
///    N(a, t+1) = max(0, (N(a−1, t) + M/2)·e^(−m) + M/2), the open group 100+ taking its own survivors too;
/// 2. the births are the fertility rates over the mean of the women 15–49 at the start and the end of the
///    year, scaled by the year's fertility factor;
/// 3. the newborn of each sex survive and migrate in the same way.
///
/// Ages 1…100+ go eight at a time, over ages 1…104 with the padding ages 101…104 given no mortality and no
/// migration and never written back. The force of mortality comes from the sex's `Indextabell` (two table
/// rows and a short polynomial), the survival e^(−m) from `Vektorexp`; a path whose k is outside their
/// bounds uses libm for both.
struct Karna: Sendable {
    static let bredd = 8
    /// Vectors over ages 1…100+ (the last one padded).
    static let vektorer = (Alder.hogsta + bredd - 1) / bredd
    /// Length per sex of the padded age arrays: ages 0 … `vektorer`·8.
    static let langd = 1 + vektorer * bredd

    /// The parameters in one array, so that a block of paths opens them once: per sex (`kon · langd +
    /// ålder`) c, b, the net migration profile and how a deviation of the total is spread, zero on the
    /// padding ages; then the fertility rates by the women's age, zero outside 15–49; then
    /// `Vektorexp.tabell`; then `Gruppsummor.vikter`.
    private let parametrar: [Double]
    private let andelFlickor: Double
    /// Per sex, the largest |k| for which both exponentials' arguments stay within `Vektorexp.granser`:
    /// |b·k| ≤ max |b| · |k| and m ≤ max c · e^(max |b| · |k|).
    private let kGrans: (Double, Double)
    /// Per sex, the force of mortality from tables (`Indextabell`) for |k| within `kGrans`.
    private let index: (Indextabell, Indextabell)
    private let summor = Gruppsummor()

    /// `c`, `b`, `migration` and `fordelning` by state row (sex and age, as `Alder.index`).
    init(c: [Double], b: [Double], migration: [Double], fordelning: [Double], asfr: [Double], andelFlickor: Double) {
        func utfylld(_ v: [Double]) -> [Double] {
            (0..<2).flatMap { kon in (0..<Self.langd).map { $0 < Alder.antal ? v[kon * Alder.antal + $0] : 0 } }
        }
        parametrar = utfylld(c) + utfylld(b) + utfylld(migration) + utfylld(fordelning)
            + (0..<Self.langd).map { Alder.fertila.contains($0) ? asfr[$0 - Alder.fertila.lowerBound] : 0 }
            + Vektorexp.tabell + summor.vikter
        self.andelFlickor = andelFlickor
        func grans(_ kon: Int) -> Double {
            let aldrar = (kon * Alder.antal)..<((kon + 1) * Alder.antal)
            let b = b[aldrar].map(\.magnitude).max()!, c = c[aldrar].max()!, g = Vektorexp.granser.upperBound
            // (The division gives +∞ for b = 0, and NaN parameters give NaN, which no |k| is below.)
            return min(g / b, c > 0 ? log(g / c) / b : .infinity)
        }
        kGrans = (grans(0), grans(1))
        let n = Self.langd
        index = (Indextabell(c: parametrar[0..<n], b: parametrar[(2 * n)..<(3 * n)], kGrans: kGrans.0),
                 Indextabell(c: parametrar[n..<(2 * n)], b: parametrar[(3 * n)..<(4 * n)], kGrans: kGrans.1))
    }

    /// What a path's year takes: the Lee–Carter index per sex, the deviation of the net migration total
    /// from the profile's, the fertility factor and the fertility term Σ asfr·N of the year's start.
    struct Indata {
        var k: (kvinnor: Double, man: Double)
        var migrationsavvikelse: Double
        var fruktsamhetsfaktor: Double
        var fertilaFore: Double
    }

    /// What it gives: births, deaths, and the fertility term of the year's end.
    struct Utdata {
        /// Births, deaths, and the net migration applied (the assumed, bounded as `Karna.migration` says).
        var fodda: Double, doda: Double, fertila: Double, migration: Double
    }

    /// Net migration as applied to a cohort of `n` at the start of the year with survival `s`: the assumed
    /// `m`, but never more emigrants than the cohort has people to lose. With half the migrants exposed to
    /// mortality, the cohort ends at (n + m/2)·s + m/2, which is ≥ 0 exactly when m ≥ −2·n·s/(1 + s); at
    /// that bound the deaths (n + m/2)·(1 − s) are ≥ 0 too. So the identity P = N − D + M holds with every
    /// term as applied, whatever the assumption.
    @inline(__always)
    static func migration(_ m: SIMD8<Double>, n: SIMD8<Double>, s: SIMD8<Double>) -> SIMD8<Double> {
        // max(m, golv) as plain vector arithmetic (`positiv`), measured 10 % faster here than `pointwiseMax`.
        let golv = -2 * n * s / (1 + s)
        return golv + Oppnad.positiv(m - golv)
    }

    /// Runs `arbete` with the parameters opened and scratch memory of its own (one call per thread).
    func oppna<R>(_ arbete: (Oppnad) -> R) -> R {
        parametrar.withUnsafeBufferPointer { p in
            index.0.rader.withUnsafeBufferPointer { kvinnor in
                index.1.rader.withUnsafeBufferPointer { man in
                    withUnsafeTemporaryAllocation(of: Double.self, capacity: 2 * summor.segment.count) { delsummor in
                        arbete(Oppnad(karna: self, p: p.baseAddress!, index: (kvinnor.baseAddress!, man.baseAddress!),
                                      delsummor: delsummor.baseAddress!))
                    }
                }
            }
        }
    }

    /// The kernel with its parameters opened, valid inside `oppna`.
    struct Oppnad {
        fileprivate let karna: Karna
        fileprivate let c, b, migration, fordelning, asfr, tabell, vikter: UnsafePointer<Double>
        /// Per sex, the rows of `Karna.index`.
        fileprivate let index: (UnsafePointer<Double>, UnsafePointer<Double>)
        fileprivate let delsummor: UnsafeMutablePointer<Double>

        fileprivate init(karna: Karna, p: UnsafePointer<Double>, index: (UnsafePointer<Double>, UnsafePointer<Double>),
                         delsummor: UnsafeMutablePointer<Double>) {
            self.karna = karna
            let n = 2 * Karna.langd
            c = p
            b = p + n
            migration = p + 2 * n
            fordelning = p + 3 * n
            asfr = p + 4 * n
            tabell = asfr + Karna.langd
            vikter = tabell + Vektorexp.tabell.count
            self.index = index
            self.delsummor = delsummor
        }

        /// The fertility term Σ asfr·N over the women of `kolumn`.
        func fertilitetsterm(_ kolumn: UnsafePointer<Double>) -> Double {
            var summa = 0.0
            for a in Alder.fertila { summa += asfr[a] * kolumn[a] }
            return summa
        }

        /// Projects `kolumn` one year and writes its group sums (`Gruppsummor`) to `grupper`, `radavstand`
        /// apart.
        func ar(_ kolumn: UnsafeMutablePointer<Double>, _ in: Indata, grupper: UnsafeMutablePointer<Double>,
                radavstand: Int = 1) -> Utdata {
            let kvinnor = aldrade(kolumn, kon: 0, k: `in`.k.kvinnor, `in`.migrationsavvikelse)
            let man = aldrade(kolumn, kon: 1, k: `in`.k.man, `in`.migrationsavvikelse)
            let fodda = `in`.fruktsamhetsfaktor * (`in`.fertilaFore + kvinnor.fertila) / 2
            var doda = kvinnor.doda + man.doda, tillampad = kvinnor.migration + man.migration
            for kon in 0..<2 {
                let i = kon * Karna.langd
                let s = Foundation.exp(-(kon == 0 ? kvinnor.kraft0 : man.kraft0))
                let nyfodda = fodda * (kon == 0 ? karna.andelFlickor : 1 - karna.andelFlickor)
                let mig = Karna.migration(SIMD8(repeating: migration[i] + `in`.migrationsavvikelse * fordelning[i]),
                                          n: SIMD8(repeating: nyfodda), s: SIMD8(repeating: s))[0]
                let utsatta = nyfodda + mig / 2
                kolumn[kon * Alder.antal] = max(0, utsatta * s + mig / 2)
                doda += utsatta * (1 - s)
                tillampad += mig
                delsummor[kon * karna.summor.segment.count] += kolumn[kon * Alder.antal]
            }
            karna.summor.summera(delsummor: delsummor, till: grupper, radavstand: radavstand)
            return Utdata(fodda: fodda, doda: doda, fertila: kvinnor.fertila, migration: tillampad)
        }

        /// Ages 1…100+ of one sex; returns their deaths, for the women the fertility term of the new ages,
        /// and the force of mortality of the newborn (age 0), found the same way. Writes the sex's segment
        /// sums (`Gruppsummor`) of the new ages to `delsummor`, the first one still without age 0. When |k|
        /// is within `kGrans` the force of mortality comes from the sex's `Indextabell` and the survival
        /// from the table-driven exponential; otherwise (or for a non-finite k) both from libm.
        @inline(__always)
        private func aldrade(_ kolumn: UnsafeMutablePointer<Double>, kon: Int, k: Double, _ avvikelse: Double)
            -> (doda: Double, fertila: Double, migration: Double, kraft0: Double) {
            let bas = kon * Karna.langd
            let (indextabell, rader) = kon == 0 ? (karna.index.0, index.0) : (karna.index.1, index.1)
            if k.magnitude <= (kon == 0 ? karna.kGrans.0 : karna.kGrans.1), let d = indextabell.dela(k) {
                let grov = rader + d.grov * Karna.langd, fin = rader + (indextabell.grova + d.fin) * Karna.langd
                let delta = SIMD8(repeating: d.delta)
                let kraft = { (a: Int) in
                    Self.last(grov + a) * Self.last(fin + a) * Indextabell.nara1(Self.last(b + bas + a) * delta)
                }
                let ut = aldrade(kolumn, kon: kon, avvikelse, kraft: kraft, exp: { Vektorexp.exp($0, tabell: tabell) })
                return (ut.doda, ut.fertila, ut.migration, kraft(0)[0])
            }
            let ut = aldrade(kolumn, kon: kon, avvikelse, kraft: { a in
                Self.last(c + bas + a) * Vektorexp.exakt(Self.last(b + bas + a) * k)
            }, exp: Vektorexp.exakt)
            return (ut.doda, ut.fertila, ut.migration, c[bas] * Foundation.exp(b[bas] * k))
        }

        /// In place from the top down, `kraft(a)` giving the force of mortality of ages a…a+7: the vector of
        /// ages a…a+7 reads ages a−1…a+6 before any of them is written. The top vector (ages 97…104) reads
        /// 96…99 with the 100+ group folded into 99, and writes back 97…100+ only (its padding lanes come
        /// out 0). Every new vector is added to the running segment sum.
        @inline(__always)
        private func aldrade(_ kolumn: UnsafeMutablePointer<Double>, kon: Int, _ avvikelse: Double,
                             kraft: (Int) -> SIMD8<Double>, exp: (SIMD8<Double>) -> SIMD8<Double>)
            -> (doda: Double, fertila: Double, migration: Double) {
            let forsta = kolumn + kon * Alder.antal
            let bas = kon * Karna.langd
            var doda = SIMD8<Double>(), fertila = SIMD8<Double>(), tillampad = SIMD8<Double>()
            var summa = SIMD8<Double>(), segment = karna.summor.segment.count - 1
            let segmentsummor = delsummor + kon * karna.summor.segment.count
            @inline(__always)
            func summera(_ ny: SIMD8<Double>, _ a: Int) {
                let vikt = vikter + (a - 1)
                guard vikt[Karna.bredd - 1] != 0 else {
                    summa += ny
                    return
                }
                let ovre = ny * Self.last(vikt)
                segmentsummor[segment] = (summa + ovre).sum()
                segment -= 1
                summa = ny - ovre
            }
            @inline(__always)
            func steg(_ a: Int, _ gammal: SIMD8<Double>) -> SIMD8<Double> {
                let s = exp(-kraft(a))
                let mig = Karna.migration(Vektorexp.fma(SIMD8(repeating: avvikelse), Self.last(fordelning + bas + a),
                                                        Self.last(migration + bas + a)), n: gammal, s: s)
                tillampad += mig
                let utsatta = gammal + mig / 2
                let ny = Self.positiv(Vektorexp.fma(utsatta, s, mig / 2))
                doda = Vektorexp.fma(utsatta, 1 - s, doda)
                if kon == 0 { fertila = Vektorexp.fma(Self.last(asfr + a), ny, fertila) }
                return ny
            }
            let topp = 1 + Karna.bredd * (Karna.vektorer - 1), sista = Alder.hogsta - topp
            var gammal = SIMD8<Double>()
            for lane in 0...sista { gammal[lane] = forsta[topp - 1 + lane] }
            gammal[sista] += forsta[Alder.hogsta]
            let ny = steg(topp, gammal)
            for lane in 0...sista { forsta[topp + lane] = ny[lane] }
            summera(ny, topp)
            var a = topp - Karna.bredd
            while a >= 1 {
                let ut = steg(a, Self.last(forsta + a - 1))
                UnsafeMutableRawPointer(forsta + a).storeBytes(of: ut, as: SIMD8<Double>.self)
                summera(ut, a)
                a -= Karna.bredd
            }
            segmentsummor[segment] = summa.sum()
            return (doda.sum(), fertila.sum(), tillampad.sum())
        }

        @inline(__always)
        private static func last(_ p: UnsafePointer<Double>) -> SIMD8<Double> {
            UnsafeRawPointer(p).loadUnaligned(as: SIMD8<Double>.self)
        }

        /// max(0, x) lane by lane, as (x + |x|)/2 with |x| by clearing the sign bit: exact, and plain vector
        /// arithmetic where the standard library's lane masks and `pointwiseMax` are not.
        @inline(__always)
        static func positiv(_ x: SIMD8<Double>) -> SIMD8<Double> {
            let belopp = unsafeBitCast(unsafeBitCast(x, to: SIMD8<UInt64>.self) & 0x7FFF_FFFF_FFFF_FFFF, to: SIMD8<Double>.self)
            return (x + belopp) * 0.5
        }
    }
}
