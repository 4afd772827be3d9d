import Foundation
import LinearAlgebra
import Testing
import Uppfoljning
import Vokabular

/// The backtest of the full-year methods: what it computes on the hand ledger, and that a prognosis after
/// month m never sees a later month.
@Suite("Backtest av helårsmetoderna")
struct MetodbacktestTests {
    /// `metoder`' prognoses after `manad` of `ar` on the clean ledger and on one where every month after the
    /// cut-off, and a whole later year, is replaced by seeded noise.
    static func giftprov(ar: Int, manad: Int, antalAr: Int, _ metoder: [Prognosmetod]) throws {
        let ren = try Metodliggare.underlag(ar: antalAr)
        var slump = SplitMix64(seed: 8)
        let gift = try Metodliggare.underlag(ar: antalAr) { y, m, belopp in
            2014 + y > ar || (2014 + y == ar && m > manad) ? Double.random(in: -1e7..<1e7, using: &slump) : belopp
        }
        for metod in metoder {
            let fore = try ren.prognos(metod, ar: ar, manad: manad), efter = try gift.prognos(metod, ar: ar, manad: manad)
            #expect(fore.rader == efter.rader, "\(metod)")
            #expect(fore.rader.allSatisfy { $0.prognos != nil }, "\(metod)")
        }
        // The poisoned outcome does change what the backtest compares against.
        #expect(try ren.backtest([.runrate]).rader != (try gift.backtest([.runrate]).rader))
    }

    @Test("Poisoning every month after the cut-off, and a whole later year, changes no prognosis at the cut-off",
          arguments: [(2017, 3), (2017, 6), (2017, 11)])
    func serInteFramat(ar: Int, manad: Int) throws {
        try Self.giftprov(ar: ar, manad: manad, antalAr: 5, Prognosmetod.allCases.filter { $0 != .ets })
    }

    @Test("Nor does it change the ETS prognosis on the same five-year ledger", arguments: [(2017, 3), (2017, 6), (2017, 11)])
    func etsSerInteFramat(ar: Int, manad: Int) throws {
        try Self.giftprov(ar: ar, manad: manad, antalAr: 5, [.ets])
    }

    @Test("The ETS backtest's prognosis after a month is the same when every later month is poisoned, and is what prognos makes",
          arguments: [3, 8])
    func etsBacktestSerInteFramat(manad: Int) throws {
        let ren = try Metodliggare.underlag(ar: 5)
        var slump = SplitMix64(seed: 8)
        let gift = try Metodliggare.underlag(ar: 5) { y, m, belopp in
            2014 + y > 2017 || (2014 + y == 2017 && m > manad) ? Double.random(in: -1e7..<1e7, using: &slump) : belopp
        }
        let period = try #require(Period(ar: 2017, manad: manad))
        let fore = try ren.backtest([.ets], behall: [period], ar: 2017), efter = try gift.backtest([.ets], behall: [period], ar: 2017)
        let kept = try #require(fore.prognoser[period]?[.ets])
        #expect(!kept.isEmpty && kept == efter.prognoser[period]?[.ets])
        // And it is the prognosis `prognos` makes after that month.
        let prognos = try ren.prognos(.ets, ar: 2017, manad: manad)
        #expect(prognos.rader.allSatisfy { $0.prognos != nil && kept[$0.nyckel] == $0.prognos })
    }

    @Test("Run-rate after June: errors −120/720, −120/840, −120/960, −120/1 080; intervals in 2016 and 2017 hold the outcome")
    func runrateJuni() throws {
        let b = try Metodliggare.underlag().backtest([.runrate, .profil])
        #expect(b.ar == [2014, 2015, 2016, 2017])
        let juni = try #require(b.rader.first { $0.metod == .runrate && $0.manad == 6 })
        let utfall: [Double] = [720, 840, 960, 1080]
        let fel: [Double] = utfall.map { (-120 as Double) / $0 * 100 }
        let mape: Double = fel.map { abs($0) }.reduce(0, +) / 4
        #expect(juni.antal == 4)
        #expect(abs(try #require(juni.mape) - mape) < 1e-9)
        #expect(abs(try #require(juni.bias) + mape) < 1e-9)
        // 2016: errors 1/5, 1/6, mean 11/60, s = (1/30)/√2; Student's t with 1 degree of freedom 3,0777 (90 %)
        // and 12,706 (97,5 %, scipy.stats.t.ppf) → 80 % interval 840 (1 + 11/60 ± 3,0777 · 0,02357 · √1,5)
        // = 919,4 … 1 068,6 and 95 % 686 … 1 302, outcome 960 inside both; 2017: 1 063,1 … 1 183,0 and
        // 986,1 … 1 259,9 (see PrognosmetodTests), outcome 1 080 inside both.
        #expect(juni.antalIntervall == 2 && juni.inom80 == 1 && juni.inom95 == 1)
        // Profile has no prognosis in 2014, the first year.
        #expect(b.rader.first { $0.metod == .profil && $0.manad == 6 }?.antal == 3)
        // December is never a cut-off.
        #expect(b.rader.count == 22)
    }

    @Test("The month from which a method stays within the tolerance, and the best method per row")
    func stabilOchBast() throws {
        // A series where every month is 100: run-rate is exact after every month (to rounding), the budget (75) is not.
        let u = try Manadsunderlag(nycklar: [Metodliggare.nyckel], forsta: Period(ar: 2014, manad: 1)!,
                                   sista: Period(ar: 2016, manad: 12)!, utfall: Matrix(rows: 36, columns: 1, repeating: 100),
                                   budget: Matrix(rows: 36, columns: 1, repeating: 75))
        let b = try u.backtest([.runrate, .budget])
        #expect(b.stabilFran(.runrate) == 1)
        // Budget after month m: 100 m + 75 (12 − m) against 1 200, error −25 (12 − m)/12 %; within 1 % from m = 12 only.
        #expect(b.stabilFran(.budget) == nil)
        #expect(b.rader.first { $0.metod == .budget && $0.manad == 6 }?.bias == -12.5)
        let bast = try #require(b.bastPerKonto.first)
        #expect(b.bastPerKonto.count == 1 && bast.konto == "K" && bast.metod == .runrate && bast.mape < 1e-12 && bast.antal == 33)
    }

    @Test("The best method per row follows the recent years: the budget was exact in 2014–2016 and 30 % high for the rest of the year since")
    func bastSenareAr() throws {
        // Every month 100 except December 200 (1 300 a year): run-rate after month m gives 1 200 against 1 300, −1/13
        // = −7,69 % every month and year. The budget is the outcome in 2014–2016 and 30 % above it in 2017–2018, so
        // after month m it misses by 30 % of the remaining months' share (13 − m)/13: 16,15 % on average over m = 1–11.
        // Unweighted that is 2/5 × 16,15 = 6,46 % < 7,69 %; with the years weighted 2^(−age/2) (0,25, 0,35, 0,5, 0,71, 1),
        // the last two years carry 1,707/2,811 of the weight: 0,607 × 16,15 = 9,81 % > 7,69 %, so run-rate.
        let utfall = (0..<60).map { $0 % 12 == 11 ? 200.0 : 100.0 }
        let budget = utfall.enumerated().map { $0.offset >= 36 ? 1.3 * $0.element : $0.element }
        let u = try Manadsunderlag(nycklar: [Metodliggare.nyckel], forsta: Period(ar: 2014, manad: 1)!,
                                   sista: Period(ar: 2018, manad: 12)!, utfall: Matrix(column: utfall), budget: Matrix(column: budget))
        let b = try u.backtest([.runrate, .budget])
        let bast = try #require(b.bastPerKonto.first)
        #expect(bast.metod == .runrate && abs(bast.mape - 100.0 / 13) < 1e-9 && bast.antal == 55)
        // The unweighted mean over all years still favours the budget: the month rows are not weighted.
        let budgetMape = b.rader.filter { $0.metod == .budget }.compactMap(\.mape).reduce(0, +) / 11
        #expect(abs(budgetMape - 0.4 * 30 * 77 / 11 / 13) < 1e-9)
    }

    @Test("A method is compared where it has two years of prognoses; one without them does not take the others' comparison along")
    func bastKraverTvaAr() throws {
        // Profile has no prognosis in 2014, the first year. In 2014–2015 it has one year: run-rate is compared alone,
        // on its 2 years × 11 months, and profile is named as left out. In 2014–2016 both have two years or more and
        // are compared on their common points from 2015 on. `--ar` tests one year: no method has two.
        let tva = try Metodliggare.underlag(ar: 2).backtest([.runrate, .profil])
        #expect(tva.bastPerKonto.map(\.metod) == [.runrate] && tva.bastPerKonto.map(\.antal) == [22] && tva.forKortHistorik.isEmpty)
        #expect(tva.bastPerKonto.map(\.utanHistorik) == [[.profil]])
        let tre = try Metodliggare.underlag(ar: 3)
        let b = try tre.backtest([.runrate, .profil])
        #expect(b.bastPerKonto.map(\.antal) == [22] && b.bastPerKonto.map(\.utanHistorik) == [[]] && b.forKortHistorik.isEmpty)
        let ettAr = try tre.backtest([.runrate, .profil], ar: 2016)
        #expect(ettAr.bastPerKonto.isEmpty && ettAr.forKortHistorik == ["K"])
    }

    @Test("A ledger without a full year cannot be backtested")
    func utanHeltAr() throws {
        let u = try Metodliggare.underlag(ar: 1, sista: Period(ar: 2014, manad: 11)!)
        #expect(throws: PrognosFel.ingetHeltAr(forsta: Period(ar: 2014, manad: 1)!, sista: Period(ar: 2014, manad: 11)!)) {
            try u.backtest()
        }
    }
}
