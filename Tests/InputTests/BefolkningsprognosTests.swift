import Befolkning
import Foundation
import Testing
@testable import Input
import Vokabular

/// The projection of Blekinge on the shipped SCB data: reproducible intervals, a median that follows the
/// deterministic projection, and a backtest that cannot see past its base year.
@Suite("Befolkningsprognos för Blekinge")
struct BefolkningsprognosTests {
    static let underlag = Result { try Befolkningsunderlag.las(katalog: BefolkningsdataTests.katalog) }

    private func data() throws -> (region: Befolkningsdata, riket: Befolkningsdata) {
        let u = try Self.underlag.get()
        return (try u.data(region: "10"), try u.data(region: "00"))
    }

    @Test("The same seed gives the same quantiles; another seed other ones; the median follows the deterministic path")
    func reproducerbar() throws {
        let (region, riket) = try data()
        let modell = try Befolkningsmodell(region: region, riket: riket, basar: 2015)
        let a = Befolkningsantaganden(horisont: 20)
        let s1 = try modell.simulera(a, banor: 400, seed: 7), s2 = try modell.simulera(a, banor: 400, seed: 7)
        let s3 = try modell.simulera(a, banor: 400, seed: 8)
        #expect(s1 == s2)
        #expect(s1 != s3)
        let p = try modell.projicera(a)
        for t in p.ar.indices {
            let k = s1.kvantiler(.total, t)
            // Within 1 % of the deterministic total, and the intervals are ordered and contain it.
            #expect(abs(k.p50 - p.summa(.total, t)) < 0.01 * p.summa(.total, t), "\(p.ar[t])")
            #expect(k.p2_5 < k.p10 && k.p10 < k.p50 && k.p50 < k.p90 && k.p90 < k.p97_5)
            #expect(k.p10 < p.summa(.total, t) && p.summa(.total, t) < k.p90)
        }
        // The intervals widen with the horizon.
        #expect(s1.kvantiler(.total, 19).p90 - s1.kvantiler(.total, 19).p10 > 3 * (s1.kvantiler(.total, 0).p90 - s1.kvantiler(.total, 0).p10))
    }

    @Test("The backtest uses no data after its base year: poisoned later years change the outcomes, not the forecasts")
    func ingenFramtidsdata() throws {
        let (region, riket) = try data()
        let basar = 2005
        let ren = try Befolkningsbacktest(region: region, riket: riket, basar: basar, horisont: 10, banor: 200, seed: 3)
        let giftig = try Befolkningsbacktest(region: try region.forgiftad(efter: basar), riket: try riket.forgiftad(efter: basar),
                                             basar: basar, horisont: 10, banor: 200, seed: 3)
        #expect(ren.rader.map(\.prognos) == giftig.rader.map(\.prognos))
        #expect(ren.rader.map(\.kvantiler) == giftig.rader.map(\.kvantiler))
        #expect(ren.rader.map(\.utfall) != giftig.rader.map(\.utfall))
        #expect(ren.rader.map(\.ar) == Array(2006...2015))
    }

    @Test("The projection from 2015 against December 2018 and June 2022 as the region's documents print them")
    func motUtfall() throws {
        let (region, riket) = try data()
        let modell = try Befolkningsmodell(region: region, riket: riket, basar: 2015)
        let p = try modell.projicera(), s = try modell.simulera(banor: 300, seed: 1)
        let utfall = try #require(try BefolkningsutfallLasare.las(
            katalog: Projekt.rot.appendingPathComponent("notebooks-data/befolkning-utfall"), region: "10"))
        let j = try #require(Utfallsjamforelse(prognos: p, intervall: s, utfall: utfall))
        // regionstyrelsen-2019-02-13.txt line 7834: 78 142 women, 81 363 men; line 7765: 159 505 in total.
        #expect(j.grupper.filter { $0.kon == .kvinnor }.reduce(0) { $0 + $1.utfall } == 78_142)
        #expect(j.grupper.filter { $0.kon == .man }.reduce(0) { $0 + $1.utfall } == 81_363)
        #expect(j.grupper.count == 38)
        let dec2018 = try #require(j.totaler.first { $0.ar == 2018 })
        #expect(dec2018.utfall == 159_505 && dec2018.prognos == p.summa(.total, 2))
        // regionplan-2023-2025.txt line 1888: 158 903 in June 2022, against the mean of December 2021 and 2022.
        let jun2022 = try #require(j.totaler.first { $0.ar == 2022 })
        #expect(jun2022.utfall == 158_903 && jun2022.manad == 6)
        #expect(abs(jun2022.prognos - (p.summa(.total, 5) + p.summa(.total, 6)) / 2) < 1e-9)
    }
}
