import LinearAlgebra
import Testing
@testable import Uppfoljning
import Vokabular

/// Spreading a year's budget over its months on small hand-made outcome: the series' own profile, the row's
/// profile, twelfths, exact sums in öre, and which years a profile may come from.
@Suite("Periodisering av årsbudget")
struct PeriodiseringTests {
    static let a = Serienyckel(enhet: "A", konto: "4010"), b = Serienyckel(enhet: "B", konto: "4010")
    static let c = Serienyckel(enhet: "C", konto: "3010")

    /// Outcome January 2015 – December 2017 (36 months): A books 1 kr a month except 4 kr in December and 0 in
    /// July; B books 2 kr every month; C (income) −1 kr a month.
    static let utfall: Serier = {
        var m = Matrix(rows: 36, columns: 3)
        for r in 0..<36 {
            let manad = r % 12 + 1
            m[r, 0] = manad == 12 ? 4 : manad == 7 ? 0 : 1
            m[r, 1] = 2
            m[r, 2] = -1
        }
        return Serier(nycklar: [a, b, c], forsta: Period(ar: 2015, manad: 1)!, sista: Period(ar: 2017, manad: 12)!, belopp: m)
    }()

    static func manader(_ p: Periodisering, _ nyckel: Serienyckel) -> [Int64] {
        p.bokforingar.filter { $0.enhet == nyckel.enhet && $0.konto == nyckel.konto }.sorted { $0.period < $1.period }.map(\.ore)
    }

    @Test("The series' own profile: A's year is 14 kr, so December gets 4/14 and July nothing; the months sum to the year")
    func egenProfil() {
        let p = Periodisering([Arsbudget(enhet: "A", konto: "4010", ar: 2018, ore: 1_400_00)], utfall: Self.utfall)
        // 1 400 kr × 1/14 = 100 kr a month, 400 kr in December, 0 in July.
        #expect(Self.manader(p, Self.a) == [10_000, 10_000, 10_000, 10_000, 10_000, 10_000, 0, 10_000, 10_000, 10_000, 10_000, 40_000])
        #expect(p.metoder[.init(nyckel: Self.a, ar: 2018)] == .egenProfil)
    }

    @Test("A unit without history takes the row's profile over all units; a row nobody booked takes twelfths, summing exactly")
    func reservmetoder() {
        let p = Periodisering([Arsbudget(enhet: "D", konto: "4010", ar: 2018, ore: 3_200_00), Arsbudget(enhet: "D", konto: "9999", ar: 2018, ore: 100)],
                              utfall: Self.utfall)
        // Row 4010 over A and B: 3 kr a month, 2 in July, 6 in December, 38 a year: 3 200 × 3/38 = 252,63… kr.
        let d = Self.manader(p, Serienyckel(enhet: "D", konto: "4010"))
        #expect(d.reduce(0, +) == 3_200_00 && d[0] == 25_263 && d[6] == 16_842 && p.metoder[.init(nyckel: Serienyckel(enhet: "D", konto: "4010"), ar: 2018)] == .kontotsProfil)
        // One krona in twelfths: 8 or 9 öre a month, 100 in all.
        let tolftedelar = Self.manader(p, Serienyckel(enhet: "D", konto: "9999"))
        #expect(tolftedelar.reduce(0, +) == 100 && tolftedelar.allSatisfy { $0 == 8 || $0 == 9 })
        #expect(p.metoder[.init(nyckel: Serienyckel(enhet: "D", konto: "9999"), ar: 2018)] == .tolftedelar)
    }

    @Test("A profile only from complete years before the budget year, of the budget's sign")
    func villkor() {
        // C is income: a cost budget for it cannot use its profile, nor row 3010's (C's own): twelfths.
        let tecken = Periodisering([Arsbudget(enhet: "C", konto: "3010", ar: 2018, ore: 1_200)], utfall: Self.utfall)
        #expect(tecken.metoder.values.first == .tolftedelar && Self.manader(tecken, Self.c) == Array(repeating: 100, count: 12))
        // 2022: the three years before it (2019–2021) are not in the outcome.
        let sent = Periodisering([Arsbudget(enhet: "A", konto: "4010", ar: 2022, ore: 1_200)], utfall: Self.utfall)
        #expect(sent.metoder.values.first == .tolftedelar)
        // 2016: only 2015 is complete before it; A's profile is the same every year.
        let tidigt = Periodisering([Arsbudget(enhet: "A", konto: "4010", ar: 2016, ore: 1_400)], utfall: Self.utfall)
        #expect(tidigt.metoder.values.first == .egenProfil && Self.manader(tidigt, Self.a)[11] == 400)
        #expect(Periodisering([Arsbudget(enhet: "A", konto: "4010", ar: 2018, ore: 1_400)], utfall: nil).metoder.values.first == .tolftedelar)
    }
}
