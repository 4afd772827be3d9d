import Foundation
import Testing
@testable import Befolkning
@testable import Personal

@Suite("Personalmodellen")
struct PersonalmodellTests {
    /// A model of `rader` with `inhyrda` hired FTE in the base year, given as their cost at Testpersonal's
    /// 1 700 hours × 600 kr.
    private func modell(_ rader: [Personalbestand.Rad], band: [ClosedRange<Int>], inhyrda: [Segment: Double] = [:],
                        ar: Int = 10) throws -> Personalmodell {
        try Personalmodell(basar: 2020, bestand: try Personalbestand(aldersband: try Aldersband(band), rader: rader),
                           inhyrdKostnad: inhyrda.mapValues { $0 * 1_700 * 600 }, vardtyngd: Testpersonal.vardtyngd,
                           befolkning: Testpersonal.konstantBefolkning(basar: 2020, ar: ar))
    }

    private let vard = Segment(grupp: "sköterska", omrade: "vård"), annat = Segment(grupp: "sköterska", omrade: "annat")

    @Test("Without recruitment and turnover only ageing and retirement remain (hand-computed)")
    func baraAldrandeOchPension() throws {
        // Bands 20–21 and 22–23, spread over single ages (50 at 20 and at 21, 25 at 22 and at 23); retirement
        // 50 % a year at 22 and 23; those growing past 23 retire.
        let m = try modell([.init(segment: vard, band: 0, antal: 100, arsarbetare: 100, manadslon: 30_000),
                            .init(segment: vard, band: 1, antal: 50, arsarbetare: 50, manadslon: 30_000)],
                           band: [20...21, 22...23])
        let a = Testpersonal.antaganden(horisont: 1, omsattning: 0, kapacitet: 0, pensionering: [22: 0.5, 23: 0.5])
        let p = try m.berakna(a)
        let r = p.rader[1][0]
        // 20 → 21 (50), 21 → 22 (50); at 22 12,5 of 25 retire and 12,5 turn 23; at 23 12,5 retire and 12,5 grow
        // past 23 and retire: 50 + 50 + 12,5 remain, 12,5 + 12,5 + 12,5 retire.
        #expect(r.antal == 50 + 62.5)
        #expect(r.pensionsavgangar == 25 + 12.5)
        #expect(r.ovrigaAvgangar == 0 && r.anstallningar == 0)
    }

    @Test("Without hires and exits the age structure moves one year a year")
    func aldrandeEttArPerAr() throws {
        // Ten persons at each age 20–29 (band 20–29), none older; no retirement below 70, no turnover.
        let m = try modell([.init(segment: vard, band: 0, antal: 100, arsarbetare: 100, manadslon: 30_000),
                            .init(segment: vard, band: 1, antal: 0, arsarbetare: 0, manadslon: 30_000)],
                           band: [20...29, 30...39])
        let p = try m.berakna(Testpersonal.antaganden(horisont: 10, omsattning: 0, kapacitet: 0, pensionering: [70: 1]))
        for t in p.ar.indices {
            // After t years the ages are 20 + t … 29 + t: 10 − t of them still in 20–29, t in 30–39.
            #expect(abs(p.rader[t][0].antalPerBand[0] - Double(10 * (10 - t))) < 1e-9, "\(p.ar[t])")
            #expect(abs(p.rader[t][0].antalPerBand[1] - Double(10 * t)) < 1e-9, "\(p.ar[t])")
        }
    }

    @Test("Turnover falls with age and the group's base-year turnover is its level")
    func omsattningEfterAlder() throws {
        // 60 persons in 20–29 and 40 in 30–39; factors 2 and 1: mean factor (60·2 + 40·1) / 100 = 1,6, so the
        // rates are 10 % · 2 / 1,6 = 12,5 % and 10 % / 1,6 = 6,25 %, and 60 · 12,5 % + 40 · 6,25 % = 10 leave.
        let m = try modell([.init(segment: vard, band: 0, antal: 60, arsarbetare: 60, manadslon: 30_000),
                            .init(segment: vard, band: 1, antal: 40, arsarbetare: 40, manadslon: 30_000)],
                           band: [20...29, 30...39])
        var a = Testpersonal.antaganden(horisont: 1, omsattning: 0.1, kapacitet: 0, pensionering: [70: 1])
        a.avgangar.omsattningsfaktor = Dictionary(uniqueKeysWithValues: (20...29).map { ($0, 2.0) } + (30...39).map { ($0, 1.0) })
        let r = try m.berakna(a).rader[1][0]
        #expect(abs(r.ovrigaAvgangar - 10) < 1e-9)
        // Six at each age 20–29; a year later ages 21–29 hold what is left of 20–28 after 12,5 % left.
        #expect(abs(r.antalPerBand[0] - 9 * 6 * 0.875) < 1e-9)
    }

    @Test("The pension-age lever moves retirement a year later")
    func pensionsforskjutning() throws {
        // Ten at each age 60–69; retirement 50 % at 65, everyone from 66 (above the oldest age given).
        let m = try modell([.init(segment: vard, band: 0, antal: 100, arsarbetare: 100, manadslon: 30_000)], band: [60...69])
        var a = Testpersonal.antaganden(horisont: 1, omsattning: 0, kapacitet: 0, band: 1, pensionering: [65: 0.5])
        // 65: 5 retire; 66–69: 40 retire → 45; the lever +1: 66: 5, 67–69: 30 → 35.
        #expect(abs(try m.berakna(a).rader[1][0].pensionsavgangar - 45) < 1e-9)
        a.avgangar.pensionsforskjutning = 1
        #expect(abs(try m.berakna(a).rader[1][0].pensionsavgangar - 35) < 1e-9)
    }

    @Test("Stock and flow add up: start + hires − retirements − leavers = end, every segment and year")
    func bevarande() throws {
        var rader: [Personalbestand.Rad] = []
        for (s, antal) in [(vard, [40.0, 60, 30]), (annat, [10.0, 20, 25])] {
            for (b, n) in antal.enumerated() { rader.append(.init(segment: s, band: b, antal: n, arsarbetare: n * 0.9, manadslon: 35_000)) }
        }
        let m = try modell(rader, band: [20...34, 35...49, 50...65], inhyrda: [vard: 3])
        let p = try m.berakna(Testpersonal.antaganden(horisont: 8, omsattning: 0.08, kapacitet: 9, band: 3))
        for t in 1..<p.ar.count {
            for s in p.segment.indices {
                let fore = p.rader[t - 1][s], nu = p.rader[t][s]
                #expect(abs(fore.antal + nu.anstallningar - nu.pensionsavgangar - nu.ovrigaAvgangar - nu.antal) < 1e-9,
                        "\(p.segment[s]) \(p.ar[t])")
                // Need is covered by own staff, hired staff and unmet need together.
                #expect(abs(nu.egna + nu.inhyrda + nu.ejTackt - max(nu.behov, nu.egna)) < 1e-9)
            }
            // The group's hires never exceed its capacity.
            #expect(p.grupp("sköterska", t).anstallningar <= 9 + 1e-9)
        }
    }

    @Test("With an unchanged population the need stays at the base year's need")
    func ofordandratBehov() throws {
        let m = try modell([.init(segment: vard, band: 0, antal: 100, arsarbetare: 80, manadslon: 30_000),
                            .init(segment: vard, band: 1, antal: 50, arsarbetare: 45, manadslon: 30_000)],
                           band: [20...44, 45...65], inhyrda: [vard: 4])
        let p = try m.berakna(Testpersonal.antaganden(horisont: 6))
        // Base need: own working FTE (80 + 45) × (1 − 0,05) plus 4 hired.
        let bas = 125 * 0.95 + 4
        #expect(abs(p.rader[0][0].behov - bas) < 1e-9)
        for t in p.ar.indices { #expect(abs(p.rader[t][0].behov - bas) < 1e-9) }
    }

    @Test("Unmet need is priced as hiring it, beside the booked cost: less recruitment never lowers the two together")
    func ejTacktKostar() throws {
        // Turnover 10 % a year and a constant population: without enough hires the gap grows past the 10 % hire limit.
        let m = try modell([.init(segment: vard, band: 0, antal: 100, arsarbetare: 100, manadslon: 30_000),
                            .init(segment: vard, band: 1, antal: 50, arsarbetare: 50, manadslon: 30_000)],
                           band: [20...44, 45...65])
        let kapaciteter: [Double] = [0, 2, 5, 10, 20]
        let prognoser = try kapaciteter.map { try m.berakna(Testpersonal.antaganden(horisont: 8, kapacitet: $0)) }
        for t in 1..<prognoser[0].ar.count {
            let r = prognoser[0].totalt(t)
            // Priced as hired: FTE × 1 700 h × 600 kr, indexed 2 % a year (Testpersonal's assumptions).
            #expect(abs(r.ejTacktKostnad - r.ejTackt * 1_700 * 600 * pow(1.02, Double(t))) < 1e-6)
            #expect(r.ejTackt > 0, "\(prognoser[0].ar[t])")
            // The booked cost leaves it out.
            #expect(prognoser[0].personalkostnad(t) == r.egenKostnad + r.inhyrdKostnad)
            for (lagre, hogre) in zip(prognoser, prognoser.dropFirst()) {
                #expect(lagre.totalt(t).ejTackt >= hogre.totalt(t).ejTackt - 1e-9)
                #expect(lagre.kostnadMedEjTackt(t) >= hogre.kostnadMedEjTackt(t) - 1e-6, "\(lagre.ar[t])")
            }
        }
        // Priced as own staff instead: the segment's salary × 12 × (1 + PO 40 %) per FTE left after 5 % sick leave.
        var egen = Testpersonal.antaganden(horisont: 1, kapacitet: 0)
        egen.ejTacktPris = .egen
        let r = try m.berakna(egen).totalt(1)
        #expect(abs(r.ejTacktKostnad - r.ejTackt * 30_000 * 12 * 1.4 / 0.95 * 1.02) < 1e-6)
    }

    @Test("Price and hours set the hired volume: a what-if on them leaves the base year's reported cost and changes later years")
    func prisKalibrerarVolym() throws {
        let m = try modell([.init(segment: vard, band: 0, antal: 100, arsarbetare: 80, manadslon: 30_000),
                            .init(segment: vard, band: 1, antal: 50, arsarbetare: 45, manadslon: 30_000)],
                           band: [20...44, 45...65], inhyrda: [vard: 4])
        let bas = Testpersonal.antaganden(horisont: 3, kapacitet: 0)
        var dyrare = bas
        dyrare.grupper["sköterska"]!.timpris = 900
        var farreTimmar = bas
        farreTimmar.timmarPerArsarbetare = 1_500
        let p = try [bas, dyrare, farreTimmar].map { try m.berakna($0) }
        // The reported cost: 4 FTE × 1 700 h × 600 kr, whatever the scenario's price and hours.
        for q in p { #expect(abs(q.rader[0][0].inhyrdKostnad - 4 * 1_700 * 600) < 1e-6) }
        // The volume: the cost over the scenario's price and hours.
        #expect(abs(p[1].rader[0][0].inhyrda - 4 * 600 / 900) < 1e-9)
        #expect(abs(p[2].rader[0][0].inhyrda - 4 * 1_700 / 1_500) < 1e-9)
        #expect(p[1].rader[3][0].inhyrdKostnad != p[0].rader[3][0].inhyrdKostnad)
        // Without a price the reported cost cannot become FTE.
        var utanPris = bas
        utanPris.grupper["sköterska"]!.timpris = 0
        #expect(throws: PersonalFel.self) { try m.berakna(utanPris) }
    }

    @Test("A batch of scenarios equals the scenarios computed one by one")
    func batch() throws {
        let m = try modell([.init(segment: vard, band: 0, antal: 100, arsarbetare: 80, manadslon: 30_000),
                            .init(segment: vard, band: 1, antal: 50, arsarbetare: 45, manadslon: 32_000),
                            .init(segment: annat, band: 0, antal: 30, arsarbetare: 30, manadslon: 31_000),
                            .init(segment: annat, band: 1, antal: 20, arsarbetare: 15, manadslon: 33_000)],
                           band: [20...44, 45...65], inhyrda: [vard: 4])
        let scenarier = [Testpersonal.antaganden(), Testpersonal.antaganden(kapacitet: 5),
                         Testpersonal.antaganden(omsattning: 0.2), Testpersonal.antaganden(horisont: 3, kapacitet: 2)]
        #expect(try m.berakna(scenarier) == scenarier.map { try m.berakna($0) })
    }

    @Test("Overlapping age bands, gaps, FTE above headcount and missing bands are refused")
    func felaktigt() throws {
        #expect(throws: PersonalFel.self) { try Aldersband([20...30, 30...40]) }
        #expect(throws: PersonalFel.self) { try Aldersband([20...29, 31...40]) }
        #expect(throws: PersonalFel.self) {
            try Personalbestand(aldersband: try Aldersband([20...29]),
                                rader: [.init(segment: vard, band: 0, antal: 10, arsarbetare: 11, manadslon: 1)])
        }
        #expect(throws: PersonalFel.self) {
            try Personalbestand(aldersband: try Aldersband([20...29, 30...39]),
                                rader: [.init(segment: vard, band: 0, antal: 10, arsarbetare: 9, manadslon: 1)])
        }
    }
}
