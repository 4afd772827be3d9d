import Testing
@testable import Uppfoljning

/// ETS's interval widened by last year's misses (split conformal prediction), on numbers worked by hand.
@Suite("ETS-intervallet kalibrerat på förra årets fel")
struct ETSKalibreringTests {
    /// Four prognoses of 100 with the 80 % interval 90–110 and the 95 % interval 80–120. The outcomes 105,
    /// 130, 95 and 100 needed the 80 % interval widened by 0,5, 3, 0,5 and 0 (|u − 100| / 10); sorted
    /// 0; 0,5; 0,5; 3, and the ⌈(4 + 1)·0,8⌉ = 4th is 3. For 95 % the ⌈5·0,95⌉ = 5th does not exist among four,
    /// so that interval is widened by the 80 % factor, 3.
    static let intervall = Prognospost.Intervall(p2_5: 80, p10: 90, p90: 110, p97_5: 120)

    @Test("The factor is the ⌈(n + 1)·a⌉-th smallest miss ratio; with too few series for 95 % the 80 % factor, with too few for both none")
    func faktorer() {
        let forra = [105.0, 130, 95, 100].map { (punkt: 100.0, intervall: Self.intervall, utfall: $0) }
        let f = ETSKalibrering.faktorer(forra)
        #expect(f.p80 == 3 && f.p95 == 3)
        // Three series are too few for either level: ⌈4·0,8⌉ = 4 > 3.
        let tre = ETSKalibrering.faktorer(Array(forra.prefix(3)))
        #expect(tre.p80 == 1 && tre.p95 == 1)
        // Nineteen give the 95 % factor its own: the ⌈20·0,95⌉ = 19th of the 95 % ratios |u − 100| / 20, here
        // the largest, 40 / 20 = 2; the 80 % factor is the ⌈20·0,8⌉ = 16th of |u − 100| / 10, 30 / 10 = 3.
        let nitton = ((0..<15).map { _ in 100.0 } + [130, 130, 130, 140]).map { (punkt: 100.0, intervall: Self.intervall, utfall: $0) }
        let egen = ETSKalibrering.faktorer(nitton)
        #expect(egen.p80 == 3 && egen.p95 == 2)
        #expect(ETSKalibrering.faktor([0.5, 3, 0.5, 0], niva: 0.8) == 3)
        #expect(ETSKalibrering.faktor([0.5, 3, 0.5, 0], niva: 0.95) == nil)
        // A year the model's interval held well does not narrow it.
        let tat = ETSKalibrering.faktorer([101.0, 99, 100, 102].map { (punkt: 100.0, intervall: Self.intervall, utfall: $0) })
        #expect(tat.p80 == 1 && tat.p95 == 1)
    }

    @Test("A constant series' prognosis of no width that hit its outcome needed no widening: its ratio is 0, not infinite")
    func konstantTraff() {
        // Three prognoses as in `faktorer` (ratios 0,5, 3 and 0,5) and a rent of 50 hit exactly: sorted 0; 0,5; 0,5; 3,
        // the 4th is 3. Counted as an infinite miss it would leave no finite 4th and no widening.
        let ingenBredd = Prognospost.Intervall(p2_5: 50, p10: 50, p90: 50, p97_5: 50)
        let forra = [105.0, 130, 95].map { (punkt: 100.0, intervall: Self.intervall, utfall: $0) }
            + [(punkt: 50.0, intervall: ingenBredd, utfall: 50.0)]
        #expect(ETSKalibrering.faktorer(forra).p80 == 3)
        // Missed, it stays an infinite ratio.
        let miss = Array(forra.prefix(3)) + [(punkt: 50.0, intervall: ingenBredd, utfall: 51.0)]
        #expect(ETSKalibrering.faktorer(miss).p80 == 1)
    }

    @Test("Widened by 3: the 80 % interval 70–130, and a 95 % interval widened less is kept around it (70–130)")
    func vidgat() {
        let v = ETSKalibrering.vidgat(Self.intervall, punkt: 100, faktorer: (3, 1))
        #expect(v == Prognospost.Intervall(p2_5: 70, p10: 70, p90: 130, p97_5: 130))
        // Both by 3, as with four series: the 95 % interval 100 ∓ 3·20.
        #expect(ETSKalibrering.vidgat(Self.intervall, punkt: 100, faktorer: (3, 3))
                == Prognospost.Intervall(p2_5: 40, p10: 70, p90: 130, p97_5: 160))
    }
}
