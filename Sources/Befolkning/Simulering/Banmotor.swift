import Dispatch
import Foundation
import LinearAlgebra

/// The projection engine: many paths of the cohort-component projection, each one a column of 202 values
/// (women 0…100+, then men).
///
/// A path (`Bana`) draws its random deviations and runs through all its years before the next one starts,
/// so its column stays in the core's first-level cache for the whole projection, and the kernel (`Karna`)
/// runs eight ages at a time; blocks of paths go to all cores. Nothing is shared between paths, so the work
/// is element-wise. The yearly age-group sums, births and deaths of every path go to a `Banresultat`. A
/// deterministic projection is the same engine with one path and no random draws.
struct Banmotor {
    let modell: Befolkningsmodell
    let antaganden: Befolkningsantaganden

    /// The drivers that do not vary between paths, for the years 1…horizon after the base year.
    struct Drivare {
        /// The Lee–Carter index per sex and year.
        var k: [[Double]]
        /// Fertility relative to the estimated rates, per year.
        var tfrSkala: [Double]
        /// Net migration by state row (sex and age) per year, before random variation.
        var migration: [Double]
    }

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

    /// The index value that gives life expectancy `e0` (bisection; e0 falls as k rises). The bracket is sought
    /// outwards from the fitted index `start`, a step that doubles from 1 to at most 1 024 on each side: far
    /// from the fitted range the Lee–Carter rates are no life table (ages with a negative b(x) die out, the
    /// rates of others underflow to 0), and e0 there is not monotone in k, so a fixed wide bracket could
    /// hold no sign change even for a reachable target.
    private func kForE0(_ kon: Kon, _ e0: Double, start: Double) throws(BefolkningsFel) -> Double {
        let varde = { (k: Double) in Livslangd.e0(modell.dodlighet.kraft(kon, k: k)) }
        var lo = start, hi = start, steg = 1.0
        while varde(lo) < e0, steg <= 1024 {
            lo = start - steg
            steg *= 2
        }
        steg = 1
        while varde(hi) > e0, steg <= 1024 {
            hi = start + steg
            steg *= 2
        }
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
    /// each year's population of the (single) path, women 0…100+ then men, for the deterministic
    /// projection's tables; `framsteg` the number of paths done, a few times during a long run.
    ///
    /// A path runs through all its years before the next one starts, so its column stays in the core's
    /// first-level cache for the whole projection; blocks of paths go to all cores.
    ///
    /// `efterBanar`, when given, sees every random path's column after every year (path, year index,
    /// column); it runs on all cores at once and must write only the path's own entries.
    func kor(banor: Int, slump: SplitMix64?, varjeAr: ((Int, UnsafeBufferPointer<Double>) -> Void)? = nil,
             efterBanar: (@Sendable (Int, Int, UnsafeBufferPointer<Double>) -> Void)? = nil,
             framsteg: ((Int) -> Void)? = nil) throws(BefolkningsFel) -> Banresultat {
        try antaganden.kontrollera(basar: modell.basar)
        guard banor >= 1, slump != nil || banor == 1 else { throw .ogiltigtAntagande("antalet banor ska vara minst 1") }
        let bana = Bana(modell: modell, drivare: try drivare())
        let slumpar = slump.map { Banslump.banor(banor, slump: $0, region: modell.region) }
        var resultat = Banresultat(banor: banor, horisont: antaganden.horisont)
        let basar = modell.basar
        resultat.skriv { ut in
            guard let slumpar else {
                bana.karna.oppna { bana.kor(0, $0, slump: nil, ut: ut) { steg, p in varjeAr?(basar + steg + 1, p) } }
                return
            }
            // In parts, so that progress can be told between them.
            let delar = framsteg == nil ? 1 : min(banor, 10)
            for del in 0..<delar {
                let forsta = banor * del / delar, slut = banor * (del + 1) / delar
                Parallellt.block(slut - forsta) { block in
                    bana.karna.oppna { oppnad in
                        for j in block {
                            let i = forsta + j
                            bana.kor(i, oppnad, slump: slumpar[i], ut: ut, efterAr: efterBanar.map { f in { f(i, $0, $1) } })
                        }
                    }
                }
                framsteg?(slut)
            }
        }
        guard resultat.arFinit else { throw .berakningsfel(.nonFinite(operation: "befolkningsprojektion")) }
        return resultat
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
