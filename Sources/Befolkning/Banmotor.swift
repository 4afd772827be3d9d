import Dispatch
import Foundation
import LinearAlgebra

/// The projection engine: one year at a time for many paths together. The state is a matrix with one
/// column per path and one row per sex and age (women 0…100+, then men), so a path's population is one
/// contiguous column.
///
/// Each year, in order: every cohort of age 1 and up survives and migrates (an element-wise kernel, run on
/// all cores over blocks of paths); the women of fertile ages then give the year's births and every age
/// group's sum, both as one matrix product W·P with W holding the age-specific fertility rates and the age
/// groups' indicator rows; last, the newborn survive and migrate. A deterministic projection is the same
/// engine with one path and no random draws.
struct Banmotor {
    let modell: Befolkningsmodell
    let antaganden: Befolkningsantaganden

    /// What one year leaves, per path.
    struct Ar {
        /// Sums per age group (rows as `Aldersgrupp`, then women and men), one column per path.
        var grupper: Matrix
        /// Births, deaths and net migration per path.
        var fodda: [Double], doda: [Double], migration: [Double]
    }

    /// The drivers that do not vary between paths, for the years 1…horizon after the base year.
    struct Drivare {
        /// The Lee–Carter index per sex and year.
        var k: [[Double]]
        /// Fertility relative to the estimated rates, per year.
        var tfrSkala: [Double]
        /// Net migration by state row (sex and age) per year, before random variation.
        var migration: [Double]
    }

    static let antalRader = 2 * Alder.antal
    /// Rows of W·P: the age groups, women, men, then the fertility row.
    static let antalGrupper = Aldersgrupp.allCases.count + 3

    func drivare() throws(BefolkningsFel) -> Drivare {
        let h = antaganden.horisont
        let lc = modell.dodlighet.leeCarter
        var k: [[Double]] = []
        for kon in Kon.allCases {
            let kT = lc[kon.rawValue].k.last!
            switch antaganden.dodlighet {
            case .drift(let faktor):
                k.append((1...h).map { kT + Double($0) * lc[kon.rawValue].drift * faktor })
            case .e0Okning(let arPerAr):
                let e0 = Livslangd.e0(modell.dodlighet.kraft(kon, k: kT))
                var serie: [Double] = []
                for steg in 1...h { serie.append(try kForE0(kon, e0 + Double(steg) * arPerAr, start: kT)) }
                k.append(serie)
            }
        }
        let bas = modell.fruktsamhet.tfr
        let tfrSkala = (1...h).map { antaganden.tfr(modell.basar + $0, bas: bas, basar: modell.basar) / bas }
        let profil: [[Double]]
        switch antaganden.migration {
        case .skala(let s): profil = modell.migration.medel.map { $0.map { $0 * s } }
        case .total(let t): profil = modell.migration.medTotal(t)
        }
        return Drivare(k: k, tfrSkala: tfrSkala, migration: profil.flatMap { $0 })
    }

    /// The index value that gives life expectancy `e0` (bisection; e0 falls as k rises).
    private func kForE0(_ kon: Kon, _ e0: Double, start: Double) throws(BefolkningsFel) -> Double {
        var lo = start - 1000, hi = start + 1000
        let varde = { (k: Double) in Livslangd.e0(modell.dodlighet.kraft(kon, k: k)) }
        guard varde(lo) >= e0, varde(hi) <= e0 else {
            throw .ogiltigtAntagande("livslängden \(Int(e0.rounded())) år kan inte nås med dödlighetsmodellen")
        }
        for _ in 0..<200 where hi - lo > 1e-10 {
            let mitt = (lo + hi) / 2
            if varde(mitt) > e0 { lo = mitt } else { hi = mitt }
        }
        return (lo + hi) / 2
    }

    /// W: one row per age group (ones over its ages, both sexes), the women's and the men's totals, and the
    /// fertility row (age-specific rates at the women's fertile ages).
    private func viktmatris() -> Matrix {
        var w = Matrix(rows: Self.antalGrupper, columns: Self.antalRader)
        for grupp in Aldersgrupp.allCases {
            for kon in Kon.allCases { for a in grupp.aldrar { w[grupp.rawValue, Alder.index(kon, a)] = 1 } }
        }
        for kon in Kon.allCases {
            for a in 0..<Alder.antal { w[Aldersgrupp.allCases.count + kon.rawValue, Alder.index(kon, a)] = 1 }
        }
        for (i, a) in Alder.fertila.enumerated() {
            w[Self.antalGrupper - 1, Alder.index(.kvinnor, a)] = modell.fruktsamhet.asfr[i]
        }
        return w
    }

    /// Runs `banor` paths; with `slump` nil there is one path without random variation. `varjeAr` receives
    /// each year's full state (for the deterministic projection's tables); `framsteg` the years done.
    func kor(banor: Int, slump: SplitMix64?, varjeAr: ((Int, Matrix) -> Void)? = nil,
             framsteg: ((Int) -> Void)? = nil) throws(BefolkningsFel) -> [Ar] {
        try antaganden.kontrollera(basar: modell.basar)
        guard banor >= 1, slump != nil || banor == 1 else { throw .ogiltigtAntagande("antalet banor ska vara minst 1") }
        let d = try drivare()
        let w = viktmatris()
        let rader = Self.antalRader
        var p = Matrix(rows: rader, columns: banor)
        let bas = modell.bas.flatMap { $0 }
        p.withUnsafeMutableElements { e in for j in 0..<banor { for i in 0..<rader { e[j * rader + i] = bas[i] } } }
        // Per sex and age: R·exp(a(x)) and b(x), so that the force of mortality is c·exp(b·k).
        let lc = modell.dodlighet.leeCarter
        let c = Kon.allCases.flatMap { kon in lc[kon.rawValue].a.map { exp($0) * modell.dodlighet.regionalNiva[kon.rawValue] } }
        let b = Kon.allCases.flatMap { lc[$0.rawValue].b }
        let sigmaK = lc.map(\.sigma)
        let o = modell.osakerhet
        let fordelning = modell.migration.fordelning.flatMap { $0 }
        let andelFlickor = modell.fruktsamhet.andelFlickor
        let overlevnad = Karna(c: c, b: b, migration: d.migration, fordelning: fordelning)
        let migrationTotal = d.migration.reduce(0, +)
        let gruppRader = Self.antalGrupper - 1
        let kvinnorRad = Aldersgrupp.allCases.count, manRad = kvinnorRad + 1
        let nyfoddasGrupper = Aldersgrupp.allCases.filter { $0.aldrar.contains(0) }.map(\.rawValue)

        var slump = slump
        // Per path, once: the drift's and the migration level's estimation errors (standard normal draws).
        var driftfel = [Double](repeating: 0, count: banor), nivafel = driftfel
        if var g = slump {
            for j in 0..<banor {
                driftfel[j] = Self.normal(&g)
                nivafel[j] = Self.normal(&g)
            }
            slump = g
        }
        let driftSigma = lc.map { $0.sigma / Double(max($0.k.count - 1, 1)).squareRoot() }
        var kAvvikelse = [Double](repeating: 0, count: banor)   // random walk of the index
        var tfrAvvikelse = [Double](repeating: 0, count: banor) // AR(1) of log TFR
        var fertilaFore = try produkt(w, p).row(Self.antalGrupper - 1)
        var resultat: [Ar] = []
        resultat.reserveCapacity(antaganden.horisont)
        for steg in 0..<antaganden.horisont {
            var migrationsavvikelse = [Double](repeating: 0, count: banor)
            if var g = slump {
                for j in 0..<banor {
                    kAvvikelse[j] += Self.normal(&g)
                    tfrAvvikelse[j] = o.fruktsamhetPhi * tfrAvvikelse[j] + o.fruktsamhetSigma * Self.normal(&g)
                    migrationsavvikelse[j] = o.migrationSigma * Self.normal(&g) + o.migrationsnivaSigma * nivafel[j]
                }
                slump = g
            }
            let k = d.k.map { $0[steg] }
            var doda = [Double](repeating: 0, count: banor)
            // Ages 1 and up, every path: survival and migration of each cohort, in place from the top age down.
            let h = Double(steg + 1)
            let kKvinnor = (0..<banor).map { k[0] + sigmaK[0] * kAvvikelse[$0] + h * driftSigma[0] * driftfel[$0] }
            let kMan = (0..<banor).map { k[1] + sigmaK[1] * kAvvikelse[$0] + h * driftSigma[1] * driftfel[$0] }
            let migAvvikelse = migrationsavvikelse
            p.withUnsafeMutableElements { e in
                doda.withUnsafeMutableBufferPointer { dd in
                    let delad = Delad(e: e, doda: dd)
                    Parallellt.block(banor) { range in
                        overlevnad.aldrade(delad.e.baseAddress!, rader: rader, banor: range, kKvinnor: kKvinnor, kMan: kMan,
                                           avvikelse: migAvvikelse, doda: delad.doda)
                    }
                }
            }
            let summor = try produkt(w, p)
            let fertila = summor.row(Self.antalGrupper - 1)
            var fodda = [Double](repeating: 0, count: banor)
            var grupper = Matrix(rows: gruppRader, columns: banor)
            p.withUnsafeMutableElements { e in
                grupper.withUnsafeMutableElements { ut in
                    summor.elements.withUnsafeBufferPointer { s in
                        for j in 0..<banor {
                            let skala = d.tfrSkala[steg] * exp(tfrAvvikelse[j])
                            fodda[j] = skala * (fertilaFore[j] + fertila[j]) / 2
                            var nyfodda = (kvinnor: 0.0, man: 0.0)
                            for kon in Kon.allCases {
                                let kJ = kon == .kvinnor ? kKvinnor[j] : kMan[j]
                                let i = Alder.index(kon, 0)
                                let andel = kon == .kvinnor ? andelFlickor : 1 - andelFlickor
                                let m = c[i] * exp(b[i] * kJ)
                                let mig = d.migration[i] + migrationsavvikelse[j] * fordelning[i]
                                let utsatta = fodda[j] * andel + mig / 2
                                let antal = max(0, utsatta * exp(-m) + mig / 2)
                                if kon == .kvinnor { nyfodda.kvinnor = antal } else { nyfodda.man = antal }
                                doda[j] += utsatta * -expm1(-m)
                                e[j * rader + i] = antal
                            }
                            let kolumn = ut.baseAddress! + j * gruppRader, summa = s.baseAddress! + j * Self.antalGrupper
                            for g in 0..<gruppRader { kolumn[g] = summa[g] }
                            let bada = nyfodda.kvinnor + nyfodda.man
                            for g in nyfoddasGrupper { kolumn[g] += bada }
                            kolumn[kvinnorRad] += nyfodda.kvinnor
                            kolumn[manRad] += nyfodda.man
                        }
                    }
                }
            }
            fertilaFore = fertila
            let migration = (0..<banor).map { migrationTotal + migrationsavvikelse[$0] }
            resultat.append(Ar(grupper: grupper, fodda: fodda, doda: doda, migration: migration))
            varjeAr?(modell.basar + steg + 1, p)
            framsteg?(steg + 1)
        }
        return resultat
    }

    /// A standard normal draw, the same as `RandomNumberGenerator.nextStandardNormal()` in LinearAlgebra: the
    /// same operations in the same order, written out here so that the compiler specialises it for
    /// `SplitMix64`. Called across modules the generic version runs unspecialised, through the generic
    /// `Double.random(in:using:)`, which costs several times the draw itself.
    @inline(__always)
    static func normal(_ g: inout SplitMix64) -> Double {
        let u1 = Double.random(in: Double.leastNonzeroMagnitude..<1, using: &g)
        let u2 = Double.random(in: 0..<1, using: &g)
        return (-2 * log(u1)).squareRoot() * cos(2 * Double.pi * u2)
    }

    private func produkt(_ w: Matrix, _ p: Matrix) throws(BefolkningsFel) -> Matrix {
        do { return try w.multiplied(by: p) } catch { throw .berakningsfel(error) }
    }
}

/// The element-wise kernel of one year for ages 1…100+: survival at the force of mortality c·exp(b·k) and
/// net migration (the deterministic profile plus the path's deviation spread by `fordelning`).
struct Karna: Sendable {
    let c: [Double], b: [Double], migration: [Double], fordelning: [Double]

    /// Updates the columns of `banor` (each `rader` long, from `e`) in place and writes each path's deaths of
    /// ages 1 and up to `doda`. The per-age parameters are read through pointers, opened once per block.
    func aldrade(_ e: UnsafeMutablePointer<Double>, rader: Int, banor: Range<Int>, kKvinnor: [Double], kMan: [Double],
                 avvikelse: [Double], doda: UnsafeMutableBufferPointer<Double>) {
        c.withUnsafeBufferPointer { c in
            b.withUnsafeBufferPointer { b in
                migration.withUnsafeBufferPointer { migration in
                    fordelning.withUnsafeBufferPointer { fordelning in
                        withUnsafeTemporaryAllocation(of: Double.self, capacity: Alder.antal) { s in
                            for j in banor {
                                doda[j] = Self.kolumn(e + j * rader, c: c, b: b, migration: migration, fordelning: fordelning,
                                                      kKvinnor: kKvinnor[j], kMan: kMan[j], avvikelse: avvikelse[j],
                                                      s: s.baseAddress!)
                            }
                        }
                    }
                }
            }
        }
    }

    /// One path: updates its column in place and returns the deaths of ages 1 and up. The survival factors
    /// exp(−m) of a sex come first, into `s`, so that the loop of exp calls keeps little else live (every
    /// floating-point register is the callee's to clobber) and the update after it makes no calls.
    @inline(__always)
    private static func kolumn(_ kolumn: UnsafeMutablePointer<Double>, c: UnsafeBufferPointer<Double>,
                               b: UnsafeBufferPointer<Double>, migration: UnsafeBufferPointer<Double>,
                               fordelning: UnsafeBufferPointer<Double>, kKvinnor: Double, kMan: Double,
                               avvikelse: Double, s: UnsafeMutablePointer<Double>) -> Double {
        var doda = 0.0
        for kon in 0..<2 {
            let forsta = kon * Alder.antal
            let kK = kon == 0 ? kKvinnor : kMan
            for a in 1...Alder.hogsta {
                let i = forsta + a
                let m = c[i] * exp(b[i] * kK)
                s[a] = exp(-m)
            }
            var a = Alder.hogsta
            var foregaende = kolumn[forsta + a - 1] + kolumn[forsta + a]
            while a >= 1 {
                let i = forsta + a
                let utgang = foregaende
                if a > 1 { foregaende = kolumn[i - 2] }
                let mig = migration[i] + avvikelse * fordelning[i]
                let utsatta = utgang + mig / 2
                kolumn[i] = max(0, utsatta * s[a] + mig / 2)
                doda += utsatta * (1 - s[a])
                a -= 1
            }
            kolumn[forsta] = 0
        }
        return doda
    }
}

/// Shared buffers for the parallel kernel: every block of paths writes its own columns only.
private struct Delad: @unchecked Sendable {
    let e: UnsafeMutableBufferPointer<Double>
    let doda: UnsafeMutableBufferPointer<Double>
}

/// Runs work over blocks of an index range on all cores.
enum Parallellt {
    static func block(_ n: Int, _ arbete: @Sendable (Range<Int>) -> Void) {
        let delar = min(n, max(1, ProcessInfo.processInfo.activeProcessorCount * 4))
        DispatchQueue.concurrentPerform(iterations: delar) { del in
            arbete((n * del / delar)..<(n * (del + 1) / delar))
        }
    }
}
