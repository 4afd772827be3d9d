import LinearAlgebra
import Testing
import Vokabular
@testable import Uppfoljning

/// Fixed samples of the series: ETS's interval on a ledger larger than the calibration sample is widened by the
/// sampled series' prognoses of the year before only, and ETS's backtest on a ledger with more series per account
/// than its sample tests the sample; both samples are fixed by the keys.
@Suite("Urval av serierna för ETS:s kalibrering och backtest")
struct SerieurvalTests {
    /// Six units on account 4010. The 64-bit FNV-1a hashes of "enhet␟4010" (worked in Python from the algorithm's
    /// definition, offset basis 0xcbf29ce484222325, prime 0x100000001b3), ascending: Kirurgi 0x180962d9c8f1e432,
    /// Psykiatri 0x21b430ec1a7d8201, Barn 0x327e89b1077ad144, Medicin 0xa76491c64316f4d2, Röntgen
    /// 0xbe7616731ab3b1cc, Akut 0xf8ea2e98739a72d4. A sample of four is Barn, Kirurgi, Medicin and Psykiatri
    /// (indices 1–4), of two Kirurgi and Psykiatri (2 and 4).
    static let enheter = ["Akut", "Barn", "Kirurgi", "Medicin", "Psykiatri", "Röntgen"]
    static let nycklar = enheter.map { Serienyckel(enhet: $0, konto: "4010") }

    @Test("FNV-1a 64 against the reference vectors: \"a\" 0xaf63dc4c8601ec8c, \"foobar\" 0x85944171f73967e8")
    func hash() {
        // The FNV test suite's vectors (Noll, "FNV hash", test_fnv.c); the same by the Python loop above.
        #expect(Serieurval.fnv1a(Array("a".utf8)) == 0xaf63_dc4c_8601_ec8c)
        #expect(Serieurval.fnv1a(Array("foobar".utf8)) == 0x8594_4171_f739_67e8)
        #expect(Serieurval.fnv1a([]) == 0xcbf2_9ce4_8422_2325)
    }

    @Test("The sample is the keys with the smallest hashes, the same in any order, and all series when there are no more")
    func urval() {
        #expect(Serieurval.minstaHash(Self.nycklar, antal: 4) == [1, 2, 3, 4])
        #expect(Serieurval.minstaHash(Self.nycklar, antal: 2) == [2, 4])
        #expect(Serieurval.minstaHash(Self.nycklar, antal: 6) == Array(0..<6))
        #expect(Serieurval.minstaHash(Self.nycklar, antal: 1_000) == Array(0..<6))
        let omvanda = Array(Self.nycklar.reversed())
        #expect(Serieurval.minstaHash(omvanda, antal: 4).map { omvanda[$0] } .sorted() == [1, 2, 3, 4].map { Self.nycklar[$0] })
    }

    @Test("Per account, the keys with the smallest hashes: Kirurgi and Psykiatri on 4010, Medicin and Röntgen on 5010")
    func perKonto() {
        // FNV-1a of "enhet␟5010" by the same Python loop, ascending: Medicin 0x0703b1bdec8a2cb3, Röntgen
        // 0x0953366a2784894d, Akut 0x4433ae8f80c70c55, … In key order (unit, then account) the twelve series are
        // Akut/4010, Akut/5010, Barn/4010, …, so the sample is indices 4, 7, 8 and 11.
        let nycklar = Self.enheter.flatMap { e in ["4010", "5010"].map { Serienyckel(enhet: e, konto: $0) } }
        #expect(Serieurval.perKonto(nycklar, antal: 2) == [4, 7, 8, 11])
        #expect(Serieurval.perKonto(nycklar, antal: 6) == Array(0..<12))
    }

    /// The six series 2014–2017 with a season and noise; Akut and Röntgen, outside the sample of four, are 60 %
    /// higher from July 2016, so ETS's prognoses of them after March 2016 miss far more than the others'.
    static func underlag() throws -> Manadsunderlag {
        var slump = SplitMix64(seed: 11)
        var utfall = Matrix(rows: 48, columns: 6)
        for s in 0..<6 {
            for t in 0..<48 {
                let niva = [0, 5].contains(s) && t >= 30 ? 1.6 : 1.0
                utfall[t, s] = 1_000 * Double(s + 1) * niva * (1 + 0.1 * Double(t % 12 == 11 ? 1 : 0)) * (1 + 0.02 * slump.nextStandardNormal())
            }
        }
        return try Manadsunderlag(nycklar: nycklar, forsta: Period(ar: 2014, manad: 1)!, sista: Period(ar: 2017, manad: 12)!,
                                  utfall: utfall, budget: nil)
    }

    @Test("After March 2017 the interval is widened by the sampled series' misses of 2016 only, and the backtest gives the same rows")
    func sampladKalibrering() throws {
        var u = try Self.underlag()
        let hela = try u.prognos(.ets, ar: 2017, manad: 3, tradar: 1)
        u.etsKalibreringsurval = 4
        let prognos = try u.prognos(.ets, ar: 2017, manad: 3, tradar: 1)
        // By hand: the model's 2016 prognoses after March of series 1–4 and each one's miss ratio against its 2016
        // outcome; with four ratios the 80 % factor is the ⌈5 · 0,8⌉ = 4th smallest, the largest, and there are too
        // few for a 95 % factor of its own (⌈5 · 0,95⌉ = 5), so the 95 % interval is widened by the 80 % factor.
        let kvoter = try [1, 2, 3, 4].map { s -> Double in
            let p = try #require(ETSMetod.prognos(u, manad: 3, y: 2, serie: s))
            let utfall = (0..<12).reduce(0) { $0 + u.utfall[$1, 2 * 6 + s] }
            return utfall >= p.punkt ? (utfall - p.punkt) / (p.intervall.p90 - p.punkt) : (p.punkt - utfall) / (p.punkt - p.intervall.p10)
        }
        let f80 = max(1, kvoter.max()!)
        for (s, rad) in prognos.rader.enumerated() {
            let m = try #require(ETSMetod.prognos(u, manad: 3, y: 3, serie: s))
            let i = try #require(rad.intervall)
            #expect(rad.prognos == m.punkt)
            #expect(abs(i.p10 - (m.punkt - f80 * (m.punkt - m.intervall.p10))) <= 1e-9 * m.punkt)
            #expect(abs(i.p90 - (m.punkt + f80 * (m.intervall.p90 - m.punkt))) <= 1e-9 * m.punkt)
            #expect(abs(i.p2_5 - (m.punkt - f80 * (m.punkt - m.intervall.p2_5))) <= 1e-9 * m.punkt)
            #expect(abs(i.p97_5 - (m.punkt + f80 * (m.intervall.p97_5 - m.punkt))) <= 1e-9 * m.punkt)
        }
        // With every series, Akut's and Röntgen's misses widen the interval more.
        #expect(zip(hela.rader, prognos.rader).allSatisfy { a, b in a.prognos == b.prognos })
        #expect(zip(hela.rader, prognos.rader).allSatisfy { a, b in
            a.intervall!.p90 - a.intervall!.p10 > b.intervall!.p90 - b.intervall!.p10 })
        // The backtest of 2017 fits 2016 for the sample only, and makes `prognos`' rows.
        let backtest = try u.backtest([.ets], hela: [.ets], ar: 2017, tradar: 1).hela[.ets] ?? [:]
        for manad in [3, 9] {
            let p = manad == 3 ? prognos : try u.prognos(.ets, ar: 2017, manad: manad, tradar: 1)
            #expect(backtest[Period(ar: 2017, manad: manad)!]?.rader == p.rader)
        }
    }

    @Test("A unit that starts after the calibration year does not enter the sample, though its key has the smallest hash")
    func senareEnhet() throws {
        // Öron's hash of "Öron␟4010" is 0x0ed01bc3d1850aa9 (Python, as above), below Kirurgi's; it books from 2017-01.
        var sex = try Self.underlag()
        sex.etsKalibreringsurval = 4
        var utfall = Matrix(rows: 48, columns: 7)
        for t in 0..<48 {
            for s in 0..<6 { utfall[t, s] = sex.utfall[t % 12, (t / 12) * 6 + s] }
            utfall[t, 6] = t >= 36 ? 500 : 0
        }
        var sju = try Manadsunderlag(nycklar: Self.nycklar + [Serienyckel(enhet: "Öron", konto: "4010")],
                                     forsta: Period(ar: 2014, manad: 1)!, sista: Period(ar: 2017, manad: 12)!, utfall: utfall, budget: nil)
        sju.etsKalibreringsurval = 4
        #expect(sju.nycklar[6].enhet == "Öron")
        // The sample for 2017 (series with ETS's two years by January 2016) is the same four.
        #expect(sju.kalibreringsserier(y: 3) == [1, 2, 3, 4])
        let med = try sju.prognos(.ets, ar: 2017, manad: 3, tradar: 1).rader
        #expect(Array(med.prefix(6)) == (try sex.prognos(.ets, ar: 2017, manad: 3, tradar: 1)).rader)
        #expect(med[6].prognos == nil)
    }

    @Test("ETS's backtest on four of six series: the rows and the recommendation over the four, every series' point kept for March 2017")
    func sampladBacktest() throws {
        var u = try Self.underlag()
        u.etsBacktestPerKonto = 4
        let mars = Period(ar: 2017, manad: 3)!
        let b = try u.backtest([.ets, .profil], behall: [mars], tradar: 1)
        #expect(b.etsUrval == Metodbacktest.Urval(provade: 4, serier: 6, perKonto: 4))
        // Every series' ETS point after March 2017 is kept (for the hand prognoses' comparison), as `prognos` makes it.
        let kvar = try #require(b.prognoser[mars]?[.ets])
        #expect(kvar.count == 6)
        let punkter = try (2...3).map { y in try (0..<6).map { try #require(ETSMetod.prognos(u, manad: 3, y: y, serie: $0)).punkt } }
        for s in 0..<6 { #expect(kvar[Self.nycklar[s]] == punkter[1][s]) }
        // The ETS rows rest on series 1–4 in 2016 and 2017 (ETS has two years of history from 2016): MAPE after March
        // by hand from their points and the years' outcome.
        var summa = 0.0
        for (i, y) in [2, 3].enumerated() {
            for s in 1...4 {
                let utfall = (0..<12).reduce(0.0) { $0 + u.utfall[$1, y * 6 + s] }
                summa += abs(punkter[i][s] - utfall) / abs(utfall) * 100
            }
        }
        let mape = summa / 8
        let rad = try #require(b.rader.first { $0.metod == .ets && $0.manad == 3 })
        #expect(rad.antal == 8 && rad.antalIntervall == 8)
        #expect(abs(rad.mape! - mape) <= 1e-9 * mape)
        // The profile method covers every series, as without ETS; the recommendation compares the methods on the four.
        let profil = try u.backtest([.profil])
        #expect(b.rader.filter { $0.metod == .profil } == profil.rader)
        #expect(profil.etsUrval == nil)
        #expect(b.bastPerKonto.map(\.antal) == [88])  // 4 series × 11 months × 2016–2017
        #expect(profil.bastPerKonto.map(\.antal) == [198])  // 6 series × 11 months × 2015–2017 (a profile needs a year before)
    }
}
