@testable import Befolkning
import Foundation
import LinearAlgebra
import Testing
@testable import Input
import Vokabular

/// The shocks common to every region in the simulated paths (`Osakerhet.Nationell`), on the shipped SCB data
/// for Blekinge and the country.
@Suite("Rikets gemensamma chocker i de simulerade banorna")
struct NationellaChockerTests {
    private func data() throws -> (region: Befolkningsdata, riket: Befolkningsdata) {
        let u = try BefolkningsprognosTests.underlag.get()
        return (try u.data(region: "10"), try u.data(region: "00"))
    }

    /// `modell` with uncertainty `o`, under the name `region`.
    private func med(_ modell: Befolkningsmodell, _ o: Osakerhet, region: String? = nil) throws -> Befolkningsmodell {
        try Befolkningsmodell(region: region ?? modell.region, basar: modell.basar, bas: modell.bas, fruktsamhet: modell.fruktsamhet,
                              dodlighet: modell.dodlighet, migration: modell.migration, osakerhet: o)
    }

    /// Every path's values, ten years from the base year.
    private func banor(_ modell: Befolkningsmodell, _ n: Int, seed: UInt64) throws -> Banresultat {
        try Banmotor(modell: modell, antaganden: Befolkningsantaganden(horisont: 10)).kor(banor: n, slump: SplitMix64(seed: seed))
    }

    private static func korrelation(_ x: [Double], _ y: [Double]) -> Double {
        let mx = x.reduce(0, +) / Double(x.count), my = y.reduce(0, +) / Double(y.count)
        let sxy = zip(x, y).reduce(0) { $0 + ($1.0 - mx) * ($1.1 - my) }
        let sxx = x.reduce(0) { $0 + ($1 - mx) * ($1 - mx) }, syy = y.reduce(0) { $0 + ($1 - my) * ($1 - my) }
        return sxy / (sxx * syy).squareRoot()
    }

    @Test("The country's fertility step is the root mean square of the yearly changes of its log TFR, from the country's data")
    func slumpvandring() throws {
        // log TFR 0,5 / 0,6 / 0,55 / 0,7: changes 0,1, −0,05, 0,15; (0,01 + 0,0025 + 0,0225) / 3 = 0,035 / 3.
        #expect(abs(Osakerhet.slumpvandring([0.5, 0.6, 0.55, 0.7]) - (0.035 / 3).squareRoot()) < 1e-15)
        // A walk's last value less its five-year mean: weights 4/5, 3/5, 2/5, 1/5 on the last four changes,
        // (16 + 9 + 4 + 1) / 25 = 1,2 innovations' variance.
        #expect(abs(Osakerhet.slumpvandringsniva(n: 5) - 1.2.squareRoot()) < 1e-15)
        let (region, riket) = try data()
        let o = try Osakerhet(region, riket: riket, till: 2015, fonster: 20, fruktsamhetsfonster: 5, migrationsfonster: 5)
        // The same written out over the country's 20 years 1996–2015, and the assumed level's error.
        let logTFR = try (1996...2015).map { log(try Fruktsamhet(riket, till: $0, fonster: 1).tfr) }
        var kvadrater = 0.0
        for i in 1..<logTFR.count { kvadrater += (logTFR[i] - logTFR[i - 1]) * (logTFR[i] - logTFR[i - 1]) }
        #expect(abs(o.nationell.fruktsamhetSigma - (kvadrater / 19).squareRoot()) < 1e-12)
        #expect(abs(o.nationell.fruktsamhetsnivaSigma - (kvadrater / 19 * 1.2).squareRoot()) < 1e-12)
        // The region's own part is its log TFR minus the country's, which has a variation of its own.
        #expect(o.fruktsamhetSigma > 0 && o.fruktsamhetSigma != o.nationell.fruktsamhetSigma)
        // The country against itself has no deviation of its own.
        let rike = try Osakerhet(riket, riket: riket, till: 2015, fonster: 20, fruktsamhetsfonster: 5, migrationsfonster: 5)
        #expect(rike.fruktsamhetSigma == 0 && rike.migrationInnovation == 0 && rike.migrationsnivaSigma == 0)
        #expect(rike.nationell.fruktsamhetSigma == o.nationell.fruktsamhetSigma && rike.nationell.migrationInnovation > 0)
    }

    @Test("Every year's net migration spreads as the country's random walk, the region's AR(1) and both levels' errors; without the country's, as the region's alone")
    func migrationensSpridning() throws {
        let (region, riket) = try data()
        let modell = try Befolkningsmodell(region: region, riket: riket, basar: 2015)
        let o = modell.osakerhet, n = o.nationell
        #expect(n.migrationInnovation > 0 && n.migrationsnivaSigma > 0 && o.migrationInnovation > 0)
        let utanRiket = Osakerhet(fruktsamhetPhi: o.fruktsamhetPhi, fruktsamhetSigma: o.fruktsamhetSigma,
                                  fruktsamhetsnivaSigma: o.fruktsamhetsnivaSigma, migrationSigma: o.migrationSigma, migrationPhi: o.migrationPhi, migrationInnovation: o.migrationInnovation,
                                  migrationsnivaSigma: o.migrationsnivaSigma)
        let a = Befolkningsantaganden(horisont: 5)
        let antal = 2_000
        let p = try modell.projicera(a)
        // Standard normal quantiles of 2,5 / 10 / 50 / 90 / 97,5 %, and the Monte Carlo standard error of an
        // empirical quantile, √(p(1−p)/n) / φ(z), in units of sd.
        let z = [-1.959964, -1.281552, 0, 1.281552, 1.959964]
        for (osakerhet, medRiket) in [(o, true), (utanRiket, false)] {
            let s = try med(modell, osakerhet).simulera(a, banor: antal, seed: 5)
            for t in 0..<5 {
                // Year t + 1 of an AR(1) from 0: σ_ε² · Σ_{i≤t} φ^(2i); of a random walk (φ = 1): (t + 1)·σ_ε²;
                // plus the level's error, drawn once.
                func del(_ phi: Double, _ innovation: Double, _ niva: Double) -> Double {
                    (0...t).reduce(0.0) { $0 + pow(phi, 2 * Double($1)) } * innovation * innovation + niva * niva
                }
                let varians = del(o.migrationPhi, o.migrationInnovation, o.migrationsnivaSigma)
                    + (medRiket ? del(1, n.migrationInnovation, n.migrationsnivaSigma) : 0)
                let sd = varians.squareRoot()
                for (i, sannolikhet) in Kvantiler.sannolikheter.enumerated() {
                    let medelfel = (sannolikhet * (1 - sannolikhet) / Double(antal)).squareRoot()
                        / (exp(-z[i] * z[i] / 2) / (2 * Double.pi).squareRoot())
                    let forvantat = p.migration[t] + z[i] * sd
                    #expect(abs(s.migration[t].varden[i] - forvantat) < 4 * medelfel * sd, "riket \(medRiket), år \(t + 1), p\(sannolikhet)")
                }
            }
        }
    }

    @Test("Two regions projected with the same seed share the country's draws path by path, and only those")
    func delasMellanRegioner() throws {
        let (region, riket) = try data()
        let modell = try Befolkningsmodell(region: region, riket: riket, basar: 2015)
        let o = modell.osakerhet, n = o.nationell
        let antal = 2_000
        // Only the country's shocks: a region under another name follows exactly the same paths.
        let baraRiket = Osakerhet(fruktsamhetPhi: 0, fruktsamhetSigma: 0, migrationSigma: o.migrationSigma, migrationPhi: 0,
                                  migrationInnovation: 0, migrationsnivaSigma: 0, nationell: n)
        let a = try banor(try med(modell, baraRiket), antal, seed: 11)
        let b = try banor(try med(modell, baraRiket, region: "Annan region"), antal, seed: 11)
        for steg in 0..<10 {
            for rad in [Aldersgrupp.total.rawValue, Banresultat.fodda, Banresultat.migration] {
                #expect(a.rad(rad, ar: steg) == b.rad(rad, ar: steg), "år \(steg + 1), rad \(rad)")
            }
        }
        // Only the region's own: the two regions' migration is uncorrelated over the paths (standard error
        // of a correlation near 0 is 1/√n).
        let utanRiket = Osakerhet(fruktsamhetPhi: o.fruktsamhetPhi, fruktsamhetSigma: o.fruktsamhetSigma,
                                  fruktsamhetsnivaSigma: o.fruktsamhetsnivaSigma, migrationSigma: o.migrationSigma, migrationPhi: o.migrationPhi, migrationInnovation: o.migrationInnovation,
                                  migrationsnivaSigma: o.migrationsnivaSigma)
        let c = try banor(try med(modell, utanRiket), antal, seed: 11)
        let d = try banor(try med(modell, utanRiket, region: "Annan region"), antal, seed: 11)
        let r0 = Self.korrelation(Array(c.rad(Banresultat.migration, ar: 0)), Array(d.rad(Banresultat.migration, ar: 0)))
        #expect(abs(r0) < 4 / Double(antal).squareRoot(), "\(r0)")
        // Both: the first year's correlation is the country's share of the variance, ρ = V_riket / (V_riket +
        // V_region), each V the innovation's and the level's; standard error of r about (1 − ρ²)/√n.
        let e = try banor(modell, antal, seed: 11), f = try banor(try med(modell, o, region: "Annan region"), antal, seed: 11)
        let vRiket = n.migrationInnovation * n.migrationInnovation + n.migrationsnivaSigma * n.migrationsnivaSigma
        let vRegion = o.migrationInnovation * o.migrationInnovation + o.migrationsnivaSigma * o.migrationsnivaSigma
        let rho = vRiket / (vRiket + vRegion)
        let r = Self.korrelation(Array(e.rad(Banresultat.migration, ar: 0)), Array(f.rad(Banresultat.migration, ar: 0)))
        #expect(abs(r - rho) < 4 * (1 - rho * rho) / Double(antal).squareRoot(), "r \(r), ρ \(rho)")
    }

    @Test("The uncertainty reads no year after the base year of the region or of the country")
    func ingenFramtidsdata() throws {
        let (region, riket) = try data()
        let basar = 2005
        let ren = try Osakerhet(region, riket: riket, till: basar, fonster: 20, fruktsamhetsfonster: 5, migrationsfonster: 5)
        let (giftRegion, giftRiket) = (try region.forgiftad(efter: basar), try riket.forgiftad(efter: basar))
        let giftig = try Osakerhet(giftRegion, riket: giftRiket, till: basar, fonster: 20, fruktsamhetsfonster: 5, migrationsfonster: 5)
        #expect(ren == giftig)
        // The poison reaches the estimate when the window does include the later years.
        #expect(try Osakerhet(giftRegion, riket: giftRiket, till: basar + 1, fonster: 20, fruktsamhetsfonster: 5, migrationsfonster: 5)
                != Osakerhet(region, riket: riket, till: basar + 1, fonster: 20, fruktsamhetsfonster: 5, migrationsfonster: 5))
    }
}
