import LinearAlgebra
import Testing
import Uppfoljning
import Vokabular

/// ETS fits its series in parallel: the prognosis and the backtest are the same, number for number, whatever
/// the number of threads.
@Suite("ETS på flera trådar")
struct ParallellETSTests {
    /// Three series over 2014–2016 with a season, a drift and seeded noise, each different, so that the fits
    /// take different times and finish out of order on several threads.
    static func underlag() throws -> Manadsunderlag {
        var slump = SplitMix64(seed: 17)
        let serier = 3, manader = 36
        var utfall = Matrix(rows: manader, columns: serier)
        for s in 0..<serier {
            for t in 0..<manader {
                let sasong = 1 + 0.2 * Double(s + 1) * (t % 12 < 6 ? 1 : -1) * Double(t % 6) / 6
                utfall[t, s] = 1_000 * Double(s + 1) * (1 + 0.01 * Double(t)) * sasong * (1 + 0.05 * slump.nextStandardNormal())
            }
        }
        return try Manadsunderlag(nycklar: (0..<serier).map { Serienyckel(enhet: "E\($0)", konto: "K") },
                                  forsta: Period(ar: 2014, manad: 1)!, sista: Period(ar: 2016, manad: 12)!,
                                  utfall: utfall, budget: nil)
    }

    @Test("The ETS backtest and prognosis on one thread and on three are identical")
    func sammaPaAllaTradar() throws {
        let u = try Self.underlag()
        let behall = Set((1...11).compactMap { Period(ar: 2016, manad: $0) })
        let en = try u.backtest([.ets], behall: behall, tradar: 1), tre = try u.backtest([.ets], behall: behall, tradar: 3)
        #expect(en.rader == tre.rader)
        #expect(en.prognoser == tre.prognoser)
        // Every series has a prognosis after every month of 2016, the only year with two years before it.
        #expect(en.prognoser.count == 11 && en.prognoser.values.allSatisfy { $0[.ets]?.count == 3 })
        let prognosEn = try u.prognos(.ets, ar: 2016, manad: 5, tradar: 1)
        let prognosTre = try u.prognos(.ets, ar: 2016, manad: 5, tradar: 3)
        #expect(prognosEn.rader == prognosTre.rader)
        // The prognosis is the one the backtest kept for the same cut-off.
        let kept = en.prognoser[Period(ar: 2016, manad: 5)!]?[.ets] ?? [:]
        #expect(prognosEn.rader.allSatisfy { $0.prognos != nil && kept[$0.nyckel] == $0.prognos })
    }
}
