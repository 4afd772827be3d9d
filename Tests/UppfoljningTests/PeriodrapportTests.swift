import Foundation
import Testing
@testable import Uppfoljning
import Vokabular

/// The period report's rules on small hand-made figures: nesting, the budget carried forward, the version
/// compared with, the open year and the refusals.
@Suite("Periodrapportens regler")
struct PeriodrapportTests {
    static let a = Serienyckel(enhet: "A", konto: "4010"), b = Serienyckel(enhet: "A", konto: "3010")
    static let c = Serienyckel(enhet: "C", konto: "4010"), d = Serienyckel(enhet: "D", konto: "4010")
    static let organisation = Organisation(
        namnder: [Organisation.Namnd(namn: "N", forvaltningar: [
            Organisation.Forvaltning(namn: "F", enheter: [.init(kod: "A", namn: "Enhet A"), .init(kod: "B", namn: "Tom")]),
            Organisation.Forvaltning(namn: "G", enheter: [.init(kod: "D", namn: "Enhet D")]),
        ])],
        oplacerade: [.init(kod: "C", namn: nil)])

    static func version(_ id: Int64, _ manad: Int, _ upphov: Prognosversion.Upphov, _ poster: [Serienyckel: Double]) -> Prognosversion {
        Prognosversion(id: id, ar: 2018, gjordEfter: manad, upphov: upphov, kommentar: "", skapad: Date(timeIntervalSince1970: 0),
                       poster: poster.map { Prognospost(nyckel: $0.key, prognos: $0.value) })
    }

    static let utfall = Arsbelopp(ack: [a: 60, b: -20, c: 30, d: 10], ar: [a: 100, b: -30, c: 50, d: 20], manader: [1: 40, 2: 40, 8: 0])
    static let budget = Arsbelopp(ack: [a: 50, b: -25, d: 12], ar: [a: 90, b: -40, d: 18], manader: [1: 30])
    static let versioner = [version(1, 4, .metod("ets"), [a: 95, b: -35, c: 40, d: 19]), version(2, 6, .hand, [a: 105]),
                            version(3, 8, .metod("ets"), [a: 110, b: -20, c: 45, d: 21]), version(4, 9, .hand, [a: 1])]

    @Test("Lines nest as the organisation does; empty units and unplaced units; sums per level")
    func nastling() throws {
        let r = try Periodrapport(period: Period(ar: 2018, manad: 8)!, utfall: Self.utfall, budget: Self.budget, prognoser: Self.versioner,
                                  organisation: Self.organisation)
        #expect(r.rader.map { "\($0.niva.rawValue):\($0.namn)" } == [
            "totalt:Totalt", "namnd:N", "forvaltning:F", "enhet:Enhet A", "konto:3010", "konto:4010",
            "forvaltning:G", "enhet:Enhet D", "konto:4010", "enhet:C", "konto:4010"])
        // C, with amounts and placed nowhere, is named (B, placed without amounts, is not); not without an organisation.
        #expect(r.oplacerade == ["C"])
        #expect(try Periodrapport(period: Period(ar: 2018, manad: 8)!, utfall: Self.utfall, budget: Self.budget, prognoser: [],
                                  organisation: Organisation(namnder: [], oplacerade: [])).oplacerade.isEmpty)
        // Total to date: outcome 60 − 20 + 30 + 10 = 80, budget 50 − 25 + 0 + 12 = 37; the year's budget 90 − 40 + 18 = 68.
        #expect(r.totalt.utfallAck == 80 && r.totalt.budgetAck == 37 && r.totalt.avvikelseAck == -43 && r.totalt.budgetAr == 68)
        // Made after September, version 4 is not yet available in August.
        #expect(r.versioner.map(\.id) == [1, 2, 3] && r.prognos == 2 && r.foregaende == 0 && !r.bokslut && r.totalt.utfallAr == nil)
        // ets in August: 110 − 20 + 45 + 21 = 156; in April 95 − 35 + 40 + 19 = 119; 68 − 156 = −88, 119 − 156 = −37.
        #expect(r.totalt.prognoser[2] == .init(belopp: 156, budgetFramford: 0))
        #expect(r.totalt.avvikelseMotBudget(2) == -88 && r.totalt.forandring(2, mot: 0) == -37)
        #expect(r.manader.map(\.utfall) == [40, 40, nil, nil, nil, nil, nil, 0, nil, nil, nil, nil])
    }

    @Test("A version lacking series carries their year's budget forward and says how many; none of a level's series, no prognosis")
    func budgetFramford() throws {
        let r = try Periodrapport(period: Period(ar: 2018, manad: 8)!, utfall: Self.utfall, budget: Self.budget, prognoser: Self.versioner,
                                  organisation: Self.organisation, prognos: 2)
        // The hand version of June has A/4010 only: total 105 + budget (−40 + 0 + 18) = 83, three series carried.
        #expect(r.prognos == 1 && r.totalt.prognoser[1] == .init(belopp: 83, budgetFramford: 3))
        #expect(r.rader(.forvaltning).map { $0.prognoser[1] } == [.init(belopp: 65, budgetFramford: 1), nil])
        // Compared with the latest earlier version: no earlier hand version, so April's ets.
        #expect(r.foregaende == 0)
        // Without budget for the year nothing can be carried: only fully covered levels get a prognosis.
        let utan = try Periodrapport(period: Period(ar: 2018, manad: 8)!, utfall: Self.utfall, budget: Arsbelopp(ack: [:], ar: [:], manader: [:]),
                                     prognoser: Self.versioner, organisation: Self.organisation, prognos: 2)
        #expect(!utan.harBudget && utan.totalt.prognoser[1] == nil && utan.totalt.budgetAck == nil)
        #expect(utan.rader(.konto).first { $0.konto == "4010" && $0.enhet == "A" }?.prognoser[1] == .init(belopp: 105, budgetFramford: 0))
    }

    @Test("The previous version is of the same origin when there is one")
    func foregaende() throws {
        let helar = Arsbelopp(ack: Self.utfall.ar, ar: Self.utfall.ar, manader: [12: 5])
        let r = try Periodrapport(period: Period(ar: 2018, manad: 12)!, utfall: helar, budget: Self.budget, prognoser: Self.versioner,
                                  organisation: Self.organisation)
        // December: the latest is September's hand version; its previous is June's hand version, not August's ets.
        #expect(r.prognos == 3 && r.foregaende == 1 && r.bokslut && r.totalt.utfallAr == 140)
        // The outcome against August's ets: 156 − 140 = 16.
        #expect(r.totalt.avvikelseMotUtfall(2) == 16)
    }

    @Test("Refusals: outcome short of the month, a version not made by then")
    func vagran() {
        #expect(throws: PeriodrapportFel.utfallSaknas(period: Period(ar: 2018, manad: 9)!, sista: 8)) {
            try Periodrapport(period: Period(ar: 2018, manad: 9)!, utfall: Self.utfall, budget: Self.budget, prognoser: [],
                              organisation: Self.organisation)
        }
        // Asking for an earlier month helps only where the year has outcome.
        #expect(PeriodrapportFel.utfallSaknas(period: Period(ar: 2018, manad: 9)!, sista: 8).description.contains("välj en tidigare månad"))
        #expect(PeriodrapportFel.utfallSaknas(period: Period(ar: 2013, manad: 12)!, sista: nil).description
                    .contains("liggaren har inget utfall för 2013; välj en månad med utfall"))
        #expect(throws: PeriodrapportFel.okandVersion(id: 4, period: Period(ar: 2018, manad: 8)!, finns: [1, 2, 3])) {
            try Periodrapport(period: Period(ar: 2018, manad: 8)!, utfall: Self.utfall, budget: Self.budget, prognoser: Self.versioner,
                              organisation: Self.organisation, prognos: 4)
        }
    }
}

extension PeriodrapportTests {
    @Test("The tree: a line's parts and the lines above it; unplaced units hang under the total")
    func trad() throws {
        let r = try Periodrapport(period: Period(ar: 2018, manad: 8)!, utfall: Self.utfall, budget: Self.budget, prognoser: Self.versioner,
                                  organisation: Self.organisation)
        func namn(_ index: [Int]) -> [String] { index.map { r.rader[$0].namn } }
        #expect(namn(r.delar(av: 0)) == ["N", "C"])
        let f = try #require(r.index(.forvaltning, namn: "F"))
        #expect(namn(r.delar(av: f)) == ["Enhet A"] && namn(r.overordnade(av: f)) == ["Totalt", "N"])
        let a = try #require(r.index(.enhet, namn: "A"))
        #expect(namn(r.delar(av: a)) == ["3010", "4010"])
        let konto = try #require(r.index(.konto, namn: "4010", enhet: "C"))
        #expect(r.delar(av: konto).isEmpty && namn(r.overordnade(av: konto)) == ["Totalt", "C"])
        #expect(r.index(.namnd, namn: "X") == nil)
    }
}

extension PeriodrapportTests {
    @Test("A level's prognosis equals the sum of its parts, at every line of the tree, for every version that covers all series")
    func nivaSummaAvDelar() throws {
        let r = try Periodrapport(period: Period(ar: 2018, manad: 8)!, utfall: Self.utfall, budget: Self.budget, prognoser: Self.versioner,
                                  organisation: Self.organisation)
        // Versions 1 and 3 (index 0 and 2) are made by a method for all four series.
        var kontrollerade = 0
        for version in [0, 2] {
            for index in r.rader.indices where !r.delar(av: index).isEmpty {
                let delar = r.delar(av: index).map { r.rader[$0].prognoser[version]?.belopp }
                let helhet = try #require(r.rader[index].prognoser[version]?.belopp)
                #expect(helhet == delar.map { $0 ?? .nan }.reduce(0, +), "\(r.rader[index].namn), version \(version)")
                kontrollerade += 1
            }
        }
        // Every line above the accounts: total, N, F, Enhet A, G, Enhet D, C, in both versions.
        #expect(kontrollerade == 14)
        // The total is the sum of the series themselves, added here: 110 − 20 + 45 + 21.
        #expect(r.totalt.prognoser[2]?.belopp == 156)
    }
}
