import LinearAlgebra
import Testing
import Vokabular
@testable import Forecasting
@testable import Uppfoljning

/// `--forsoning mint` on small ledgers made here: the series' prognoses against a hand calculation of the profile
/// method and the closed form of MinT with one constraint, coherence over a tree of three levels, no use of the
/// outcome after the cut-off, and the fall-back to bottom-up.
@Suite("Försoning över organisationen med MinT")
struct ForsoningTests {
    /// W = λ D + (1 − λ) Σ̂ of `e` (T × n) written out from the definition of R hts's `shrink.estim` (Schäfer &
    /// Strimmer 2005) pair by pair, independently of `ShrunkCovariance`'s Gram-matrix sums: Σ̂ = eᵀe / T, x_ti =
    /// e_ti / √Σ̂_ii, r̂_ij = (1/T) Σ_t x_ti x_tj, Var(r̂_ij) = (Σ_t x_ti² x_tj² − T r̂_ij²) / (T (T − 1)),
    /// λ = Σ_{i≠j} Var(r̂_ij) / Σ_{i≠j} r̂_ij² clamped to [0, 1].
    static func krympt(_ e: Matrix) -> Matrix {
        let t = e.rows, n = e.columns, tt = Double(t)
        var sigma = Matrix(rows: n, columns: n)
        for i in 0..<n { for j in 0..<n { sigma[i, j] = (0..<t).map { e[$0, i] * e[$0, j] }.reduce(0, +) / tt } }
        let x = { (r: Int, i: Int) in e[r, i] / sigma[i, i].squareRoot() }
        var varianser = 0.0, kvadrater = 0.0
        for i in 0..<n {
            for j in 0..<n where i != j {
                let r = (0..<t).map { x($0, i) * x($0, j) }.reduce(0, +) / tt
                varianser += ((0..<t).map { x($0, i) * x($0, i) * x($0, j) * x($0, j) }.reduce(0, +) - tt * r * r) / (tt * (tt - 1))
                kvadrater += r * r
            }
        }
        let lambda = min(1, max(0, varianser / kvadrater))
        var w = sigma
        for i in 0..<n { for j in 0..<n where i != j { w[i, j] = (1 - lambda) * sigma[i, j] } }
        return w
    }

    /// Months × series from January 2014, `ar` years, from `belopp(serie, år 0…, månad 1…12)`.
    static func underlag(_ nycklar: [Serienyckel], ar: Int = 5, _ belopp: (Int, Int, Int) -> Double) throws -> Manadsunderlag {
        var u = Matrix(rows: 12 * ar, columns: nycklar.count)
        for s in nycklar.indices { for y in 0..<ar { for m in 1...12 { u[12 * y + m - 1, s] = belopp(s, y, m) } } }
        return try Manadsunderlag(nycklar: nycklar, forsta: Period(ar: 2014, manad: 1)!, sista: Period(ar: 2013 + ar, manad: 12)!,
                                  utfall: u, budget: nil)
    }

    /// Two units' series, uneven over the year in different ways, so that the profile of their sum is not the sum
    /// of their profiles.
    static func tva(_ s: Int, _ y: Int, _ m: Int) -> Double {
        s == 0 ? 100 + 10 * Double(m) + 7 * Double((5 * y + 3 * m) % 11) : 200 - 5 * Double(m) + 13 * Double((7 * y + 2 * m) % 5)
    }

    static let ab = [Serienyckel(enhet: "A", konto: "K"), Serienyckel(enhet: "B", konto: "K")]
    /// Nämnd N, förvaltning F with units A and B: one level above the two series (the total; N and F hold the same).
    static let abTrad = Organisation(namnder: [.init(namn: "N", forvaltningar: [.init(namn: "F", enheter: [
        .init(kod: "A", namn: "A"), .init(kod: "B", namn: "B")])])], oplacerade: [])

    @Test("Two units and their total after June 2018: profile prognoses by hand, W from 2015–2017's errors, ỹ = ŷ − W c (cᵀ ŷ) / (cᵀ W c)")
    func handrakning() throws {
        let u = try Self.underlag(Self.ab, Self.tva)
        let p = try u.prognos(.profil, ar: 2018, manad: 6, forsoning: .mint, organisation: Self.abTrad)
        // Series 2 is the total. The profile after month m of year y: year-to-date ÷ the mean over the earlier years of
        // their share of the year booked by month m.
        func belopp(_ s: Int, _ y: Int, _ m: Int) -> Double { s == 2 ? Self.tva(0, y, m) + Self.tva(1, y, m) : Self.tva(s, y, m) }
        func ack(_ s: Int, _ y: Int, _ m: Int) -> Double { (1...m).reduce(0) { $0 + belopp(s, y, $1) } }
        func profil(_ s: Int, _ y: Int) -> Double {
            let andel = (0..<y).map { ack(s, $0, 6) / ack(s, $0, 12) }.reduce(0, +) / Double(y)
            return ack(s, y, 6) / andel
        }
        // Errors of 2015–2017 (2014 has no earlier year to take a profile from), in the order A, B, total.
        let fel = try Matrix(rowMajor: (1...3).map { y in (0..<3).map { s in profil(s, y) - ack(s, y, 12) } })
        let w = Self.krympt(fel)
        // One constraint c = (1, 1, −1): A + B − total = 0.
        let c = [1.0, 1, -1], bas = (0..<3).map { profil($0, 4) }
        let d = zip(c, bas).map(*).reduce(0, +)
        let wc = (0..<3).map { i in (0..<3).map { w[i, $0] * c[$0] }.reduce(0, +) }
        let q = zip(c, wc).map(*).reduce(0, +)
        let forvantad = (0..<2).map { bas[$0] - wc[$0] * d / q }
        #expect(abs(d) > 1)  // the base prognoses do not add up, so MinT has something to do
        for s in 0..<2 { #expect(abs(try #require(p.rader[s].prognos) - forvantad[s]) < 1e-6) }
        let f = try #require(p.forsoning)
        #expect(f.ar == [2015, 2016, 2017] && f.serier == 2 && f.nedifranEftersom == nil)
        let total = try #require(f.nivaprognoser.first)
        #expect(f.nivaprognoser.count == 1 && total.niva == .totalt)
        #expect(abs(total.egen - bas[2]) < 1e-6 && abs(total.avstamd - forvantad[0] - forvantad[1]) < 1e-6)
    }

    @Test("The outcome after the cut-off (July–December 2018) changes nothing: the covariance rests on earlier years only")
    func ingenFramtid() throws {
        let fore = try Self.underlag(Self.ab, Self.tva)
        let andrad = try Self.underlag(Self.ab) { s, y, m in y == 4 && m > 6 ? 3 * Self.tva(s, y, m) + 1_000 : Self.tva(s, y, m) }
        let a = try fore.prognos(.profil, ar: 2018, manad: 6, forsoning: .mint, organisation: Self.abTrad)
        let b = try andrad.prognos(.profil, ar: 2018, manad: 6, forsoning: .mint, organisation: Self.abTrad)
        #expect(a.forsoning?.nedifranEftersom == nil)
        #expect(a.rader == b.rader && a.forsoning == b.forsoning)
    }

    @Test("Over a tree of three levels every level's reconciled prognosis is the sum of its series', and the series moved")
    func koherent() throws {
        let nycklar = [Serienyckel(enhet: "A", konto: "K1"), Serienyckel(enhet: "A", konto: "K2"),
                       Serienyckel(enhet: "B", konto: "K1"), Serienyckel(enhet: "C", konto: "K1")]
        // F1 = A + B, F2 = C, both in N: levels total (= N), F1 and unit A hold two series or more.
        let trad = Organisation(namnder: [.init(namn: "N", forvaltningar: [
            .init(namn: "F1", enheter: [.init(kod: "A", namn: "A"), .init(kod: "B", namn: "B")]),
            .init(namn: "F2", enheter: [.init(kod: "C", namn: "C")])])], oplacerade: [])
        let u = try Self.underlag(nycklar) { s, y, m in Self.tva(s % 2, y + s, m) * Double(s + 1) }
        let bas = try u.prognos(.profil, ar: 2018, manad: 6)
        let p = try u.prognos(.profil, ar: 2018, manad: 6, forsoning: .mint, organisation: trad)
        let f = try #require(p.forsoning)
        #expect(f.nivaprognoser.map(\.namn) == ["totalt", "F1", "A"])
        let serier = ["totalt": [0, 1, 2, 3], "F1": [0, 1, 2], "A": [0, 1]]
        for niva in f.nivaprognoser {
            let summa = serier[niva.namn]!.reduce(0) { $0 + p.rader[$1].prognos! }
            #expect(abs(niva.avstamd - summa) < 1e-6 * abs(summa))
        }
        #expect(zip(bas.rader, p.rader).contains { abs($0.prognos! - $1.prognos!) > 1e-3 })
    }

    @Test("A series the method hit exactly every error year (a fixed amount a month) keeps its prognosis; the others are reconciled")
    func exaktSerieUtanfor() throws {
        // C books 50 every month: its profile after June is 300 ÷ 0,5 = 600 every year, error 0, variance 0. A and B
        // are `handrakning`'s, reconciled against their own total as there; C joins no level.
        let abc = Self.ab + [Serienyckel(enhet: "C", konto: "K")]
        let trad = Organisation(namnder: [.init(namn: "N", forvaltningar: [.init(namn: "F", enheter: [
            .init(kod: "A", namn: "A"), .init(kod: "B", namn: "B"), .init(kod: "C", namn: "C")])])], oplacerade: [])
        let u = try Self.underlag(abc) { s, y, m in s == 2 ? 50 : Self.tva(s, y, m) }
        let p = try u.prognos(.profil, ar: 2018, manad: 6, forsoning: .mint, organisation: trad)
        let ab = try Self.underlag(Self.ab, Self.tva).prognos(.profil, ar: 2018, manad: 6, forsoning: .mint, organisation: Self.abTrad)
        let f = try #require(p.forsoning)
        #expect(f.nedifranEftersom == nil && f.serier == 2 && f.utanfor == 1)
        for s in 0..<2 { #expect(abs(try #require(p.rader[s].prognos) - ab.rader[s].prognos!) < 1e-6) }
        #expect(p.rader[2].prognos == 600)
    }

    @Test("With fewer than two earlier years of errors the prognosis stays bottom-up and says why")
    func nedifranUtanFel() throws {
        let u = try Self.underlag(Self.ab, ar: 3, Self.tva)
        let bas = try u.prognos(.profil, ar: 2016, manad: 6)
        let p = try u.prognos(.profil, ar: 2016, manad: 6, forsoning: .mint, organisation: Self.abTrad)
        #expect(p.rader == bas.rader)
        #expect(p.forsoning?.nedifranEftersom?.contains("färre än två tidigare hela år") == true)
    }

    @Test("The backtest compares bottom-up and MinT per level; run-rate's prognoses add up already and are unchanged")
    func backtest() throws {
        let u = try Self.underlag(Self.ab, Self.tva)
        let runrate = try u.forsoningsbacktest(.runrate, organisation: Self.abTrad)
        // Run-rate is linear: the total's prognosis is the sum of the units', so MinT leaves them as they are.
        #expect(runrate.avstamda == 33 && runrate.rader.allSatisfy { abs($0.mapeNedifran! - $0.mapeMint!) < 1e-9 })
        let profil = try u.forsoningsbacktest(.profil, organisation: Self.abTrad)
        // 2014 has no profile, 2015 and 2016 fewer than two years of errors before them: 2017 and 2018 are reconciled.
        #expect(profil.avstamda == 22 && profil.nedifran.map(\.antal).reduce(0, +) == 33)
        #expect(profil.rader.map(\.niva) == [.totalt, .namnd, .forvaltning, .enhet, .konto, nil])
        #expect(profil.rader.first { $0.niva == .konto }?.antal == 44)
    }

    /// Four series 2014–2017 with a season and noise, each 30 % higher from July 2016: ETS's prognoses after the
    /// spring of 2016 miss, so 2017's intervals after the same months are widened by them.
    static func skiftat() throws -> Manadsunderlag {
        var slump = SplitMix64(seed: 5)
        var utfall = Matrix(rows: 48, columns: 4)
        for s in 0..<4 {
            for t in 0..<48 {
                let niva = t >= 30 ? 1.3 : 1.0
                utfall[t, s] = 1_000 * Double(s + 1) * niva * (1 + 0.1 * Double(t % 12 == 11 ? 1 : 0)) * (1 + 0.02 * slump.nextStandardNormal())
            }
        }
        return try Manadsunderlag(nycklar: (0..<4).map { Serienyckel(enhet: "E\($0)", konto: "K") },
                                  forsta: Period(ar: 2014, manad: 1)!, sista: Period(ar: 2017, manad: 12)!, utfall: utfall, budget: nil)
    }

    @Test("MinT's backtest takes the methods' backtest's whole prognoses as they are: those `prognos` makes, widened intervals too")
    func kandaPrognoser() throws {
        let e = try Self.skiftat()
        let ets = try e.backtest([.ets], hela: [.ets], tradar: 1).hela[.ets] ?? [:]
        #expect(ets.count == 44)  // 2014–2017 × months 1–11
        for manad in [3, 9] {
            let prognos = try e.prognos(.ets, ar: 2017, manad: manad, tradar: 1)
            #expect(prognos.rader.allSatisfy { $0.prognos != nil })
            #expect(ets[Period(ar: 2017, manad: manad)!]?.rader == prognos.rader)
        }
        // After March the interval is wider than the model's own: 2016's prognoses after March missed.
        let mars = ets[Period(ar: 2017, manad: 3)!]!.rader
        let egna = (0..<4).map { ETSMetod.prognos(e, manad: 3, y: 3, serie: $0)! }
        #expect(zip(mars, egna).allSatisfy { r, m in r.prognos == m.punkt })
        #expect(zip(mars, egna).contains { r, m in r.intervall!.p90 - r.intervall!.p10 > 1.05 * (m.intervall.p90 - m.intervall.p10) })
    }

    @Test("MinT's backtest with the kept prognoses is the one without, and different when they are altered")
    func kandaAnvands() throws {
        let u = try Self.underlag(Self.ab, Self.tva)
        let profil = Array((try u.backtest([.profil], hela: [.profil]).hela[.profil] ?? [:]).values)
        #expect(profil.count == 55)
        for p in profil { #expect(p.rader == (try u.prognos(.profil, ar: p.ar, manad: p.manad)).rader) }
        let utan = try u.forsoningsbacktest(.profil, organisation: Self.abTrad)
        let med = try u.forsoningsbacktest(.profil, organisation: Self.abTrad, kanda: profil)
        #expect(med.rader == utan.rader)
        #expect(med.avstamda == utan.avstamda)
        let andrade = profil.map { p in
            Helarsprognos(metod: p.metod, ar: p.ar, manad: p.manad, rader: p.rader.map { r in
                .init(nyckel: r.nyckel, ackumulerat: r.ackumulerat, prognos: r.prognos.map { $0 * 1.1 }, intervall: r.intervall,
                      arMedFel: r.arMedFel)
            })
        }
        #expect(try u.forsoningsbacktest(.profil, organisation: Self.abTrad, kanda: andrade).rader != utan.rader)
        // Another method's prognoses, or another ledger's series, are not taken.
        #expect(try u.forsoningsbacktest(.profil, organisation: Self.abTrad, kanda: andrade.map { p in
            Helarsprognos(metod: .runrate, ar: p.ar, manad: p.manad, rader: p.rader) }).rader == utan.rader)
        #expect(try u.forsoningsbacktest(.profil, organisation: Self.abTrad, kanda: andrade.map { p in
            Helarsprognos(metod: p.metod, ar: p.ar, manad: p.manad, rader: Array(p.rader.prefix(1))) }).rader == utan.rader)
    }

    @Test("MinT's share of a backtest's work, by hand: its years of series prognoses and the levels' share")
    func arbete() throws {
        let u = try Self.underlag(Self.ab, Self.tva)
        // Five complete years 2014–2018. MinT reconciles over one level, the total (N, F hold the same two series,
        // A and B one each): half a series' worth a year, 2,5 over the five years, against five tested years.
        #expect(try u.forsoningsarbete(organisation: Self.abTrad, testadeKanda: true) == 2.5 / 5)
        // Not given: each tested year's prognoses, and for its interval the calibration series' year before: both
        // series from 2017 (they have ETS's two years by January 2016), none before. 1 + 1 + 1 + 2 + 2 = 7.
        #expect(try u.forsoningsarbete(organisation: Self.abTrad, testadeKanda: false) == (7 + 2.5) / 5)
        // Only 2017: the points of 2014–2016 are made here, 2017 is given; four years of the level.
        #expect(try u.forsoningsarbete(organisation: Self.abTrad, ar: 2017, testadeKanda: true) == 3 + 0.5 * 4)
        #expect(throws: PrognosFel.self) { try u.forsoningsarbete(organisation: Self.abTrad, ar: 2030, testadeKanda: true) }
    }
}
