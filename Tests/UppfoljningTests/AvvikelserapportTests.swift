import Foundation
import LedgerInput
import Testing
import Input
import Uppfoljning

/// The deviation report on the example ledger, whose yearly sums are the published 2018 figures
/// (notebooks-data/uppfoljning-exempel/README.md), with Landstingsservice's August prognosis stored by hand
/// as the ledger tests store it: the report gives the published rows, bridge and net results.
@Suite("Avvikelserapport 2018")
struct AvvikelserapportTests {
    /// The example ledger with Landstingsservice's August prognosis (`prognos_2018_08`) stored by hand, and
    /// the report for 2018.
    static func rapport(_ l: Testliggare) throws -> Avvikelserapport {
        let liggare = try Liggare.oppna(l.fil)
        let mapp = Projekt.exempel
        _ = try liggare.importera(try Bokforingsfil.las(mapp.appendingPathComponent("utfall.csv")), som: .utfall)
        _ = try liggare.importera(try Bokforingsfil.las(mapp.appendingPathComponent("budget.csv")), som: .budget)
        try liggare.placera(try Organisationsfil.las(mapp.appendingPathComponent("organisation.csv")))
        let tabell = try Publicerat("landstingsservice-2018.csv")
        let poster = try Exempelgenerator.serier().filter { $0.enhet == "Landstingsservice" }.map { s in
            Prognospost(nyckel: Serienyckel(enhet: s.enhet, konto: s.konto),
                        prognos: try #require(try tabell.rad(s.konto).tal("prognos_2018_08")) * 1000)
        }
        try liggare.spara(Prognosversion(ar: 2018, gjordEfter: 8, upphov: .hand, kommentar: "delårsrapport per 31/8",
                                         skapad: Date(timeIntervalSince1970: 1_536_000_000), poster: poster))
        return try Avvikelserapport(ar: 2018, utfall: liggare.arssummor(.utfall, ar: 2018), budget: liggare.arssummor(.budget, ar: 2018),
                                    prognoser: liggare.prognosversioner(ar: 2018), organisation: liggare.organisation(),
                                    utfallsperioder: nil)
    }

    @Test("Landstingsservice row by row: outcome, budget and deviation as printed (regionstyrelsen-2019-02-13.txt:12549–12577)")
    func landstingsserviceRader() throws {
        let l = try Testliggare()
        defer { l.taBort() }
        let r = try Self.rapport(l)
        let tabell = try Publicerat("landstingsservice-2018.csv")
        let rader = r.rader(.konto).filter { $0.enhet == "Landstingsservice" }
        #expect(rader.count == 11)
        for rad in rader {
            let publicerad = try tabell.rad(try #require(rad.konto))
            #expect(rad.utfall == (try #require(publicerad.tal("utfall_2018"))) * 1000, "\(rad.namn)")
            #expect(rad.budget == (try #require(publicerad.tal("budget_2018"))) * 1000, "\(rad.namn)")
            #expect(rad.prognoser == [try #require(publicerad.tal("prognos_2018_08")) * 1000], "\(rad.namn)")
            // The printed deviation is of the unrounded amounts, so within one tkr of the printed columns'.
            #expect(abs(try #require(rad.avvikelseBudget) / 1000 - (try #require(publicerad.tal("avvikelse_2018")))) <= 1, "\(rad.namn)")
            #expect(rad.avvikelsePrognos == (try #require(rad.prognoser[0])) - rad.utfall)
        }
    }

    @Test("Landstingsservice: the prognosis deviations per row make the bridge (regionstyrelsen-2019-02-13.txt:12980–13026)")
    func landstingsserviceBrygga() throws {
        let l = try Testliggare()
        defer { l.taBort() }
        let r = try Self.rapport(l)
        var avvikelse: [String: Double] = [:]
        for rad in r.rader(.konto) where rad.enhet == "Landstingsservice" {
            let d: Double = try #require(rad.avvikelsePrognos)
            avvikelse[rad.namn] = d
        }
        let brygga = try Publicerat("landstingsservice-prognosforklaring.csv")
        for (rader, orsaker) in Dictionary(grouping: brygga.rader.filter { $0.text("slag") == "orsak" }, by: { $0.text("rader") }) {
            let konton = rader.split(separator: "|").map(String.init)
            // The bridge explains outcome − prognosis, the report's deviation is prognosis − outcome.
            let tkr = -konton.map { avvikelse[$0] ?? 0 }.reduce(0, +) / 1000
            let forklarat = orsaker.compactMap { $0.tal("belopp") }.reduce(0, +)
            #expect(abs(tkr - forklarat) <= Double(2 * konton.count + orsaker.count) / 2, "\(rader): \(tkr) mot \(forklarat)")
        }
    }

    @Test("Landstingsservice's net result: +9,5 mnkr against the August prognosis +2,7 (lines 12930, 12937), 6 814 tkr better")
    func landstingsserviceResultat() throws {
        let l = try Testliggare()
        defer { l.taBort() }
        let r = try Self.rapport(l)
        let forvaltning = try #require(r.rader(.forvaltning).first { $0.namn == "Landstingsservice" })
        let enhet = try #require(r.rader(.enhet).first { $0.enhet == "Landstingsservice" })
        #expect(forvaltning.utfall == enhet.utfall && forvaltning.prognoser == enhet.prognoser)
        #expect(PubliceradeFallTests.mnkr(forvaltning.resultat / 1000) == 9.5)
        #expect(PubliceradeFallTests.mnkr(-(try #require(forvaltning.prognoser[0])) / 1000) == 2.7)
        // Outcome −9 497 tkr (the rows' sum; printed −9 499), prognosis −2 683 (line 12980): −2 683 + 9 497.
        #expect(forvaltning.avvikelsePrognos == 6_814_000)
        // Budget −9 998 tkr as the rows sum (printed −10 000, line 12583): −9 998 + 9 497 = −501.
        #expect(forvaltning.avvikelseBudget == -501_000)
    }

    @Test("Landstingsgemensamt +31,3 and the stab +1,4 against budget (lines 6861, 5936, 7345, 6000); their August prognoses are not per row, so none, and the total carries their budget")
    func forvaltningar() throws {
        let l = try Testliggare()
        defer { l.taBort() }
        let r = try Self.rapport(l)
        let gemensamt = try #require(r.rader(.forvaltning).first { $0.namn == "Landstingsgemensamt" })
        let stab = try #require(r.rader(.forvaltning).first { $0.namn == "Landstingsdirektörens stab" })
        #expect(gemensamt.avvikelseBudget == 31_255_000)
        #expect(PubliceradeFallTests.mnkr(try #require(gemensamt.avvikelseBudget) / 1000) == 31.3)
        // Stab: budget 116 811 tkr as its rows sum (printed 116 810), outcome 115 388: 1 423 as printed.
        #expect(stab.avvikelseBudget == 1_423_000)
        #expect(PubliceradeFallTests.mnkr(try #require(stab.avvikelseBudget) / 1000) == 1.4)
        #expect(gemensamt.prognoser == [nil] && stab.prognoser == [nil])
        // The total carries the budget forward for the eight series outside Landstingsservice (three units'
        // Nettokostnad, the stab's five rows): budget 1 216 231 − Landstingsservice's −9 998 + its prognosis −2 683 tkr.
        #expect(r.totalt.prognoser == [1_223_546_000] && r.totalt.budgetFramford == [8])
        // "9 Finansen" has outcome 6 and no budget (line 5934): budgeted at 0, deviation −6.
        let finansen = try #require(r.rader(.konto).first { $0.konto == "9 Finansen" })
        #expect(finansen.budget == 0 && finansen.avvikelseBudget == -6_000)
        // The total is the three förvaltningar: 31 255 + 1 423 − 501 tkr.
        #expect(r.totalt.avvikelseBudget == 32_177_000 && r.rader(.namnd).map(\.avvikelseBudget) == [32_177_000])
    }

    @Test("Each level comes in its turn, largest deviation against budget first")
    func sortering() throws {
        let l = try Testliggare()
        defer { l.taBort() }
        let r = try Self.rapport(l)
        #expect(r.rader.map(\.niva) == r.rader.map(\.niva).sorted { Organisationsniva.allCases.firstIndex(of: $0)! < Organisationsniva.allCases.firstIndex(of: $1)! })
        for niva in Organisationsniva.allCases {
            let storlek = r.rader(niva).map { abs($0.avvikelseBudget ?? 0) }
            #expect(storlek == storlek.sorted(by: >), "\(niva)")
        }
        // Förvaltningar 31 255, 1 423, −501 tkr; units led by LS Anslag's 23 845 (line 6857).
        #expect(r.rader(.forvaltning).map(\.namn) == ["Landstingsgemensamt", "Landstingsdirektörens stab", "Landstingsservice"])
        #expect(r.rader(.enhet).first?.namn == "LS Anslag" && r.rader(.konto).first?.enhet == "183")
        // Landstingsservice's rows led by Intäkter 20 611 and Kapitalkostnad −13 077 (lines 12549, 12577).
        #expect(r.rader(.konto).filter { $0.enhet == "Landstingsservice" }.prefix(2).map(\.namn) == ["Intäkter", "Kapitalkostnad"])
    }
}
