import Application
import Befolkning
import Foundation
import Report
import Testing
@testable import Input

/// A region whose files begin later than the country's (from 2000 beside the country's from 1968), as a region
/// with a short history is delivered: the national mortality model stays the country's, and the all-regions
/// backtest tests the region from the base years its data reach while the others run every base year.
@Suite("Region med kort historik")
struct KortHistorikTests {
    /// Blekinge's data from `ar` on, under the code and name `namn`.
    static func fran(_ data: Befolkningsdata, _ ar: Int, namn: String? = nil) throws -> Befolkningsdata {
        let t = data.t(ar)
        let kapad = { (serie: [[[Double]]]) in serie.map { Array($0[t...]) } }
        return try Befolkningsdata(region: namn ?? data.region, ar: ar...data.ar.upperBound, folkmangd: kapad(data.folkmangd),
                                   fodda: kapad(data.fodda), doda: kapad(data.doda))
    }

    @Test("A region from 2000 gets the country's Lee–Carter over 30 years, as the same region from 1968 does")
    func nationellDodlighet() throws {
        let u = try BefolkningsprognosTests.underlag.get()
        let region = try u.data(region: "10"), riket = try u.data(region: "00")
        let hel = try Befolkningsmodell(region: region, riket: riket, basar: 2015)
        let kort = try Befolkningsmodell(region: try Self.fran(region, 2000), riket: riket, basar: 2015)
        #expect(kort.dodlighet.leeCarter.allSatisfy { $0.k.count == 30 })
        #expect(kort.dodlighet == hel.dodlighet)
        // Fertility and migration (five years) read the region's years only, which both have.
        #expect(kort.fruktsamhet == hel.fruktsamhet && kort.migration == hel.migration)
        // The uncertainty reads the region's series beside the country's: its 20 years shrink to the 15 there are.
        #expect(kort.osakerhet != hel.osakerhet)
    }

    /// A copy of the shipped Blekinge data with Blekinge's rows from 2000 on added under "90 Kort region".
    static func mappMedKortRegion() throws -> Befolkningskopia {
        let kopia = try Befolkningskopia()
        for fil in ["folkmangd.csv", "fodda.csv", "doda.csv"] {
            try kopia.andra(fil) { rader in
                rader += rader.filter { $0.hasPrefix("10 Blekinge län,") && Int($0.split(separator: ",")[3])! >= 2000 }
                    .map { "90 Kort region," + $0.dropFirst("10 Blekinge län,".count) }
            }
        }
        return kopia
    }

    /// A scenario on `kopia` with a horizon of five years and ten paths: enough for the base years tested.
    static func scenario(_ kopia: Befolkningskopia) -> Befolkningsscenario {
        var s = Befolkningsscenario(data: kopia.mapp)
        s.horisont = 5
        s.simuleringar = 10
        return s
    }

    @Test("All regions: the short region runs from the base years its data reach, the others from all, and the report says which were left out")
    func allaRegioner() throws {
        let kopia = try Self.mappMedKortRegion()
        let s = Self.scenario(kopia)
        let r = try Befolkningskorning.backtestAllaRegioner(s, basar: [2005, 1995])
        #expect(r.backtest.regioner == ["10 Blekinge län", "90 Kort region"])
        let basar = { (region: String) in Set(r.backtest.fall.filter { $0.region == region }.map(\.basar)) }
        #expect(basar("10 Blekinge län") == [1995, 2005])
        #expect(basar("90 Kort region") == [2005])
        #expect(r.utelamnade.map(\.region) == ["90 Kort region"] && r.utelamnade.map(\.basar) == [[1995]]
                && r.utelamnade.map(\.data) == [2000...2015])
        #expect(Regionbacktestrapport.text(r).contains(
            "90 Kort region prövas inte från 1995: data 2000–2015, modellen behöver 5 år före basåret och minst ett efter"))
        // The same data, the short region alone at 2005, give the same projection: it is the region's own.
        let u = try Befolkningsunderlag.las(katalog: kopia.mapp)
        let ensam = try Befolkningsbacktest(region: try u.data(region: "90"), riket: try u.data(region: "00"), basar: 2005,
                                            horisont: 5, banor: 10, seed: s.seed &+ 3)
        let fall = r.backtest.fall.filter { $0.region == "90 Kort region" && $0.metod == .modell && $0.grupp == .total }
        #expect(fall.map(\.prognos) == ensam.rader.filter { [1, 5].contains($0.ar - 2005) }.map(\.prognos))
        #expect(fall.map(\.kvantiler) == ensam.rader.filter { [1, 5].contains($0.ar - 2005) }.map { Optional($0.kvantiler) })
    }

    @Test("A base year no region's data reach is refused with the base years that can be tested")
    func basarUtanforAlla() throws {
        let kopia = try Self.mappMedKortRegion()
        let s = Self.scenario(kopia)
        #expect(throws: Korfel.backtest("basåret 1970 ligger utanför varje regions data; modellen behöver 5 år före basåret och "
                                        + "minst ett efter, så regionerna kan prövas från basåren 1973–2014 eller 2005–2014")) {
            try Befolkningskorning.backtestAllaRegioner(s, basar: [1970, 2005])
        }
    }
}
