import Foundation
import Testing
@testable import Befolkning
import Vokabular

/// The error table and its intervals against hand calculations on a small constructed table.
@Suite("Prognosfel")
struct PrognosfelTests {
    /// Errors of the total one year ahead: two regions in each of the base years 2000 and 2001; and two years
    /// ahead from the same two base years, one period of two years only.
    static let fel: [Prognosfel.Fel] = [("a", 2000, 0.02), ("b", 2000, 0.04), ("a", 2001, -0.01), ("b", 2001, 0.01)].map {
        Prognosfel.Fel(region: $0.0, basar: $0.1, horisont: 1, grupp: .total, logkvot: $0.2)
    } + [("a", 2000, 0.1), ("a", 2001, 0.2)].map { Prognosfel.Fel(region: $0.0, basar: $0.1, horisont: 2, grupp: .total, logkvot: $0.2) }

    @Test("Quantiles ē + t(p; k − 1)·√(σ_n²(1 + 1/k) + σ_u²) from the period means and the regional deviations")
    func kvantiler() throws {
        let tabell = Prognosfel(Self.fel, minstaPerioder: 2)
        // By hand: period means 0,03 and 0, ē = 0,015, σ_n² = 2·0,015² / 1 = 0,00045; deviations ±0,01 four
        // times, σ_u² = 0,0004 / (4 − 2) = 0,0002; k = 2 base years / 1 year = 2, t on 1 degree of freedom;
        // sd = √(0,00045·1,5 + 0,0002). Quantiles with scipy.stats.t.ppf(p, 1):
        let q = try #require(tabell.logkvantiler(.total, horisont: 1))
        for (a, b) in zip(q.varden, [-0.3608546047980388, -0.07603910676530516, 0.015, 0.10603910676530519, 0.3908546047980385]) {
            #expect(abs(a - b) < 1e-9)
        }
        // 1000·exp(q), computed apart (Python's math.exp).
        let k = try #require(tabell.kvantiler(.total, horisont: 1, prognos: 1000))
        for (a, b) in zip(k.varden, [697.0803432364606, 926.7799624842103, 1015.1130646157189, 1111.8653571139039, 1478.243568265373]) {
            #expect(abs(a - b) < 1e-6)
        }
        #expect(tabell.rader.map(\.horisont) == [1])
        #expect(tabell.rader.map(\.perioder) == [2])
        #expect(tabell.logkvantiler(.ar0_19, horisont: 1) == nil)
        // The standard minimum of four periods leaves nothing of two base years.
        #expect(Prognosfel(Self.fel).rader.isEmpty)
    }

    /// Errors of the total of two regions a and b from the base years 2000–2005 at the horizons 1–6, each
    /// later base year one horizon shorter (the outcome years end in 2006): with a minimum of two, the rows
    /// 1 (six base years, k = 6) and 2 (five, k = 2), and four base years 2000–2003 at three years, k = 1.
    static let langa: [Prognosfel.Fel] = [
        (1, [(0.010, 0.014), (-0.004, 0.002), (0.006, 0.000), (-0.008, -0.002), (0.012, 0.006), (0.001, -0.003)]),
        (2, [(0.020, 0.030), (-0.010, 0.004), (0.016, 0.004), (-0.018, -0.010), (0.022, 0.010)]),
        (3, [(0.040, 0.046), (-0.024, 0.000), (0.030, 0.010), (-0.030, -0.020)]),
        (4, [(0.060, 0.070), (-0.040, -0.010), (0.050, 0.020)]),
        (5, [(0.090, 0.100), (-0.060, -0.020)]),
        (6, [(0.12, 0.13)]),
    ].flatMap { h, ar in
        ar.enumerated().flatMap { i, e in
            [Prognosfel.Fel(region: "a", basar: 2000 + i, horisont: h, grupp: .total, logkvot: e.0),
             Prognosfel.Fel(region: "b", basar: 2000 + i, horisont: h, grupp: .total, logkvot: e.1)]
        }
    }

    @Test("Past the last row H the spread grows by the pooled ratio s(h)/s(H) of the same regions and base years, then by the ratios' power law; the median in proportion")
    func spridningskvoter() throws {
        let tabell = Prognosfel(Self.langa, minstaPerioder: 2)
        // Independent calculation (bench/prognosfel_kvoter.py, numpy and scipy.stats.t): s(h) = √(σ_n² + σ_u²)
        // of all errors at h, s(2) of the errors at 2 years of the same regions and base years; the ratios at
        // 3, 4 and 5 years (four, three and two base years; six years has one and ends them).
        #expect(tabell.rader.map(\.horisont) == [1, 2] && tabell.rader.map(\.basar) == [6, 5])
        #expect(tabell.kvoter.map(\.horisont) == [3, 4, 5] && tabell.kvoter.map(\.basar) == [4, 3, 2])
        #expect(tabell.kvoter.map(\.perioder) == [1, 0, 0] && tabell.kvoter.map(\.antal) == [8, 6, 4])
        for (a, b) in zip(tabell.kvoter.map(\.kvot), [1.773819453268521, 2.993606702251094, 4.524017926293494]) {
            #expect(abs(a - b) < 1e-12)
        }
        // Four years: median ē(2)·4/2, spread t(p; 1)·σ(2)·r(4), σ(2) = √(σ_n²(1 + 1/2) + σ_u²).
        let q4 = try #require(tabell.logkvantiler(.total, horisont: 4))
        for (a, b) in zip(q4.varden, [-0.7685746901761641, -0.17585753017002506, 0.0136, 0.20305753017002515, 0.7957746901761635]) {
            #expect(abs(a - b) < 1e-12)
        }
        // Seven years, past the last ratio: r(5)·(7/5)^β, β = Σ ln(h/2)·ln r(h) / Σ ln(h/2)² = 1,60023401820631
        // over h = 3, 4, 5; the interval 1000·exp(q).
        #expect(abs(Prognosfel.kvottillvaxt(tabell.kvoter, H: 2) - 1.60023401820631) < 1e-12)
        let k7 = try #require(tabell.kvantiler(.total, horisont: 7, prognos: 1000))
        for (a, b) in zip(k7.varden, [135.14313033757, 627.0387991842264, 1024.0854803114842, 1672.5457377585278, 7760.298791105084]) {
            #expect(abs(a / b - 1) < 1e-12)
        }
        // The standard minimum of four: the row 1 only (k = 6), and the ratios to s(1) at 2 and 3 years (five
        // and four base years), by the same calculation.
        let fyra = Prognosfel(Self.langa)
        #expect(fyra.rader.map(\.horisont) == [1] && fyra.kvoter.map(\.horisont) == [2, 3])
        for (a, b) in zip(fyra.kvoter.map(\.kvot), [2.164172353420273, 3.9890226961808017]) { #expect(abs(a - b) < 1e-12) }
    }

    @Test("Far past a table without spread ratios: the interval and any quantile from the extrapolated standard deviation, t on the last row's degrees of freedom")
    func langtBortom() throws {
        // The table of two horizons of three periods each as below (σ(1) = 0,01, σ(2) = 0,04, β = 2). Six
        // years, three times the last horizon: median 0,002·6/2 = 0,006, σ = 0,04·(6/2)² = 0,36, and
        // q_p = 0,006 + t(p; 2)·0,36 with t from scipy.stats.t.ppf(p, 2); the interval 1000·exp(q_p)
        // (Python's math.exp).
        let t = [-4.302652729749462, -1.8856180831641272, 0, 1.8856180831641272, 4.302652729749462]
        let tabell = try Prognosfel(rader: [(1, 0.001, 0.01), (2, 0.002, 0.04)].map { h, e, sigma in
            Prognosfel.Rad(grupp: .ar0_5, horisont: h, antal: 30, basar: 9, perioder: 3, kvantiler: Kvantiler(varden: t.map { e + $0 * sigma }))
        })
        let k = try #require(tabell.kvantiler(.ar0_5, horisont: 6, prognos: 1000))
        for (a, b) in zip(k.varden, [213.7485440373134, 510.26631160263594, 1000 * exp(0.006), 1983.419766998488, 4734.873369193116]) {
            #expect(abs(a - b) < 1e-9 * b)
        }
        // t(0,3; 2) = −0,6172133998483678.
        #expect(abs(try #require(tabell.fordelning(.ar0_5, horisont: 6)).kvantil(0.3) - -0.21619682394541237) < 1e-12)
        #expect(abs(try #require(tabell.fordelning(.ar0_5, horisont: 6)).kvantil(0.5) - 0.006) < 1e-15)
        #expect(tabell.fordelning(.total, horisont: 6) == nil)
    }

    @Test("Without spread ratios the spread grows past H as the table's standard deviation does: σ(1) = 0,01, σ(2) = 0,04 give h²")
    func spridningensTillvaxt() throws {
        // Rows of three periods each: ē(h) ± t(p; 2)·σ(h), t from scipy.stats.t.ppf(p, 2).
        let t = [-4.302652729749462, -1.8856180831641272, 0, 1.8856180831641272, 4.302652729749462]
        let rader = [(1, 0.001, 0.01), (2, 0.002, 0.04)].map { h, e, sigma in
            Prognosfel.Rad(grupp: .total, horisont: h, antal: 30, basar: 9, perioder: 3, kvantiler: Kvantiler(varden: t.map { e + $0 * sigma }))
        }
        let tabell = try Prognosfel(rader: rader)
        #expect(abs(Prognosfel.tillvaxt(tabell.rader) - 2) < 1e-9)
        // Four years: the median 0,002·4/2, the spread t·0,04·(4/2)².
        let q = try #require(tabell.logkvantiler(.total, horisont: 4))
        for (a, b) in zip(q.varden, [-0.6844244367599139, -0.29769889330626035, 0.004, 0.30569889330626035, 0.6924244367599139]) {
            #expect(abs(a - b) < 1e-12)
        }
    }

    @Test("The interval for a region and base year rests only on other regions' errors seen by the base year")
    func felFore() {
        let fel = [("a", 1990, 5), ("b", 1990, 5), ("b", 1991, 5), ("c", 1985, 10), ("c", 1986, 10), ("b", 1994, 1)].map {
            Prognosfel.Fel(region: $0.0, basar: $0.1, horisont: $0.2, grupp: .total, logkvot: Double($0.1))
        }
        // For a, base year 1995: b 1990+5, c 1985+10 and b 1994+1 end by 1995; a's own, b 1991+5 and c 1986+10 do not.
        #expect(Regionbacktest.felFore(fel, basar: 1995, utom: "a") == [fel[1], fel[3], fel[5]])
    }

    @Test("Rows with a gap in the horizons or quantiles out of order are refused")
    func ogiltigaRader() {
        let q = Kvantiler(varden: [-0.1, -0.05, 0, 0.05, 0.1])
        #expect(throws: BefolkningsFel.self) {
            try Prognosfel(rader: [.init(grupp: .total, horisont: 2, antal: 40, basar: 4, perioder: 2, kvantiler: q)])
        }
        #expect(throws: BefolkningsFel.self) {
            try Prognosfel(rader: [.init(grupp: .total, horisont: 1, antal: 40, basar: 4, perioder: 2, kvantiler: Kvantiler(varden: q.varden.reversed()))])
        }
    }
}
