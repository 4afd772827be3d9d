import Testing
@testable import Befolkning
@testable import Personal

@Suite("Personalmodellen")
struct PersonalmodellTests {
    private func modell(_ rader: [Personalbestand.Rad], band: [ClosedRange<Int>], inhyrda: [Segment: Double] = [:],
                        ar: Int = 10) throws -> Personalmodell {
        try Personalmodell(basar: 2020, bestand: try Personalbestand(aldersband: try Aldersband(band), rader: rader),
                           inhyrda: inhyrda, vardtyngd: Testpersonal.vardtyngd,
                           befolkning: Testpersonal.konstantBefolkning(basar: 2020, ar: ar))
    }

    private let vard = Segment(grupp: "sköterska", omrade: "vård"), annat = Segment(grupp: "sköterska", omrade: "annat")

    @Test("Without recruitment and turnover only ageing and retirement remain (hand-computed)")
    func baraAldrandeOchPension() throws {
        // Bands 20–21 and 22–23 (width 2: half of a band moves up each year); retirement 0 and 50 %.
        let m = try modell([.init(segment: vard, band: 0, antal: 100, arsarbetare: 100, manadslon: 30_000),
                            .init(segment: vard, band: 1, antal: 50, arsarbetare: 50, manadslon: 30_000)],
                           band: [20...21, 22...23])
        let a = Testpersonal.antaganden(horisont: 1, omsattning: 0, kapacitet: 0, pensionering: [0, 0.5])
        let p = try m.berakna(a)
        let r = p.rader[1][0]
        // Band 0: 100 stay, half age → 50 remain, 50 move up. Band 1: 25 of 50 retire, 25 stay, of whom half
        // (12,5) age out of the last band and retire; band 1 ends with 12,5 + 50 = 62,5.
        #expect(r.antal == 50 + 62.5)
        #expect(r.pensionsavgangar == 25 + 12.5)
        #expect(r.ovrigaAvgangar == 0 && r.anstallningar == 0)
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
