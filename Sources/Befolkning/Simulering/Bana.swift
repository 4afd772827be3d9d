import Foundation
import LinearAlgebra

/// One path of the projection through all its years: its random deviations (`Banslump`), one `Karna` pass
/// per year on its own column, and its yearly results written to a `Banresultat`.
struct Bana: Sendable {
    let karna: Karna
    let drivare: Banmotor.Drivare
    /// The base year's population, women 0…100+ then men.
    let bas: [Double]
    let osakerhet: Osakerhet
    /// The Lee–Carter index's yearly innovation and the standard error of its drift, per sex.
    let sigmaK: [Double], driftSigma: [Double]

    init(modell: Befolkningsmodell, drivare: Banmotor.Drivare) {
        let lc = modell.dodlighet.leeCarter
        // Per sex and age: R·exp(a(x)) and b(x), so that the force of mortality is c·exp(b·k).
        karna = Karna(
            c: Kon.allCases.flatMap { kon in lc[kon.rawValue].a.map { exp($0) * modell.dodlighet.regionalNiva[kon.rawValue] } },
            b: Kon.allCases.flatMap { lc[$0.rawValue].b }, migration: drivare.migration,
            fordelning: modell.migration.fordelning.flatMap { $0 }, asfr: modell.fruktsamhet.asfr,
            andelFlickor: modell.fruktsamhet.andelFlickor)
        self.drivare = drivare
        bas = modell.bas.flatMap { $0 }
        osakerhet = modell.osakerhet
        sigmaK = lc.map(\.sigma)
        driftSigma = lc.map(\.driftMedelfel)
    }

    /// Runs path `j` (random with `slump`, else the deterministic projection) and writes its years to `ut`;
    /// `efterAr` sees the column after every year.
    func kor(_ j: Int, _ oppnad: Karna.Oppnad, slump: Banslump?, ut: Banresultat.Skrivare,
             efterAr: ((Int, UnsafeBufferPointer<Double>) -> Void)? = nil) {
        Ziggurat.oppna { z in
            withUnsafeTemporaryAllocation(of: Double.self, capacity: bas.count) { kolumn in
                _ = kolumn.initialize(from: bas)
                let p = kolumn.baseAddress!
                var slump = slump
                var fertilaFore = oppnad.fertilitetsterm(p)
                for steg in 0..<drivare.tfrSkala.count {
                    let k = (drivare.k[0][steg], drivare.k[1][steg]), tfrSkala = drivare.tfrSkala[steg]
                    var indata = Karna.Indata(k: k, migrationsavvikelse: 0, fruktsamhetsfaktor: tfrSkala, fertilaFore: fertilaFore)
                    if var s = slump {
                        let h = Double(steg + 1)
                        indata.migrationsavvikelse = s.nastaAr(osakerhet, z)
                        indata.k = (k.0 + sigmaK[0] * s.kAvvikelse + h * driftSigma[0] * s.driftfel,
                                    k.1 + sigmaK[1] * s.kAvvikelse + h * driftSigma[1] * s.driftfel)
                        indata.fruktsamhetsfaktor = tfrSkala * exp(s.tfrAvvikelse(osakerhet))
                        slump = s
                    }
                    let rader = ut.bana(j, ar: steg)
                    let resultat = oppnad.ar(p, indata, grupper: rader, radavstand: ut.banor)
                    rader[Banresultat.fodda * ut.banor] = resultat.fodda
                    rader[Banresultat.doda * ut.banor] = resultat.doda
                    rader[Banresultat.migration * ut.banor] = resultat.migration
                    fertilaFore = resultat.fertila
                    efterAr?(steg, UnsafeBufferPointer(kolumn))
                }
            }
        }
    }
}
