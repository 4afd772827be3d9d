import Foundation
import LinearAlgebra
import Testing
@testable import Befolkning
import Vokabular

/// The projection against demographic theory and hand calculations on constructed populations.
@Suite("Befolkningsmodellen mot teorin")
struct ModellTeoriTests {
    @Test("A stationary population with replacement fertility and no migration stays exactly as it is")
    func stationar() throws {
        let m = 0.02, fodda = 2000.0
        let bas = Testbefolkning.stationar(m: m, fodda: fodda)
        // Replacement: births Σ f(x)·P_f(x) equal the births that built the population. One rate at 30.
        var asfr = [Double](repeating: 0, count: Alder.fertila.count)
        asfr[30 - Alder.fertila.lowerBound] = fodda / bas[0][30]
        let modell = try Befolkningsmodell(
            region: "test", basar: 2000, bas: bas, fruktsamhet: try Fruktsamhet(asfr: asfr, andelFlickor: 0.5),
            dodlighet: try Testbefolkning.konstantDodlighet(m), migration: try Testbefolkning.ingenMigration,
            osakerhet: Testbefolkning.ingenOsakerhet)
        let p = try modell.projicera(Befolkningsantaganden(horisont: 50))
        let total = bas.flatMap { $0 }.reduce(0, +)
        for t in p.ar.indices {
            #expect(abs(p.summa(.total, t) - total) < 1e-9 * total)
            #expect(abs(p.fodda[t] - fodda) < 1e-9 * fodda)
            // Deaths equal births in a stationary population without migration.
            #expect(abs(p.doda[t] - fodda) < 1e-9 * fodda)
        }
        // Life expectancy at a constant force is 1/m exactly (the model's life table).
        #expect(abs(p.e0[0][0] - 1 / m) < 1e-9)
        // Twice the fertility makes it grow; half makes it shrink.
        let vaxer = try modell.projicera(Befolkningsantaganden(horisont: 40, tfr: [2001: 2 * modell.fruktsamhet.tfr]))
        let krymper = try modell.projicera(Befolkningsantaganden(horisont: 40, tfr: [2001: 0.5 * modell.fruktsamhet.tfr]))
        #expect(vaxer.summa(.total, 39) > total * 1.1 && krymper.summa(.total, 39) < total * 0.9)
    }

    @Test("Without deaths, births and migration every cohort ages a year a year and the total stays")
    func barAldrande() throws {
        var bas = [[Double]](repeating: (0..<Alder.antal).map { Double($0 + 1) }, count: 2)
        bas[1][Alder.hogsta] = 0
        let modell = try Befolkningsmodell(
            region: "test", basar: 2000, bas: bas,
            fruktsamhet: try Fruktsamhet(asfr: [Double](repeating: 0, count: Alder.fertila.count), andelFlickor: 0.5),
            dodlighet: try Testbefolkning.konstantDodlighet(1e-300), migration: try Testbefolkning.ingenMigration,
            osakerhet: Testbefolkning.ingenOsakerhet)
        let p = try modell.projicera(Befolkningsantaganden(horisont: 3))
        for kon in Kon.allCases {
            let ut = p.folkmangd[2][kon.rawValue]   // after three years
            #expect(ut[0...2].allSatisfy { $0 == 0 })
            for a in 3..<Alder.hogsta { #expect(ut[a] == bas[kon.rawValue][a - 3]) }
            // The open group gathers 97, 98, 99 and 100+.
            #expect(ut[Alder.hogsta] == bas[kon.rawValue][97...].reduce(0, +))
        }
        #expect(p.summa(.total, 2) == bas.flatMap { $0 }.reduce(0, +))
        #expect(p.fodda.allSatisfy { $0 == 0 } && p.doda.allSatisfy { $0.isFinite })
        // Zero rates cannot be scaled up to a fertility above zero.
        #expect(throws: BefolkningsFel.self) { try modell.projicera(Befolkningsantaganden(horisont: 3, tfr: [2002: 1.5])) }
    }

    @Test("An outflow larger than every cohort empties the population: no negative counts, and no dependency ratio of the rounding's residue")
    func tomBefolkning() throws {
        let m = 0.02
        let modell = try Befolkningsmodell(
            region: "test", basar: 2000, bas: Testbefolkning.stationar(m: m, fodda: 2000),
            fruktsamhet: try Fruktsamhet(asfr: [Double](repeating: 0.06, count: Alder.fertila.count), andelFlickor: 0.5),
            dodlighet: try Testbefolkning.konstantDodlighet(m),
            migration: try Migration(medel: [[Double]](repeating: [Double](repeating: -10, count: Alder.antal), count: 2)),
            osakerhet: Testbefolkning.ingenOsakerhet)
        // 10 million out-migrants a year from about 100 000: every cohort loses all it has, so the floor
        // −2·N·s/(1 + s) leaves (N + M/2)·s + M/2 = 0, up to rounding.
        let a = Befolkningsantaganden(horisont: 10, migration: .total(-1e7))
        let p = try modell.projicera(a)
        let s = try modell.simulera(a, banor: 20, seed: 1)
        for t in p.ar.indices {
            #expect(p.folkmangd[t].allSatisfy { $0.allSatisfy { $0 >= 0 && $0 < 1e-6 } })
            #expect(p.forsorjningskvot(t) == 0, "\(p.ar[t])")
            #expect(s.forsorjningskvot[t].varden.allSatisfy { $0 == 0 }, "\(p.ar[t])")
        }
    }

    @Test("Net migration by total keeps the age profile's shape and hits the total")
    func migrationsprofil() throws {
        var medel = [[Double]](repeating: [Double](repeating: 0, count: Alder.antal), count: 2)
        medel[0][20] = 30; medel[0][70] = -10; medel[1][25] = 20
        let m = try Migration(medel: medel)
        #expect(m.total == 40)
        let ut = m.medTotal(100)
        #expect(abs(ut.flatMap { $0 }.reduce(0, +) - 100) < 1e-12)
        // The 60 extra are spread as |30| : |−10| : |20| = 30 : 10 : 20 of 60.
        #expect(abs(ut[0][20] - 60) < 1e-12 && abs(ut[0][70] - 0) < 1e-12 && abs(ut[1][25] - 40) < 1e-12)
        #expect(m.medTotal(40) == medel)
    }

    @Test("Rates by hand: force of mortality with half-exposed migrants, and life expectancy at a constant force")
    func handraknade() throws {
        // 21 deaths among 100 at risk and 10 net migrants: q = 21 / (100 + 5) = 0,2, m = −ln 0,8.
        let m = Dodsrisk.kraft(utgang: [100], doda: [21], migration: [10])
        #expect(abs(m[0] + log(0.8)) < 1e-15)
        #expect(abs(Dodsrisk.overlevande(utgang: 100, kraft: m[0], migration: 10) - (105 * 0.8 + 5)) < 1e-12)
        #expect(abs(Livslangd.e0([Double](repeating: 0.05, count: Alder.antal)) - 20) < 1e-9)
    }

    @Test("Empirical quantiles interpolate like R type 7 and numpy's default")
    func kvantiler() {
        // (n − 1)·p for n = 5: 0,1; 0,4; 2; 3,6; 3,9 → between the sorted values 10, 20, 30, 40, 50.
        let k = Kvantiler(av: [50, 10, 40, 20, 30])
        #expect(zip(k.varden, [11, 14, 30, 46, 49]).allSatisfy { abs($0 - $1) < 1e-12 })
        #expect(Kvantiler(av: [7]).varden == [7, 7, 7, 7, 7])
    }
}

@Suite("Osäkerhetens AR(1)")
struct Ar1Tests {
    @Test("A long simulated AR(1) series gives back its φ and σ; a series without memory gives φ near 0")
    func aterskapar() throws {
        var g = SplitMix64(seed: 42)
        func serie(_ phi: Double, _ sigma: Double, _ n: Int) -> [Double] {
            var x = 0.0
            return (0..<n).map { _ in
                x = phi * x + sigma * g.nextStandardNormal()
                return 500 + x
            }
        }
        let n = 20_000
        let minne = try Osakerhet.ar1(serie(0.7, 300, n))
        // Standard errors for n = 20 000: φ̂ about √((1 − φ²)/n) = 0,005; σ̂ about σ/√(2n) = 1,5.
        #expect(abs(minne.phi - 0.7) < 0.025 && abs(minne.sigma - 300) < 8, "\(minne)")
        let utan = try Osakerhet.ar1(serie(0, 50, n))
        #expect(utan.phi < 0.03 && abs(utan.sigma - 50) < 1.5, "\(utan)")
        // A negative estimate is kept at 0, a unit root at 0,98.
        #expect(try Osakerhet.ar1([1, -1, 1, -1, 1, -1, 1]).phi == 0)
        #expect(try Osakerhet.ar1((0..<50).map(Double.init)).phi == 0.98)
    }
}
