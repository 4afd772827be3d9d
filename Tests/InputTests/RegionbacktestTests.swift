import Befolkning
import Foundation
import LinearAlgebra
import Testing
@testable import Input
import Vokabular

/// The all-regions backtest on three of the shipped län: it must see nothing after its cut-off, and its
/// coverage of the intervals from past errors must be what an independent calculation gives.
@Suite("Backtest över regioner")
struct RegionbacktestTests {
    static let katalog = Projekt.rot.appendingPathComponent("notebooks-data/scb-befolkning-lan-1968-2015")
    static let basar = 2000

    /// Stockholm, Södermanland and Östergötland and the country; with `faktor`, every count after the base
    /// year `efter` (population, births, deaths) of each of them multiplied by it.
    static func lan(faktor: Double? = nil, efter basar: Int = basar) throws -> (regioner: [Befolkningsdata], riket: Befolkningsdata) {
        let underlag = try Befolkningsunderlag.las(katalog: katalog)
        func andrad(_ d: Befolkningsdata) throws -> Befolkningsdata {
            guard let faktor else { return d }
            let efter = { (serie: [[[Double]]]) in
                serie.map { kon in kon.enumerated().map { t, rad in d.ar.lowerBound + t > basar ? rad.map { $0 * faktor } : rad } }
            }
            return try Befolkningsdata(region: d.region, ar: d.ar, folkmangd: efter(d.folkmangd), fodda: efter(d.fodda),
                                       doda: efter(d.doda))
        }
        return (try ["01", "04", "05"].map { try andrad(try underlag.data(region: $0)) }, try andrad(try underlag.data(region: "00")))
    }

    /// The backtest from `basar` at `horisonter` (the last the backtest's horizon), with the errors of every
    /// base year 1973–`basar` + 5 up to `felhorisont` years ahead.
    static func backtest(_ lan: (regioner: [Befolkningsdata], riket: Befolkningsdata), basar: Int = basar, horisonter: [Int] = [1, 5],
                         felhorisont: Int = 5) throws -> (Regionbacktest, [Prognosfel.Fel]) {
        var fel: [Prognosfel.Fel] = []
        var korningar: [(data: Befolkningsdata, backtester: [Befolkningsbacktest])] = []
        let horisont = horisonter.last ?? 1
        for data in lan.regioner {
            fel += try Prognosfel.fel(data, riket: lan.riket, basar: Array(1973...(basar + 5)), horisont: felhorisont)
            korningar.append((data, [try Befolkningsbacktest(region: data, riket: lan.riket, basar: basar, horisont: horisont, banor: 20, seed: 1)]))
        }
        return (Regionbacktest(korningar, horisonter: horisonter, prognosfel: fel), fel)
    }

    @Test("Outcomes after the base year changed: projections and both intervals stay, only the outcomes move")
    func ingenFramtid() throws {
        let (fore, _) = try Self.backtest(try Self.lan())
        let (efter, _) = try Self.backtest(try Self.lan(faktor: 1.1))
        let modell = { (b: Regionbacktest) in b.fall.filter { $0.metod == .modell } }
        #expect(modell(fore).count == 3 * 2 * Aldersgrupp.backtestgrupper.count)
        for (a, b) in zip(modell(fore), modell(efter)) {
            #expect(a.prognos == b.prognos)
            #expect(a.kvantiler == b.kvantiler)
            #expect(a.empiriska != nil && a.empiriska == b.empiriska)
            #expect(abs(b.utfall / a.utfall - 1.1) < 1e-9)
        }
    }

    @Test("Past the table's last row too: outcomes after the base year changed leave the intervals from the spread ratios as they were")
    func ingenFramtidBortom() throws {
        // From 1985 the other two län's errors with outcome by 1985 come from the base years 1973–1984: twelve
        // at one year (k = 12), eleven at two (k = 5), ten at three (k = 3 < 4), so the tables end at H = 2.
        // Five years (eight base years) has a spread ratio; ten (three base years) lies past the last ratio (nine
        // years, four base years). The errors reach twelve years and the outcomes 1997, so both the ratios'
        // errors and the later ones move with the changed outcomes.
        let (fore, _) = try Self.backtest(try Self.lan(), basar: 1985, horisonter: [5, 10], felhorisont: 12)
        let (efter, _) = try Self.backtest(try Self.lan(faktor: 1.1, efter: 1985), basar: 1985, horisonter: [5, 10], felhorisont: 12)
        let modell = { (b: Regionbacktest) in b.fall.filter { $0.metod == .modell } }
        #expect(modell(fore).count == 3 * 2 * Aldersgrupp.backtestgrupper.count)
        for (a, b) in zip(modell(fore), modell(efter)) {
            #expect(a.prognos == b.prognos)
            #expect(a.empiriska != nil && a.empiriska == b.empiriska)
            #expect(abs(b.utfall / a.utfall - 1.1) < 1e-9)
        }
    }

    @Test("Errors past the backtest's horizon change no interval: the tables at 1 and 5 years from errors up to 5 years and up to 12")
    func langreFelhorisont() throws {
        // From 1985 the tables end at H = 2 (as above); errors up to 12 years give spread ratios up to 9 years
        // (1973–1976, four base years), errors up to 5 years only up to 5. The intervals at 1 and 5 years must
        // be the same, as the all-regions backtest computes its errors up to its own horizon only.
        let lan = try Self.lan()
        let (kort, _) = try Self.backtest(lan, basar: 1985, felhorisont: 5)
        let (lang, fel) = try Self.backtest(lan, basar: 1985, felhorisont: 12)
        let tabell = Prognosfel(fel.filter { $0.region != lan.regioner[0].region && $0.basar + $0.horisont <= 1985 })
        #expect(tabell.rader.filter { $0.grupp == .total }.count == 2)
        #expect(tabell.kvoter.filter { $0.grupp == .total }.last?.horisont == 9)
        let modell = { (b: Regionbacktest) in b.fall.filter { $0.metod == .modell } }
        #expect(modell(kort).count == 3 * 2 * Aldersgrupp.backtestgrupper.count)
        for (a, b) in zip(modell(kort), modell(lang)) {
            #expect(a.empiriska != nil && a.empiriska == b.empiriska)
        }
    }

    @Test("Coverage of the intervals from past errors as an independent calculation from the errors gives it")
    func tackning() throws {
        let lan = try Self.lan()
        let (b, fel) = try Self.backtest(lan)
        for h in [1, 5] {
            var inom80 = 0, inom95 = 0, antal = 0
            for f in b.fall where f.metod == .modell && f.grupp == .total && f.horisont == h {
                // The other regions' errors at this horizon whose outcome year is at most the base year, by base year;
                // the interval ē + t(p; k − 1)·√(σ_n²(1 + 1/k) + σ_u² + v) computed here from them (docs/befolkning.md),
                // σ_u² less the errors' mean random variance of deaths and births, v the region's own
                // (`Slumpvariation`, tested by hand in its own suite).
                let egna = fel.filter { $0.region != f.region && $0.grupp == .total && $0.horisont == h && $0.basar + h <= Self.basar }
                let ar = Set(egna.map(\.basar)).sorted()
                var medel: [Double] = [], su2 = 0.0
                for basar in ar {
                    let aret = egna.filter { $0.basar == basar }.map(\.logkvot)
                    let m = aret.reduce(0, +) / Double(aret.count)
                    medel.append(m)
                    for x in aret { su2 += (x - m) * (x - m) / Double(egna.count - ar.count) }
                }
                let e = medel.reduce(0, +) / Double(ar.count)
                var sn2 = 0.0
                for m in medel { sn2 += (m - e) * (m - e) / Double(ar.count - 1) }
                let k = ar.count / h
                #expect(k >= 4)
                let slump = egna.reduce(0) { $0 + $1.slumpvarians } / Double(egna.count)
                #expect(slump > 0 && slump < su2)
                let region = try #require(lan.regioner.first { $0.region == f.region })
                let v = Slumpvariation(region, basar: Self.basar, horisont: h).logvarians(.total, horisont: h, prognos: f.prognos)
                #expect(v > 0)
                let q = { (p: Double) -> Double in
                    f.prognos * exp(e + StudentT.quantile(p, degreesOfFreedom: k - 1) * (sn2 * (1 + 1 / Double(k)) + su2 - slump + v).squareRoot())
                }
                let empiriska = try #require(f.empiriska)
                for (a, p) in zip(empiriska.varden, Kvantiler.sannolikheter) where p != 0.5 { #expect(abs(a / q(p) - 1) < 1e-9) }
                antal += 1
                if q(0.10) <= f.utfall && f.utfall <= q(0.90) { inom80 += 1 }
                if q(0.025) <= f.utfall && f.utfall <= q(0.975) { inom95 += 1 }
            }
            let s = try #require(b.sammanfattning.first { $0.metod == .modell && $0.grupp == .total && $0.horisont == h })
            #expect(antal == 3)
            #expect(s.inom80Empirisk == Double(inom80) / Double(antal) * 100)
            #expect(s.inom95Empirisk == Double(inom95) / Double(antal) * 100)
        }
    }
}
