import Dispatch
import Foundation
import LinearAlgebra

/// The projection engine: one year at a time for many paths together. The state is a matrix with one
/// column per path and one row per sex and age (women 0…100+, then men), so a path's population is one
/// contiguous column.
///
/// Each year, every path draws its random deviations (`Banslump`) and is projected one year by `Karna`, on
/// all cores over blocks of paths; the path's age-group sums, births and deaths come out of the same pass.
/// Nothing is shared between paths within a year, so the work is element-wise: a path is one column of
/// 202 values in cache, and the kernel runs eight ages at a time. A deterministic projection is the same
/// engine with one path and no random draws.
struct Banmotor {
    let modell: Befolkningsmodell
    let antaganden: Befolkningsantaganden

    /// What one year leaves, per path.
    struct Ar {
        /// Sums per age group (rows as `Gruppsummor`: `Aldersgrupp`, then women and men), one column per path.
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
        // Rates that are all zero stay zero: no births, whatever the factor; a fertility above zero cannot be
        // reached by scaling them.
        let bas = modell.fruktsamhet.tfr
        var tfrSkala: [Double] = []
        for steg in 1...h {
            let tfr = antaganden.tfr(modell.basar + steg, bas: bas, basar: modell.basar)
            guard bas > 0 || tfr == 0 else {
                throw .ogiltigtAntagande("de skattade fruktsamhetstalen är alla noll, så fruktsamheten \(modell.basar + steg) "
                                         + "kan inte räknas upp till \(tfr)")
            }
            tfrSkala.append(bas > 0 ? tfr / bas : 0)
        }
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

    /// Runs `banor` paths; with `slump` nil there is one path without random variation. `varjeAr` receives
    /// each year's full state (for the deterministic projection's tables); `framsteg` the years done.
    func kor(banor: Int, slump: SplitMix64?, varjeAr: ((Int, Matrix) -> Void)? = nil,
             framsteg: ((Int) -> Void)? = nil) throws(BefolkningsFel) -> [Ar] {
        try antaganden.kontrollera(basar: modell.basar)
        guard banor >= 1, slump != nil || banor == 1 else { throw .ogiltigtAntagande("antalet banor ska vara minst 1") }
        let d = try drivare()
        let rader = Self.antalRader
        var p = Matrix(rows: rader, columns: banor)
        let bas = modell.bas.flatMap { $0 }
        p.withUnsafeMutableElements { e in for j in 0..<banor { for i in 0..<rader { e[j * rader + i] = bas[i] } } }
        // Per sex and age: R·exp(a(x)) and b(x), so that the force of mortality is c·exp(b·k).
        let lc = modell.dodlighet.leeCarter
        let karna = Karna(
            c: Kon.allCases.flatMap { kon in lc[kon.rawValue].a.map { exp($0) * modell.dodlighet.regionalNiva[kon.rawValue] } },
            b: Kon.allCases.flatMap { lc[$0.rawValue].b }, migration: d.migration,
            fordelning: modell.migration.fordelning.flatMap { $0 }, asfr: modell.fruktsamhet.asfr,
            andelFlickor: modell.fruktsamhet.andelFlickor)
        let sigmaK = lc.map(\.sigma)
        let driftSigma = lc.map(\.driftMedelfel)
        let osakerhet = modell.osakerhet
        let migrationTotal = d.migration.reduce(0, +)
        var slumpar = slump.map { Banslump.banor(banor, slump: $0) } ?? []
        var fertilaFore = p.withUnsafeMutableElements { e in
            karna.oppna { k in (0..<banor).map { k.fertilitetsterm(e.baseAddress! + $0 * rader) } }
        }
        var resultat: [Ar] = []
        resultat.reserveCapacity(antaganden.horisont)
        for steg in 0..<antaganden.horisont {
            let h = Double(steg + 1), k = (d.k[0][steg], d.k[1][steg]), tfrSkala = d.tfrSkala[steg]
            var ar = Ar(grupper: Matrix(rows: Gruppsummor.antal, columns: banor),
                        fodda: [Double](repeating: 0, count: banor), doda: [Double](repeating: 0, count: banor),
                        migration: [Double](repeating: migrationTotal, count: banor))
            var fertila = [Double](repeating: 0, count: banor)
            let fore = fertilaFore
            Delad.med(&p, &ar, &fertila, &slumpar) { delad in
                Parallellt.block(banor) { block in
                    karna.oppna { oppnad in
                        for j in block {
                            var indata = Karna.Indata(k: k, migrationsavvikelse: 0, fruktsamhetsfaktor: tfrSkala,
                                                      fertilaFore: fore[j])
                            if !delad.slump.isEmpty {
                                let avvikelse = delad.slump[j].nastaAr(osakerhet)
                                let s = delad.slump[j]
                                indata.k = (k.0 + sigmaK[0] * s.kAvvikelse + h * driftSigma[0] * s.driftfel,
                                            k.1 + sigmaK[1] * s.kAvvikelse + h * driftSigma[1] * s.driftfel)
                                indata.migrationsavvikelse = avvikelse
                                indata.fruktsamhetsfaktor = tfrSkala * exp(s.tfrAvvikelse)
                                delad.migration[j] += avvikelse
                            }
                            let ut = oppnad.ar(delad.p + j * rader, indata, grupper: delad.grupper + j * Gruppsummor.antal)
                            delad.fodda[j] = ut.fodda
                            delad.doda[j] = ut.doda
                            delad.fertila[j] = ut.fertila
                        }
                    }
                }
            }
            // Every age of a path adds to its total, so a non-finite value anywhere shows there.
            let totaler = stride(from: Aldersgrupp.total.rawValue, to: banor * Gruppsummor.antal, by: Gruppsummor.antal)
            guard ar.grupper.elements.withUnsafeBufferPointer({ g in totaler.allSatisfy { g[$0].isFinite } }),
                  fertila.allSatisfy(\.isFinite), ar.doda.allSatisfy(\.isFinite) else {
                throw .berakningsfel(.nonFinite(operation: "befolkningsprojektion"))
            }
            fertilaFore = fertila
            resultat.append(ar)
            varjeAr?(modell.basar + steg + 1, p)
            framsteg?(steg + 1)
        }
        return resultat
    }
}

/// The buffers one year writes, opened for the parallel blocks: every path writes its own column and
/// entries only.
private struct Delad: @unchecked Sendable {
    let p: UnsafeMutablePointer<Double>
    let grupper: UnsafeMutablePointer<Double>
    let fodda: UnsafeMutablePointer<Double>, doda: UnsafeMutablePointer<Double>
    let migration: UnsafeMutablePointer<Double>, fertila: UnsafeMutablePointer<Double>
    let slump: UnsafeMutableBufferPointer<Banslump>

    static func med(_ p: inout Matrix, _ ar: inout Banmotor.Ar, _ fertila: inout [Double], _ slump: inout [Banslump],
                    _ arbete: (Delad) -> Void) {
        p.withUnsafeMutableElements { p in
            ar.grupper.withUnsafeMutableElements { grupper in
                ar.fodda.withUnsafeMutableBufferPointer { fodda in
                    ar.doda.withUnsafeMutableBufferPointer { doda in
                        ar.migration.withUnsafeMutableBufferPointer { migration in
                            fertila.withUnsafeMutableBufferPointer { fertila in
                                slump.withUnsafeMutableBufferPointer { slump in
                                    arbete(Delad(p: p.baseAddress!, grupper: grupper.baseAddress!, fodda: fodda.baseAddress!,
                                                 doda: doda.baseAddress!, migration: migration.baseAddress!,
                                                 fertila: fertila.baseAddress!, slump: slump))
                                }
                            }
                        }
                    }
                }
            }
        }
    }
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
