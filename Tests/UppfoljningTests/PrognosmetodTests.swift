import Forecasting
import Foundation
import LinearAlgebra
import Testing
import Uppfoljning
import Vokabular

/// Each full-year method on the hand-computed ledger of `Metodliggare`, cut-off June 2017 (YTD 480).
@Suite("Helårsprognosens metoder")
struct PrognosmetodTests {
    static func rad(_ metod: Prognosmetod, _ u: Manadsunderlag, ar: Int = 2017, manad: Int = 6) throws -> Helarsprognos.Rad {
        try #require(try u.prognos(metod, ar: ar, manad: manad).rader.first)
    }

    @Test("Run-rate: 480 × 12/6 = 960")
    func runrate() throws {
        let rad = try Self.rad(.runrate, try Metodliggare.underlag())
        #expect(rad.ackumulerat == 480)
        #expect(rad.prognos == 960)
    }

    @Test("Profile: shares to June 300/720, 360/840, 420/960 = 140/336, 144/336, 147/336; mean 431/1008; 480 ÷ 431/1008")
    func profil() throws {
        let rad = try Self.rad(.profil, try Metodliggare.underlag())
        #expect(abs(try #require(rad.prognos) - 480 * 1008 / 431) < 1e-9)
        // The first year has no earlier year to take a profile from.
        #expect(try Self.rad(.profil, try Metodliggare.underlag(), ar: 2014).prognos == nil)
    }

    @Test("Budget: 480 + 6 × 75 = 930; carried forward: 480 + 450 × 480/450 = 960")
    func budget() throws {
        let u = try Metodliggare.underlag()
        #expect(try Self.rad(.budget, u).prognos == 930)
        #expect(abs(try #require(try Self.rad(.budgetFramford, u).prognos) - 960) < 1e-9)
        #expect(try Self.rad(.budget, try Metodliggare.underlag(budget: false)).prognos == nil)
    }

    @Test("Regression: (300, 720), (360, 840), (420, 960) lie on y = 2x + 120, so 2 × 480 + 120 = 1 080")
    func regression() throws {
        let u = try Metodliggare.underlag()
        #expect(abs(try #require(try Self.rad(.regression, u).prognos) - 1080) < 1e-6)
        // 2016 has two earlier points, fewer than the three a fit needs.
        #expect(try Self.rad(.regression, u, ar: 2016).prognos == nil)
    }

    @Test("Interval from past errors: run-rate's relative errors 120/600, 120/720, 120/840 in 2014–2016, a t prediction interval")
    func intervallUrFel() throws {
        let rad = try Self.rad(.runrate, try Metodliggare.underlag())
        // Errors 1/7, 1/6, 1/5 on the prognosis 960: mean ē and standard deviation s (n − 1), and Student's t
        // with 2 degrees of freedom, 1,8856180831641272 (90 %) and 4,302652729749462 (97,5 %) from
        // scipy.stats.t.ppf; bounds 960 · (1 + ē ± t · s · √(4/3)).
        let fel = [1.0 / 7, 1.0 / 6, 1.0 / 5]
        let medel = fel.reduce(0, +) / 3
        let s = (fel.map { ($0 - medel) * ($0 - medel) }.reduce(0, +) / 2).squareRoot() * (4.0 / 3).squareRoot()
        let t90 = 1.8856180831641272, t975 = 4.302652729749462
        let i = try #require(rad.intervall)
        #expect(rad.arMedFel == 3)
        for (varde, t) in [(i.p2_5, -t975), (i.p10, -t90), (i.p90, t90), (i.p97_5, t975)] {
            #expect(abs(varde - 960 * (1 + medel + t * s)) < 1e-9)
        }
        // scipy gives 986,1454832762361 and 1 259,9497548190022 for the outer bounds.
        #expect(abs(i.p2_5 - 986.1454832762361) < 1e-9 && abs(i.p97_5 - 1259.9497548190022) < 1e-9)
        // One earlier year is too few for an interval.
        let tidig = try Self.rad(.runrate, try Metodliggare.underlag(), ar: 2015)
        #expect(tidig.arMedFel == 1 && tidig.intervall == nil && tidig.prognos == 720)
    }

    @Test("Interval from 41 and 42 earlier years: the t quantiles for 40 and 41 degrees of freedom, either side of the stored ones")
    func intervallManga() throws {
        // Year y: January–June 50 a month, July–December 70 + (y mod 3); run-rate after June is 600, the
        // outcome 720 + 6·(y mod 3), so the relative errors are (120 + 6·(y mod 3)) / 600.
        let serie = (0..<43).flatMap { y in (1...12).map { Double($0 <= 6 ? 50 : 70 + y % 3) } }
        let u = try Manadsunderlag(nycklar: [Metodliggare.nyckel], forsta: Period(ar: 1950, manad: 1)!,
                                   sista: Period(ar: 1992, manad: 12)!, utfall: Matrix(column: serie), budget: nil)
        // scipy.stats.t.ppf(0.9 and 0.975, 40) and (…, 41).
        for (ar, t90, t975) in [(1991, 1.3030770526071949, 2.021075390306273), (1992, 1.3025433589533826, 2.019540970441376)] {
            let fel = (0..<(ar - 1950)).map { Double(120 + 6 * ($0 % 3)) / 600 }
            let n = Double(fel.count), medel = fel.reduce(0, +) / n
            let s = (fel.map { ($0 - medel) * ($0 - medel) }.reduce(0, +) / (n - 1)).squareRoot() * (1 + 1 / n).squareRoot()
            let rad = try Self.rad(.runrate, u, ar: ar)
            let i = try #require(rad.intervall)
            #expect(rad.prognos == 600 && rad.arMedFel == fel.count)
            for (varde, t) in [(i.p2_5, -t975), (i.p10, -t90), (i.p90, t90), (i.p97_5, t975)] {
                #expect(abs(varde - 600 * (1 + medel + t * s)) < 1e-9, "\(ar)")
            }
        }
    }

    @Test("Interval from past errors only from the years a series had booked: budget 2017 for a unit that starts 2015-01 rests on 2015–2016")
    func intervallFranForstaBokforing() throws {
        // The unit books nothing in 2014 (budget 75 a month all the same). Budget after June: year-to-date + 450, so
        // 810 in 2015 (outcome 840) and 870 in 2016 (outcome 960), relative errors 30/810 and 90/870; in 2014 the
        // 450 of a unit that did not exist against 0 would be an error of −1. Point 2017: 480 + 450 = 930. Student's t
        // with 1 degree of freedom, 3,0776835371752544 (90 %) and 12,706204736174694 (97,5 %) from scipy.stats.t.ppf.
        let u = try Metodliggare.underlag { y, _, v in y == 0 ? 0 : v }
        let rad = try Self.rad(.budget, u)
        let fel = [30.0 / 810, 90.0 / 870]
        let medel = fel.reduce(0, +) / 2
        let s = (fel.map { ($0 - medel) * ($0 - medel) }.reduce(0, +)).squareRoot() * (3.0 / 2).squareRoot()
        let i = try #require(rad.intervall)
        #expect(rad.prognos == 930 && rad.arMedFel == 2)
        for (varde, t) in [(i.p2_5, -12.706204736174694), (i.p10, -3.0776835371752544), (i.p90, 3.0776835371752544),
                           (i.p97_5, 12.706204736174694)] {
            #expect(abs(varde - 930 * (1 + medel + t * s)) < 1e-9)
        }
    }

    @Test("Regression on year-to-date over units from the years each had booked: a unit that starts in 2017 adds no (0, 0) points")
    func regressionFranForstaBokforing() throws {
        // Units E1 and E2 are `Metodliggare`'s series, E3 the same from 2017 only. The points of 2014–2016 are E1's
        // and E2's, on y = 2x + 120, so every unit's prognosis after June 2017 is 2 × 480 + 120 = 1 080; E3's zeros
        // of 2014–2016 would pull the line towards the origin.
        let helt = Metodliggare.utfall()
        let sen = helt.enumerated().map { $0.offset < 36 ? 0 : $0.element }
        let nycklar = ["E1", "E2", "E3"].map { Serienyckel(enhet: $0, konto: "K") }
        let u = try Manadsunderlag(nycklar: nycklar, forsta: Period(ar: 2014, manad: 1)!, sista: Period(ar: 2017, manad: 12)!,
                                   utfall: try Matrix(rowMajor: helt.indices.map { [helt[$0], helt[$0], sen[$0]] }), budget: nil)
        let p = try u.prognos(.regression, ar: 2017, manad: 6)
        for rad in p.rader { #expect(abs(try #require(rad.prognos) - 1080) < 1e-6, "\(rad.nyckel.enhet)") }
    }

    @Test("A unit with no amount on any row in a month, after booking in the twelve before, is named with those months; a row's own zero month is not")
    func luckor() throws {
        // 2017–2018 to August 2018. A books on K1 every month and on K2 only in March; B stops after May 2018; C starts in
        // July 2018; D has no June 2018; E books January–May 2017 only, so it is named until May 2018 and then no more.
        let nycklar = [("A", "K1"), ("A", "K2"), ("B", "K1"), ("C", "K1"), ("D", "K1"), ("E", "K1")].map { Serienyckel(enhet: $0.0, konto: $0.1) }
        let belopp: (Int, Int) -> Double = { s, rad in
            let m = rad % 12 + 1, ar2018 = rad >= 12
            switch s {
            case 1: return m == 3 ? 10 : 0
            case 2: return ar2018 && m > 5 ? 0 : 100
            case 3: return ar2018 && m >= 7 ? 100 : 0
            case 4: return ar2018 && m == 6 ? 0 : 100
            case 5: return !ar2018 && m <= 5 ? 100 : 0
            default: return 100
            }
        }
        let u = try Manadsunderlag(nycklar: nycklar, forsta: Period(ar: 2017, manad: 1)!, sista: Period(ar: 2018, manad: 8)!,
                                   utfall: try Matrix(rowMajor: (0..<24).map { rad in (0..<6).map { belopp($0, rad) } }), budget: nil)
        let p = try u.prognos(.runrate, ar: 2018, manad: 8)
        let period = { (m: Int) in Period(ar: 2018, manad: m)! }
        #expect(p.luckor.map(\.enhet) == ["B", "D", "E"])
        #expect(p.luckor.map(\.manader) == [[period(6), period(7), period(8)], [period(6)], (1...5).map(period)])
        #expect(try u.prognos(.runrate, ar: 2018, manad: 5).luckor.map(\.enhet) == ["E"])
    }

    @Test("ETS on a repeating pattern with a little noise: YTD plus nearly the pattern's remaining months")
    func ets() throws {
        // Three years of the same months (1 000 + 100·sin) with ±1 alternating; June 2016 is the cut-off.
        let monster = (0..<12).map { 1000 + 100 * sin(Double($0) * .pi / 6) }
        let serie = (0..<36).map { monster[$0 % 12] + ($0 % 2 == 0 ? 1 : -1) }
        let u = try Manadsunderlag(nycklar: [Metodliggare.nyckel], forsta: Period(ar: 2014, manad: 1)!,
                                   sista: Period(ar: 2016, manad: 12)!, utfall: Matrix(column: serie), budget: nil)
        let rad = try Self.rad(.ets, u, ar: 2016)
        let helar = serie[24..<36].reduce(0, +)
        let prognos = try #require(rad.prognos)
        #expect(abs(rad.ackumulerat - serie[24..<30].reduce(0, +)) < 1e-9)
        #expect(abs(prognos - helar) / helar < 0.002, "\(prognos) mot \(helar)")
        let i = try #require(rad.intervall)
        #expect(i.p2_5 <= i.p10 && i.p10 <= prognos && prognos <= i.p90 && i.p90 <= i.p97_5)
        #expect(rad.arMedFel == nil)
    }

    @Test("ETS on a constant series (a rent of 25 000 a month since 2015): YTD 8 × 25 000 + 4 × 25 000 = 300 000, no width")
    func etsKonstant() throws {
        // A flat forecast as R's ets gives a constant series (forecast::ets returns ses(y, alpha = 0.99999)'s model).
        let serie = Array(repeating: 0.0, count: 12) + Array(repeating: 25_000.0, count: 48)
        let u = try Manadsunderlag(nycklar: [Metodliggare.nyckel], forsta: Period(ar: 2014, manad: 1)!,
                                   sista: Period(ar: 2018, manad: 12)!, utfall: Matrix(column: serie), budget: nil)
        let rad = try Self.rad(.ets, u, ar: 2018, manad: 8)
        #expect(rad.ackumulerat == 200_000)
        #expect(rad.prognos == 300_000)
        #expect(rad.intervall == Prognospost.Intervall(p2_5: 300_000, p10: 300_000, p90: 300_000, p97_5: 300_000))
        // The backtest counts it: after every month of 2017 and 2018 it hits the outcome exactly (the ledger starts
        // 2014, the rent 2015, so ETS has two years from 2017-01).
        let b = try u.backtest([.ets])
        #expect(b.rader.allSatisfy { $0.mape == 0 && $0.inom80 == 1 })
        #expect(b.rader.map(\.antal) == Array(repeating: 2, count: 11))
    }

    @Test("ETS fits a series from its first booking: a unit that starts two years into the ledger gets the model of its own months")
    func etsFranForstaBokforing() throws {
        // The ledger starts 2014-01; this unit books from 2016-01 on (the repeating pattern of `ets`), nothing before.
        let monster = (0..<12).map { 1000 + 100 * sin(Double($0) * .pi / 6) }
        let egen = (0..<36).map { monster[$0 % 12] + ($0 % 2 == 0 ? 1 : -1) }
        let serie = Array(repeating: 0.0, count: 24) + egen
        let u = try Manadsunderlag(nycklar: [Metodliggare.nyckel], forsta: Period(ar: 2014, manad: 1)!,
                                   sista: Period(ar: 2018, manad: 12)!, utfall: Matrix(column: serie), budget: nil)
        let rad = try Self.rad(.ets, u, ar: 2018, manad: 8)
        // The combination estimated here on the unit's own 32 months (2016-01 to 2018-08), as the method should.
        let kombination = try ETSCombination.fit(Array(egen[0..<32]), period: 12)
        let summa = try kombination.forecastSum(horizon: 4, probabilities: [0.5], seed: 8, paths: 2_000)
        #expect(abs(try #require(rad.prognos) - (egen[24..<32].reduce(0, +) + summa.mean)) < 1e-6)
        let helar = egen[24..<36].reduce(0, +)
        #expect(abs(try #require(rad.prognos) - helar) / helar < 0.002)
        // At cut-off November 2017 the unit has 23 months (2016-01 … 2017-11): no ETS prognosis;
        // at cut-off January 2018, 25: one.
        #expect(try Self.rad(.ets, u, ar: 2017, manad: 11).prognos == nil)
        #expect(try Self.rad(.ets, u, ar: 2018, manad: 1).prognos != nil)
    }

    @Test("A cut-off month outside 1–11 or past the ledger is refused in Swedish")
    func fel() throws {
        let u = try Metodliggare.underlag(ar: 4, sista: Period(ar: 2017, manad: 5)!)
        #expect(throws: PrognosFel.manad(12)) { try u.prognos(.runrate, ar: 2017, manad: 12) }
        #expect(throws: PrognosFel.utanforLiggaren(ar: 2017, manad: 6, forsta: Period(ar: 2014, manad: 1)!,
                                                   sista: Period(ar: 2017, manad: 5)!)) {
            try u.prognos(.runrate, ar: 2017, manad: 6)
        }
        #expect(PrognosFel.manad(12).description == "prognosen görs efter månad 1–11, inte 12; efter december är året känt")
        // A January cut-off names one month, not a range of one.
        let januari = PrognosFel.utanforLiggaren(ar: 2018, manad: 1, forsta: Period(ar: 2014, manad: 1)!, sista: Period(ar: 2017, manad: 5)!)
        #expect(januari.description.hasPrefix("liggaren har utfall för 2014-01–2017-05 och saknar utfall för 2018-01; "))
    }
}

/// The methods on series read from a ledger, where the budget runs to December while the outcome stops at
/// the cut-off, as it does during the year.
@Suite("Helårsprognos ur en liggare")
struct LiggarprognosTests {
    @Test("Outcome 2014-01–2015-06, budget all of 2014–2015: budget 2015 = 6 × 110 + 6 × 100 = 1 260; run-rate 1 320")
    func budgetEfterUtfallet() throws {
        let liggare = try Testliggare()
        defer { liggare.taBort() }
        let manader = (0..<18).map { String(format: "%d-%02d", 2014 + $0 / 12, $0 % 12 + 1) }
        try liggare.importera(export(manader.map { "E;K;\($0);110" }), som: .utfall)
        try liggare.importera(export((0..<24).map { String(format: "E;K;%d-%02d;100", 2014 + $0 / 12, $0 % 12 + 1) }), som: .budget)
        let l = try Liggare.oppnaForLasning(liggare.fil)
        let u = try Manadsunderlag(utfall: try #require(try l.serier(.utfall)), budget: try l.serier(.budget))
        let budget = try #require(try u.prognos(.budget, ar: 2015, manad: 6).rader.first)
        #expect(budget.ackumulerat == 660 && budget.prognos == 1260)
        #expect(try u.prognos(.runrate, ar: 2015, manad: 6).rader.first?.prognos == 1320)
        // Carried forward: 660 + 600 × 660/600 = 1 320.
        #expect(abs(try #require(try u.prognos(.budgetFramford, ar: 2015, manad: 6).rader.first?.prognos) - 1320) < 1e-9)
        #expect(throws: PrognosFel.self) { try u.prognos(.budget, ar: 2015, manad: 7) }
    }
}
