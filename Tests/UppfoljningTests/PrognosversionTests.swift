import Foundation
import Input
import LedgerInput
import Testing
import Uppfoljning

/// Prognosis versions and the organisation tree in the ledger: stored as given, read back, and refused
/// whole when any part is wrong.
@Suite("Prognosversioner och organisation")
struct PrognosversionTests {
    static let tid = Date(timeIntervalSince1970: 1_535_760_000)  // 2018-09-01 00:00 UTC

    @Test("Versions made by a method and by hand come back as stored, sorted by the month they were made after")
    func sparaOchLas() throws {
        let l = try Testliggare()
        defer { l.taBort() }
        try l.importera(export(["182;4010;2018-01;5", "182;3010;2018-01;-5"]), som: .utfall)
        let liggare = try Liggare.oppna(l.fil)
        let hand = Prognosversion(ar: 2018, gjordEfter: 8, upphov: .hand, kommentar: "delårsrapporten per 31/8", skapad: Self.tid,
                                  poster: [Prognospost(nyckel: Serienyckel(enhet: "182", konto: "4010"), prognos: 60.5)])
        let intervall = Prognospost.Intervall(p2_5: 40, p10: 50, p90: 70, p97_5: 80)
        let metod = Prognosversion(ar: 2018, gjordEfter: 4, upphov: .metod("runrate"), kommentar: "", skapad: Self.tid.addingTimeInterval(60),
                                   poster: [Prognospost(nyckel: Serienyckel(enhet: "182", konto: "4010"), prognos: 60, intervall: intervall),
                                            Prognospost(nyckel: Serienyckel(enhet: "182", konto: "3010"), prognos: -60)])
        let idHand = try liggare.spara(hand)
        let idMetod = try liggare.spara(metod)
        let lasta = try liggare.prognosversioner(ar: 2018)
        #expect(lasta.map(\.id) == [idMetod, idHand])
        #expect(lasta[0].upphov == .metod("runrate") && lasta[0].gjordEfter == 4 && lasta[0].skapad == metod.skapad)
        #expect(lasta[0].poster.map(\.nyckel.konto) == ["3010", "4010"])
        #expect(lasta[0].poster[1].intervall == intervall && lasta[0].poster[0].intervall == nil)
        #expect(lasta[1].upphov == .hand && lasta[1].kommentar == "delårsrapporten per 31/8" && lasta[1].poster[0].prognos == 60.5)
        #expect(try liggare.prognosversioner(ar: 2019).isEmpty)
    }

    @Test("Saving a method's version again for the same month replaces it; by hand both stay; comment and remove")
    func ersattKommenteraTaBort() throws {
        let l = try Testliggare()
        defer { l.taBort() }
        try l.importera(export(["182;4010;2018-01;5"]), som: .utfall)
        let liggare = try Liggare.oppna(l.fil)
        func version(_ upphov: Prognosversion.Upphov, _ prognos: Double, manad: Int = 8) -> Prognosversion {
            Prognosversion(ar: 2018, gjordEfter: manad, upphov: upphov, kommentar: "", skapad: Self.tid,
                           poster: [Prognospost(nyckel: Serienyckel(enhet: "182", konto: "4010"), prognos: prognos)])
        }
        let forsta = try liggare.spara(version(.metod("profil"), 60))
        let andra = try liggare.spara(version(.metod("profil"), 61))
        let april = try liggare.spara(version(.metod("profil"), 55, manad: 4))
        let hand1 = try liggare.spara(version(.hand, 62)), hand2 = try liggare.spara(version(.hand, 63))
        var lista = try liggare.versionslista()
        // (SQLite may give the replacing version the replaced one's id: it was the largest.)
        #expect(Set(lista.map(\.id)) == [andra, april, hand1, hand2] && lista.count == 4 && forsta <= andra)
        let augusti = try liggare.prognosversioner(ar: 2018).filter { $0.upphov == .metod("profil") && $0.gjordEfter == 8 }
        #expect(augusti.count == 1 && augusti.first?.poster.first?.prognos == 61)
        #expect(lista.allSatisfy { $0.antal == 1 })
        try liggare.kommentera(version: hand1, "Landstingsservice, prognosförklaring augusti")
        try liggare.taBort(version: april)
        lista = try liggare.versionslista()
        #expect(lista.map(\.id).sorted() == [andra, hand1, hand2].sorted())
        #expect(lista.first { $0.id == hand1 }?.kommentar == "Landstingsservice, prognosförklaring augusti")
        let fore = try l.innehall()
        #expect(throws: LiggarFel.self) { try liggare.taBort(version: april) }
        #expect(throws: LiggarFel.self) { try liggare.kommentera(version: 999, "x") }
        #expect(try l.innehall() == fore)
        // The removed version's amounts are gone with it.
        #expect(!fore.contains { $0.hasPrefix("prognosbelopp: \(april)|") })
    }

    @Test("A förvaltning's prognosis file round-trips: amounts to the öre and each line's prognosförklaring")
    func prognosfil() throws {
        let l = try Testliggare()
        defer { l.taBort() }
        try l.importera(export(["182;4010;2018-01;5", "182;3010;2018-01;-5", "183;4010;2018-01;7"]), som: .utfall)
        let fil = try l.skriv("prognos.csv", """
            Konto;Enhet;ar;Prognos;Kommentar
            4010;182;2018;1 411 006,50;Högre lönekostnader efter avtalet
            3010;182;2018;-71389409;
            4010;183;2018;12,5;"Vakanser; tre tjänster"

            """)
        let poster = try Prognosfil.las(fil, ar: 2018)
        let liggare = try Liggare.oppna(l.fil)
        let id = try liggare.spara(Prognosversion(ar: 2018, gjordEfter: 8, upphov: .hand, kommentar: "Landstingsservice",
                                                  skapad: Self.tid, poster: poster))
        let lasta = try #require(try liggare.prognosversioner(ar: 2018).first { $0.id == id })
        #expect(lasta.upphov == .hand && lasta.gjordEfter == 8 && lasta.kommentar == "Landstingsservice")
        #expect(lasta.poster.map(\.prognos) == [-71_389_409, 1_411_006.5, 12.5])
        #expect(lasta.poster.map(\.kommentar) == [nil, "Högre lönekostnader efter avtalet", "Vakanser; tre tjänster"])
        // A line for another year is refused at its line.
        let annatAr = try l.skriv("fel.csv", "enhet;konto;ar;prognos\n182;4010;2018;5\n182;3010;2019;5\n")
        #expect {
            try Prognosfil.las(annatAr, ar: 2018)
        } throws: { fel in
            guard let fel = fel as? ScenarioFel else { return false }
            return fel.rad == 3 && fel.nyckel == "kolumn 3 (ar)" && fel.problem.contains("förväntade året 2018")
        }
    }

    @Test("A version with an unknown unit, bounds out of order, a month 13 or a NaN is refused and nothing is stored")
    func ogiltiga() throws {
        let l = try Testliggare()
        defer { l.taBort() }
        try l.importera(export(["182;4010;2018-01;5"]), som: .utfall)
        let liggare = try Liggare.oppna(l.fil)
        let fore = try l.innehall()
        let kand = Prognospost(nyckel: Serienyckel(enhet: "182", konto: "4010"), prognos: 1)
        func version(_ poster: [Prognospost], manad: Int = 8) -> Prognosversion {
            Prognosversion(ar: 2018, gjordEfter: manad, upphov: .hand, kommentar: "", skapad: Self.tid, poster: poster)
        }
        let fall = [
            version([kand, Prognospost(nyckel: Serienyckel(enhet: "999", konto: "4010"), prognos: 1)]),
            version([Prognospost(nyckel: kand.nyckel, prognos: 1, intervall: .init(p2_5: 3, p10: 2, p90: 4, p97_5: 5))]),
            version([kand], manad: 13),
            version([Prognospost(nyckel: kand.nyckel, prognos: .nan)]),
            version([kand, kand]),
        ]
        for v in fall {
            #expect(throws: LiggarFel.self) { try liggare.spara(v) }
        }
        #expect(try l.innehall() == fore)
    }

    @Test("Units are placed under förvaltningar and nämnder, moved, and unplaced units are listed apart")
    func organisation() throws {
        let l = try Testliggare()
        defer { l.taBort() }
        try l.importera(export(["182;4010;2018-01;5", "225;4010;2018-01;5", "999;4010;2018-01;5"]), som: .utfall)
        let liggare = try Liggare.oppna(l.fil)
        let andrade = try liggare.placera([
            Placering(enhet: "182", namn: "Politik", forvaltning: "Landstingsgemensamt", namnd: "Landstingsstyrelsen"),
            Placering(enhet: "225", namn: "Hälsoval", forvaltning: "Landstingsgemensamt", namnd: "Landstingsstyrelsen"),
            Placering(enhet: "LS", namn: "Landstingsservice", forvaltning: "Landstingsservice", namnd: "Landstingsstyrelsen"),
        ])
        #expect(andrade == 3)
        #expect(try liggare.placera([Placering(enhet: "225", namn: "Hälsoval", forvaltning: "Landstingsgemensamt", namnd: "Landstingsstyrelsen")]) == 0)
        try liggare.placera([Placering(enhet: "225", namn: "Hälsoval Blekinge", forvaltning: "Hälso- och sjukvård", namnd: "Regionstyrelsen")])
        let o = try liggare.organisation()
        #expect(o.namnder.map(\.namn) == ["Landstingsstyrelsen", "Regionstyrelsen"])
        #expect(o.namnder[0].forvaltningar.map(\.namn) == ["Landstingsgemensamt", "Landstingsservice"])
        #expect(o.namnder[0].forvaltningar[0].enheter.map(\.kod) == ["182"])
        #expect(o.namnder[1].forvaltningar[0].enheter.map(\.namn) == ["Hälsoval Blekinge"])
        #expect(o.oplacerade.map(\.kod) == ["999"])
        #expect(throws: LiggarFel.self) {
            try liggare.placera([Placering(enhet: "1", namn: "a", forvaltning: "f", namnd: "n"),
                                 Placering(enhet: "1", namn: "b", forvaltning: "f", namnd: "n")])
        }
    }

    @Test("An interval holds an outcome within its 80 % and 95 % bounds, bounds included, and keeps its width when moved")
    func intervall() {
        let i = Prognospost.Intervall(p2_5: 40, p10: 50, p90: 70, p97_5: 80)
        #expect([45.0, 50, 60, 70, 75].map(i.inom80) == [false, true, true, true, false])
        #expect([39.0, 40, 45, 80, 81].map(i.inom95) == [false, true, true, true, false])
        #expect(i.flyttad(-15) == Prognospost.Intervall(p2_5: 25, p10: 35, p90: 55, p97_5: 65))
    }
}
