import Foundation
import Testing
@testable import Befolkning
import Vokabular

/// The random variation of deaths and births against hand calculations on a small constructed region, and
/// the error table's intervals with it.
@Suite("Slumpvariation")
struct SlumpvariationTests {
    /// 2000: 1 000 women and 1 000 men aged 50, 60 women aged 99 and 40 aged 100+. 2001 (the base year): 100
    /// births and 2 deaths at age 0, 20 deaths at 51 and 20 at 100+, so that q(0) = 2/100, q(51) = 20/2000 and
    /// q(100+) = 20/(60 + 40); the base population 49 + 49 aged 0, 500 women aged 50, 990 + 990 aged 51 and 80
    /// women aged 100+. 2002 is after the base year: its counts are 2001's.
    static func region() throws -> Befolkningsdata {
        let tom = [[Double]](repeating: [Double](repeating: 0, count: Alder.antal), count: 3)
        var folk = [tom, tom], doda = [tom, tom]
        var fodda = [[[Double]]](repeating: [[Double]](repeating: [Double](repeating: 0, count: Alder.fertila.count), count: 3), count: 2)
        folk[0][0][50] = 1000; folk[1][0][50] = 1000; folk[0][0][99] = 60; folk[0][0][100] = 40
        folk[0][1][0] = 49; folk[1][1][0] = 49; folk[0][1][50] = 500; folk[0][1][51] = 990; folk[1][1][51] = 990; folk[0][1][100] = 80
        fodda[0][1][15] = 50; fodda[1][1][15] = 50
        doda[0][1][0] = 1; doda[1][1][0] = 1; doda[0][1][51] = 10; doda[1][1][51] = 10; doda[0][1][100] = 20
        for kon in 0..<2 { folk[kon][2] = folk[kon][1]; fodda[kon][2] = fodda[kon][1]; doda[kon][2] = doda[kon][1] }
        return try Befolkningsdata(region: "test", ar: 2000...2002, folkmangd: folk, fodda: fodda, doda: doda)
    }

    @Test("Binomial survivors N·S·(1 − S) of the base year's cohorts and Poisson births B·S₀, summed over the group at h")
    func handraknad() throws {
        let s = Slumpvariation(try Self.region(), basar: 2001, horisont: 2)
        // One year: the 80 aged 100+ survive with 0,8: 80·0,8·0,2 = 12,8 (80+); the 500 aged 50 reach 51 with
        // 0,99: 500·0,99·0,01 = 4,95 (20–64); the year's births, 100 surviving with 0,98, Poisson: 98 (age 0).
        // The 1 980 aged 51 and the 98 aged 0 reach ages without deaths.
        #expect(abs(s.varians(.ar80plus, horisont: 1) - 12.8) < 1e-12)
        #expect(abs(s.varians(.ar20_64, horisont: 1) - 4.95) < 1e-12)
        #expect(abs(s.varians(.ar0_19, horisont: 1) - 98) < 1e-12 && abs(s.varians(.ar0_5, horisont: 1) - 98) < 1e-12)
        #expect(s.varians(.ar65_79, horisont: 1) == 0 && s.varians(.ar6_15, horisont: 1) == 0)
        #expect(abs(s.varians(.total, horisont: 1) - (12.8 + 4.95 + 98)) < 1e-12)
        // Two years: 80·0,64·0,36 = 18,432; the 50-year-olds keep 4,95 (no deaths at 52); two years' births, 98 each.
        #expect(abs(s.varians(.ar80plus, horisont: 2) - 18.432) < 1e-12)
        #expect(abs(s.varians(.ar20_64, horisont: 2) - 4.95) < 1e-12)
        #expect(abs(s.varians(.ar0_19, horisont: 2) - 196) < 1e-12)
        #expect(abs(s.varians(.total, horisont: 2) - (18.432 + 4.95 + 196)) < 1e-12)
        // Relative to a projection of 1 000: V / 1 000².
        #expect(abs(s.logvarians(.total, horisont: 2, prognos: 1000) - 219.382e-6) < 1e-15)
        #expect(s.logvarians(.total, horisont: 2, prognos: 0) == 0)
    }

    @Test("Only years up to the base year are read: later deaths and births change nothing")
    func ingenFramtid() throws {
        let data = try Self.region()
        var folk = data.folkmangd, doda = data.doda, fodda = data.fodda
        folk[0][2][50] = 9999; doda[0][2][51] = 500; fodda[0][2][15] = 400
        let andrad = try Befolkningsdata(region: "test", ar: 2000...2002, folkmangd: folk, fodda: fodda, doda: doda)
        #expect(Slumpvariation(data, basar: 2001, horisont: 3) == Slumpvariation(andrad, basar: 2001, horisont: 3))
        #expect(Slumpvariation(data, basar: 2002, horisont: 3) != Slumpvariation(andrad, basar: 2002, horisont: 3))
    }

    @Test("The table's regional variance less the errors' mean random variance, at least 0; a region's own added back")
    func iTabellen() throws {
        // PrognosfelTests.fel at one year: σ_n²(1 + 1/k) = 0,000675 and σ_u² = 0,0002 (worked there), k = 2.
        let fel = { (v: Double) in
            PrognosfelTests.fel.map {
                Prognosfel.Fel(region: $0.region, basar: $0.basar, horisont: $0.horisont, grupp: $0.grupp, logkvot: $0.logkvot, slumpvarians: v)
            }
        }
        // t on one degree of freedom is Cauchy's: t(p; 1) = tan(π(p − ½)).
        let t = { (p: Double) in tan(Double.pi * (p - 0.5)) }
        func kontroll(_ tabell: Prognosfel, varians: Double, prognos: Double = 1000) throws {
            let k = try #require(tabell.kvantiler(.total, horisont: 1, prognos: prognos))
            for (a, p) in zip(k.varden, Kvantiler.sannolikheter) {
                #expect(abs(a / (prognos * exp(0.015 + t(p) * varians.squareRoot())) - 1) < 1e-12, "p \(p)")
            }
        }
        // The errors' own regions had 0,0001 of random variance: σ_u² 0,0002 − 0,0001.
        try kontroll(Prognosfel(fel(0.0001), minstaPerioder: 2), varians: 0.000675 + 0.0001)
        // More than σ_u²: the regional part is 0, the period part stays.
        try kontroll(Prognosfel(fel(0.001), minstaPerioder: 2), varians: 0.000675)
        // With the constructed region's own at one year, 115,75 persons² over a projection of 1 000 (above).
        let slump = Slumpvariation(try Self.region(), basar: 2001, horisont: 1)
        try kontroll(Prognosfel(fel(0.0001), minstaPerioder: 2).med(slump), varians: 0.000675 + 0.0001 + 115.75e-6)
        try kontroll(Prognosfel(fel(0.0001), minstaPerioder: 2).med(slump), varians: 0.000675 + 0.0001 + 115.75e-6 / 4, prognos: 2000)
    }
}
