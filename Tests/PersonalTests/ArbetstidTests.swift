import Foundation
import Testing
@testable import Befolkning
@testable import Personal

/// Working time (sick leave by year, employment rate, the full-time lever) and the region's own training,
/// each against a hand calculation on Testpersonal's constructed workforce.
@Suite("Arbetstid och egen utbildning")
struct ArbetstidTests {
    private let vard = Segment(grupp: "sköterska", omrade: "vård"), annat = Segment(grupp: "sköterska", omrade: "annat")

    /// 100 persons at 80 % in 20–44 and 50 at 90 % in 45–65, salary 30 000 kr, 4 hired FTE in the base year 2020
    /// (their cost at Testpersonal's 1 700 h × 600 kr) and `vakanser` FTE of base-year gap.
    private func modell() throws -> Personalmodell {
        try Personalmodell(basar: 2020, bestand: try Personalbestand(aldersband: try Aldersband([20...44, 45...65]), rader: [
                               .init(segment: vard, band: 0, antal: 100, arsarbetare: 80, manadslon: 30_000),
                               .init(segment: vard, band: 1, antal: 50, arsarbetare: 45, manadslon: 30_000),
                           ]),
                           inhyrdKostnad: [vard: 4 * 1_700 * 600], vardtyngd: Testpersonal.vardtyngd,
                           befolkning: Testpersonal.konstantBefolkning(basar: 2020, ar: 8))
    }

    @Test("The full-time lever adds persons × Δrate × (1 − sick leave) of own FTE in its first year; hired FTE fall by as much up to the cap")
    func heltidForstaAret() throws {
        let m = try modell()
        // No recruitment, so the headcount is the same with and without the lever.
        for (mal, ar, vakanser) in [(0.85, 2021, 0.0), (0.95, 2022, 0.0), (0.85, 2021, 20.0), (0.95, 2022, 20.0)] {
            var utan = Testpersonal.antaganden(horisont: 3, omsattning: 0.1, kapacitet: 0)
            utan.grupper["sköterska"]!.vakanser = vakanser
            var med = utan
            med.grupper["sköterska"]!.heltid = Heltid(mal: mal, ar: ar)
            let (p, q) = (try m.berakna(utan), try m.berakna(med))
            let (r, s) = (p.rader[1][0], q.rader[1][0])
            #expect(r.antalPerBand == s.antalPerBand && r.behov == s.behov)
            // The first year moves 1 / (ar − 2020) of the way from each band's rate (80 %, 90 %) to the target;
            // a band above the target keeps its rate.
            let steg = 1 / Double(ar - 2020)
            let delta = [0.8, 0.9].map { max(0, mal - $0) * steg }
            let extra = zip(r.antalPerBand, delta).reduce(0) { $0 + $1.0 * $1.1 } * (1 - 0.05)
            #expect(abs(s.egna - r.egna - extra) < 1e-9, "\(mal) \(ar)")
            // Hired FTE: the gap after own staff, at most the cap of 10 % of the need; the rest is unmet.
            let tak = 0.1 * r.behov
            #expect(abs(r.inhyrda - min(r.behov - r.egna, tak)) < 1e-9)
            #expect(abs(s.inhyrda - min(max(0, r.behov - r.egna - extra), tak)) < 1e-9, "\(mal) \(ar) \(vakanser)")
            #expect(abs(s.ejTackt - max(0, r.behov - r.egna - extra - tak)) < 1e-9)
            // Own cost: the added paid FTE at 30 000 kr × 12 × (1 + PO 40 %), indexed 2 %.
            let lon = zip(r.antalPerBand, delta).reduce(0) { $0 + $1.0 * $1.1 } * 30_000 * 12 * 1.4 * 1.02
            #expect(abs(s.egenKostnad - r.egenKostnad - lon) < 1e-6)
        }
        // The cases above cover both sides of the cap: with 20 FTE of vacancies hired FTE stay at the cap.
        var a = Testpersonal.antaganden(horisont: 1, omsattning: 0.1, kapacitet: 0)
        a.grupper["sköterska"]!.vakanser = 20
        a.grupper["sköterska"]!.heltid = Heltid(mal: 0.85, ar: 2021)
        let r = try m.berakna(a).rader[1][0]
        #expect(abs(r.inhyrda - 0.1 * r.behov) < 1e-9 && r.ejTackt > 0)
    }

    @Test("Stock and flow add up with the full-time lever, a sick-leave path and the region's own training")
    func bevarande() throws {
        let m = try modell()
        var a = Testpersonal.antaganden(horisont: 8, omsattning: 0.08, kapacitet: 3)
        a.grupper["sköterska"]!.heltid = Heltid(mal: 0.95, ar: 2025, fran: 2022)
        a.grupper["sköterska"]!.utbildning = Utbildning(platser: 4, ar: 2, fullfoljer: 0.75, kostnad: 400_000)
        a.sjukfranvaroFran = [2023: 0.07, 2026: 0.04]
        let p = try m.berakna(a)
        for t in 1..<p.ar.count {
            let (fore, nu) = (p.rader[t - 1][0], p.rader[t][0])
            #expect(abs(fore.antal + nu.anstallningar - nu.pensionsavgangar - nu.ovrigaAvgangar - nu.antal) < 1e-9, "\(p.ar[t])")
            #expect(abs(nu.antalPerBand.reduce(0, +) - nu.antal) < 1e-9)
            // Recruitment stays within its capacity; the trainees come on top.
            #expect(nu.anstallningar - nu.franUtbildning <= 3 + 1e-9)
            #expect(abs(nu.egna + nu.inhyrda + nu.ejTackt - max(nu.behov, nu.egna)) < 1e-9)
        }
    }

    @Test("A sick-leave path: constant it is the single level; a step changes own FTE from its year on")
    func sjukfranvaroPerAr() throws {
        let m = try modell()
        let niva = Testpersonal.antaganden(horisont: 5, kapacitet: 0)
        var konstant = niva
        konstant.sjukfranvaro = 0.09
        konstant.sjukfranvaroFran = [2020: 0.05, 2023: 0.05]
        #expect(try m.berakna(konstant) == m.berakna(niva))
        var steg = niva
        steg.sjukfranvaroFran = [2023: 0.08]
        let (p, q) = (try m.berakna(niva), try m.berakna(steg))
        for t in p.ar.indices {
            let r = p.rader[t][0], s = q.rader[t][0]
            // Without hires the headcount is the same; own FTE scale by (1 − 8 %) / (1 − 5 %) from 2023 on.
            #expect(r.antal == s.antal)
            let faktor = p.ar[t] >= 2023 ? 0.92 / 0.95 : 1
            #expect(abs(s.egna - r.egna * faktor) < 1e-9, "\(p.ar[t])")
        }
    }

    @Test("Own training: nothing arrives before the base year + its years, then places × completion a year")
    func utbildning() throws {
        // Two areas of the same group, so the trainees are spread over them.
        let m = try Personalmodell(basar: 2020, bestand: try Personalbestand(aldersband: try Aldersband([20...44, 45...65]), rader: [
                                       .init(segment: vard, band: 0, antal: 100, arsarbetare: 80, manadslon: 30_000),
                                       .init(segment: vard, band: 1, antal: 50, arsarbetare: 45, manadslon: 30_000),
                                       .init(segment: annat, band: 0, antal: 30, arsarbetare: 30, manadslon: 31_000),
                                       .init(segment: annat, band: 1, antal: 20, arsarbetare: 15, manadslon: 33_000),
                                   ]),
                                   inhyrdKostnad: [:], vardtyngd: Testpersonal.vardtyngd,
                                   befolkning: Testpersonal.konstantBefolkning(basar: 2020, ar: 8))
        let utan = Testpersonal.antaganden(horisont: 8, omsattning: 0.1, kapacitet: 0)
        var med = utan
        med.grupper["sköterska"]!.utbildning = Utbildning(platser: 10, ar: 3, fullfoljer: 0.9, kostnad: 500_000)
        let (p, q) = (try m.berakna(utan), try m.berakna(med))
        for t in 1..<q.ar.count {
            let year = q.ar[t], r = q.grupp("sköterska", t)
            // Cohorts start every year from 2020; the 2020 cohort joins in 2023, 90 % of 10.
            #expect(abs(r.franUtbildning - (year >= 2023 ? 9 : 0)) < 1e-9, "\(year)")
            // In training: the cohorts of 2020…year still within their three years.
            #expect(abs(r.iUtbildning - 10 * Double(min(3, year - 2020 + 1))) < 1e-9, "\(year)")
            // No recruitment capacity: every hire is a completed trainee.
            #expect(abs(r.anstallningar - r.franUtbildning) < 1e-9)
        }
        // Before the first arrivals the stock is the same and the own cost differs by the posts: 20 in 2021 and
        // 30 in 2022 at 500 000 kr, indexed 2 % a year.
        #expect(abs(q.totalt(1).egenKostnad - p.totalt(1).egenKostnad - 20 * 500_000 * 1.02) < 1e-6)
        #expect(abs(q.totalt(2).egenKostnad - p.totalt(2).egenKostnad - 30 * 500_000 * 1.02 * 1.02) < 1e-6)
        #expect(q.totalt(2).antal == p.totalt(2).antal && q.totalt(3).antal > p.totalt(3).antal)
    }

    @Test("A lever that reaches its target before it starts, and impossible training, are refused")
    func felaktigt() throws {
        let m = try modell()
        var a = Testpersonal.antaganden()
        a.grupper["sköterska"]!.heltid = Heltid(mal: 0.95, ar: 2020)
        #expect(throws: PersonalFel.self) { try m.berakna(a) }
        a.grupper["sköterska"]!.heltid = Heltid(mal: 0.95, ar: 2025, fran: 2019)
        #expect(throws: PersonalFel.self) { try m.berakna(a) }
        a.grupper["sköterska"]!.heltid = nil
        a.grupper["sköterska"]!.utbildning = Utbildning(platser: 5, ar: 0, fullfoljer: 0.9)
        #expect(throws: PersonalFel.self) { try m.berakna(a) }
    }
}
