import Foundation
import Testing
@testable import Uppfoljning
import Vokabular

/// The deviation report's rules on small hand-made figures: which versions cover a level, the latest
/// version per level, a missing budget, unplaced units, and a year without outcome.
@Suite("Avvikelserapportens regler")
struct AvvikelseregelTests {
    static let a = Serienyckel(enhet: "A", konto: "4010"), b = Serienyckel(enhet: "A", konto: "3010")
    static let c = Serienyckel(enhet: "C", konto: "4010")
    static let organisation = Organisation(
        namnder: [Organisation.Namnd(namn: "N", forvaltningar: [Organisation.Forvaltning(namn: "F", enheter: [.init(kod: "A", namn: "Enhet A")])])],
        oplacerade: [.init(kod: "C", namn: nil)])

    static func version(_ manad: Int, _ upphov: Prognosversion.Upphov, _ poster: [Serienyckel: Double]) -> Prognosversion {
        Prognosversion(ar: 2018, gjordEfter: manad, upphov: upphov, kommentar: "", skapad: Date(timeIntervalSince1970: 0),
                       poster: poster.map { Prognospost(nyckel: $0.key, prognos: $0.value) })
    }

    @Test("A version lacking series of a level carries their budget forward and says how many; the latest prognosis is each series' latest, so the levels add up")
    func tackning() throws {
        let r = try Avvikelserapport(
            ar: 2018, utfall: [Self.a: 100, Self.b: -30, Self.c: 50], budget: [Self.a: 90, Self.b: -40],
            prognoser: [Self.version(4, .metod("runrate"), [Self.a: 95, Self.b: -35, Self.c: 40]),
                        Self.version(8, .hand, [Self.a: 110, Self.b: -20])],
            organisation: Self.organisation, utfallsperioder: nil)
        #expect(r.versioner.map(\.period) == ["2018-04", "2018-08"] && r.versioner.map(\.upphovText) == ["runrate", "hand"])
        // Total: outcome 100 − 30 + 50 = 120; budget 90 − 40 + 0 (C has none) = 50; runrate 95 − 35 + 40 = 100;
        // the hand version lacks C, whose budget (0, it has none) is carried forward: 110 − 20 + 0 = 90, one series.
        #expect(r.totalt.utfall == 120 && r.totalt.budget == 50 && r.totalt.prognoser == [100, 90] && r.totalt.budgetFramford == [0, 1])
        // The latest prognosis is series by series: A/4010 and A/3010 from the hand version (110 − 20), C from runrate
        // (40), 130 against the outcome 120; not the hand version's 90, where C's budget stands in for its runrate.
        #expect(r.totalt.senastePrognos == 130 && r.totalt.avvikelsePrognos == 10)
        #expect(r.totalt.avvikelseBudget == -70 && r.totalt.resultat == -120)
        // Unit A: outcome 70, budget 50, runrate 60, hand 90: the latest, hand, gives 90 − 70 = 20.
        let enhetA = try #require(r.rader(.enhet).first { $0.enhet == "A" })
        #expect(enhetA.namn == "Enhet A" && enhetA.prognoser == [60, 90])
        #expect(enhetA.avvikelsePrognos == 20 && enhetA.avvikelsePrognos(0) == -10)
        // The units' latest deviations add up to the total's: A 20, C 40 − 50 = −10.
        let enhetC = try #require(r.rader(.enhet).first { $0.enhet == "C" })
        #expect(enhetC.avvikelsePrognos == -10 && enhetA.avvikelsePrognos! + enhetC.avvikelsePrognos! == r.totalt.avvikelsePrognos)
        // C is unplaced: a unit named by its code, in no förvaltning or nämnd.
        #expect(r.rader(.enhet).contains { $0.namn == "C" && $0.budget == 0 })
        #expect(r.rader(.forvaltning).map(\.utfall) == [70] && r.rader(.namnd).map(\.utfall) == [70])
        // … and named, so that a reader sees why the nämnd's 70 is not the total's 120; not without an organisation.
        #expect(r.oplacerade == ["C"])
        let utan = try Avvikelserapport(ar: 2018, utfall: [Self.a: 100, Self.c: 50], budget: [:], prognoser: [],
                                        organisation: Organisation(namnder: [], oplacerade: []), utfallsperioder: nil)
        #expect(utan.oplacerade.isEmpty)
        // Rows by |budget − outcome|: A/4010 10, A/3010 10 (then by prognosis: 10 and 10, then name), C 50.
        #expect(r.rader(.konto).map(\.description) == ["C/4010", "A/3010", "A/4010"])
    }

    @Test("Without budget for the year there is no budget column; without outcome the report is refused")
    func utanBudgetOchUtfall() throws {
        let r = try Avvikelserapport(ar: 2018, utfall: [Self.a: 1], budget: [:], prognoser: [], organisation: Self.organisation,
                                     utfallsperioder: nil)
        #expect(r.rader.allSatisfy { $0.budget == nil && $0.avvikelseBudget == nil && $0.prognoser.isEmpty })
        let perioder = Period(ar: 2014, manad: 1)!...Period(ar: 2018, manad: 12)!
        #expect(throws: AvvikelseFel.utfallSaknas(ar: 2019, utfall: perioder)) {
            try Avvikelserapport(ar: 2019, utfall: [:], budget: [Self.a: 1], prognoser: [], organisation: Self.organisation,
                                 utfallsperioder: perioder)
        }
        #expect(AvvikelseFel.utfallSaknas(ar: 2019, utfall: perioder).description.hasPrefix("inget utfall för 2019 att jämföra med (utfall finns för 2014-01–2018-12)"))
    }
}

private extension Avvikelserapport.Rad {
    var description: String { "\(enhet ?? "")/\(konto ?? "")" }
}
