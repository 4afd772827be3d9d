import LinearAlgebra
import Synchronization
import Testing
import Uppfoljning
import Vokabular

/// ETS's share done follows its work: each prognosis weighs by the months of history its model is fitted to,
/// and a prognosis without a fit (too short a history, a constant series) adds nothing.
@Suite("ETS:s framsteg")
struct ETSFramstegTests {
    /// 2014–2017: a seasonal series over all four years, a constant one (a rent) and one that starts in June 2016,
    /// too late for two years of history by November 2017.
    static func underlag() throws -> Manadsunderlag {
        var slump = SplitMix64(seed: 23)
        var utfall = Matrix(rows: 48, columns: 3)
        for t in 0..<48 {
            utfall[t, 0] = 1_000 * (1 + 0.01 * Double(t)) * (t % 12 < 6 ? 1.2 : 0.8) * (1 + 0.05 * slump.nextStandardNormal())
            utfall[t, 1] = 500
            if t >= 29 { utfall[t, 2] = 800 * (1 + 0.05 * slump.nextStandardNormal()) }
        }
        return try Manadsunderlag(nycklar: (0..<3).map { Serienyckel(enhet: "E\($0)", konto: "K") },
                                  forsta: Period(ar: 2014, manad: 1)!, sista: Period(ar: 2017, manad: 12)!, utfall: utfall, budget: nil)
    }

    /// The shares `kor` reports.
    static func rapporter(_ kor: (@escaping @Sendable (Double) -> Void) throws -> Void) rethrows -> [Double] {
        let hort = Mutex<[Double]>([])
        try kor { andel in hort.withLock { $0.append(andel) } }
        return hort.withLock { $0 }
    }

    @Test("Backtest: the first series' fits after each month of 2016 (25–35 months of history) and of 2017 (37–47), nothing for the others")
    func backtest() throws {
        let u = try Self.underlag()
        let andelar = try Self.rapporter { f in _ = try u.backtest([.ets], tradar: 1, framsteg: f) }
        // 2016: 25 + … + 35 = 330 months fitted; 2017: 37 + … + 47 = 462.
        #expect(andelar.count == 2 && abs(andelar[0] - 330.0 / 792) < 1e-12 && andelar.last == 1, "\(andelar)")
    }

    @Test("Prognosis after May 2017: the first series this year (41 months) and the year before for the interval (29)")
    func prognos() throws {
        let u = try Self.underlag()
        let andelar = try Self.rapporter { f in _ = try u.prognos(.ets, ar: 2017, manad: 5, tradar: 1, framsteg: f) }
        #expect(andelar == [41.0 / 70, 1], "\(andelar)")
    }
}
