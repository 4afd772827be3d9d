import Befolkning
import Foundation
import LinearAlgebra
import Testing
@testable import Input

/// Whatever a scenario assumes within the documented ranges, the projection obeys the cohort identity with
/// every term as reported: no one emigrates or dies who is not there, the population never goes negative,
/// and births − deaths + net migration is the change of the total, year by year.
@Suite("Kohortidentiteten under alla antaganden")
struct KohortidentitetTests {
    @Test("Random assumptions, from mass emigration to mass immigration: identity, non-negativity, reported = applied")
    func slumpadeAntaganden() throws {
        let u = try BefolkningsprognosTests.underlag.get()
        let modell = try Befolkningsmodell(region: try u.data(region: "10"), riket: try u.data(region: "00"), basar: 2015)
        var g = SplitMix64(seed: 15)
        var extremaUtflyttningar = 0, provade = 0
        for fall in 0..<60 {
            let migration: Befolkningsantaganden.Migrationsantagande = fall.isMultiple(of: 2)
                ? .skala([-100, -10, -1, 0, 1, 10, 100][fall / 2 % 7] * Double.random(in: 0.5...1, using: &g))
                : .total([-10_000_000, -100_000, -5_000, 0, 5_000, 10_000_000][fall / 2 % 6] * Double.random(in: 0.5...1, using: &g))
            let dodlighet: Befolkningsantaganden.Dodlighetsantagande = fall % 3 == 0
                ? .e0Okning(arPerAr: Double.random(in: -0.3...0.3, using: &g)) : .drift(faktor: Double.random(in: -10...10, using: &g))
            let a = Befolkningsantaganden(horisont: 15, tfr: [2017: Double.random(in: 0...6, using: &g)], dodlighet: dodlighet,
                                          migration: migration)
            // An assumption the mortality model cannot reach is refused, not projected: a typed error is fine.
            guard let p = try? modell.projicera(a) else {
                #expect(throws: BefolkningsFel.self) { try modell.projicera(a) }
                continue
            }
            provade += 1
            var fore = modell.bas.flatMap { $0 }.reduce(0, +)
            for t in p.ar.indices {
                let efter = p.folkmangd[t].flatMap { $0 }.reduce(0, +)
                #expect(p.folkmangd[t].allSatisfy { $0.allSatisfy { $0 >= 0 && $0.isFinite } }, "fall \(fall), \(p.ar[t])")
                #expect(p.doda[t] >= 0 && p.fodda[t] >= 0, "fall \(fall), \(p.ar[t]): döda \(p.doda[t])")
                // The change equals the reported components, to rounding of sums over 202 ages.
                let andring = p.fodda[t] - p.doda[t] + p.migration[t]
                #expect(abs((efter - fore) - andring) <= 1e-6 * max(1, fore, abs(andring)),
                        "fall \(fall) \(migration), \(p.ar[t]): förändring \(efter - fore), komponenter \(andring)")
                // Emigration never exceeds the people there: the applied total is at least −(population + births).
                #expect(p.migration[t] >= -(fore + p.fodda[t]) - 1e-6 * max(1, fore), "fall \(fall), \(p.ar[t])")
                fore = efter
            }
            if case .total(let m) = migration, m < -1_000_000 { extremaUtflyttningar += 1 }
        }
        #expect(extremaUtflyttningar >= 5 && provade >= 40)
    }

    @Test("Ten million emigrants a year from a county of 150 000: the county empties, deaths stay positive")
    func massutflyttning() throws {
        let u = try BefolkningsprognosTests.underlag.get()
        let modell = try Befolkningsmodell(region: try u.data(region: "10"), riket: try u.data(region: "00"), basar: 2015)
        let p = try modell.projicera(Befolkningsantaganden(horisont: 5, migration: .total(-10_000_000)))
        let bas = modell.bas.flatMap { $0 }.reduce(0, +)
        #expect(p.doda.allSatisfy { $0 >= 0 })
        // All but the newborn of the year and those who die before leaving are gone after one year.
        #expect(p.summa(.total, 0) < 0.05 * bas)
        #expect(p.migration[0] > -bas && p.migration[0] < -0.9 * bas)
    }
}
