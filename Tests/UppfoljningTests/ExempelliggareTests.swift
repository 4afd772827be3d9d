import Foundation
import LedgerInput
import Testing
import Input
import Uppfoljning
import Vokabular

/// The generated example ledger: the shipped files are what the seeded generator makes, they import, and
/// their yearly totals are the published ones. Set PROGNOS_SKRIV_EXEMPEL=1 to write the files anew after a
/// change to the generator.
@Suite("Exempelliggaren")
struct ExempelliggareTests {
    static let filer = ["utfall.csv", "budget.csv", "organisation.csv", "drivare.csv", "prognos-landstingsservice-2018-08.csv"]

    @Test("The shipped files are what the generator makes with its seed")
    func reproducerbar() throws {
        let genererade = try Exempelgenerator.filer()
        if ProcessInfo.processInfo.environment["PROGNOS_SKRIV_EXEMPEL"] == "1" {
            for (namn, text) in genererade { try Data(text.utf8).write(to: Projekt.exempel.appendingPathComponent(namn)) }
        }
        #expect(Set(genererade.keys) == Set(Self.filer))
        for namn in Self.filer {
            let skeppad = try Data(contentsOf: Projekt.exempel.appendingPathComponent(namn))
            #expect(skeppad == Data(genererade[namn]!.utf8), "\(namn) skiljer sig från generatorns; kör med PROGNOS_SKRIV_EXEMPEL=1")
        }
    }

    /// A ledger with the example imported (outcome, budget, organisation).
    static func liggare(_ l: Testliggare) throws -> Liggare {
        let liggare = try Liggare.oppna(l.fil)
        let mapp = Projekt.exempel
        _ = try liggare.importera(try Bokforingsfil.las(mapp.appendingPathComponent("utfall.csv")), som: .utfall)
        _ = try liggare.importera(try Bokforingsfil.las(mapp.appendingPathComponent("budget.csv")), som: .budget)
        try liggare.placera(try Organisationsfil.las(mapp.appendingPathComponent("organisation.csv")))
        return liggare
    }

    @Test("Imported, its yearly totals are the published outcome 2017 and 2018 and budget 2018 of every row, to the krona")
    func arssummor() throws {
        let l = try Testliggare()
        defer { l.taBort() }
        let liggare = try Self.liggare(l)
        let serier = try Exempelgenerator.serier()
        #expect(serier.count == 19)
        let utfall2017 = try liggare.arssummor(.utfall, ar: 2017), utfall2018 = try liggare.arssummor(.utfall, ar: 2018)
        let budget2018 = try liggare.arssummor(.budget, ar: 2018)
        for s in serier {
            let nyckel = Serienyckel(enhet: s.enhet, konto: s.konto)
            #expect(utfall2017[nyckel] == s.utfall2017 * 1000, "\(nyckel)")
            #expect(utfall2018[nyckel] == s.utfall2018 * 1000, "\(nyckel)")
            #expect(budget2018[nyckel] == s.budget2018.map { $0 * 1000 }, "\(nyckel)")
        }
        // Landstingsservice's net result is minus its rows' sum: 9 497 tkr from the rows (printed 9 499).
        let netto = utfall2018.filter { $0.key.enhet == "Landstingsservice" }.values.reduce(0, +)
        #expect(netto == -9_497_000)
        let u = try #require(try liggare.serier(.utfall))
        #expect(u.forsta == Period(ar: 2014, manad: 1) && u.sista == Period(ar: 2018, manad: 12) && u.nycklar.count == 19)
        #expect(try liggare.organisation().namnder.first?.forvaltningar.map(\.namn)
                == ["Landstingsdirektörens stab", "Landstingsgemensamt", "Landstingsservice"])
    }

    @Test("Its drivers: the FTE's yearly mean is the published one to the rounding, the wage index rises 2,5 % each April")
    func drivare() throws {
        let l = try Testliggare()
        defer { l.taBort() }
        let liggare = try Self.liggare(l)
        let sammanfattning = try liggare.importera(try Drivarfil.las(Projekt.exempel.appendingPathComponent("drivare.csv")),
                                                   forklarar: ["Anställda", "4 Personal"])
        #expect(sammanfattning.antalVarden == 180 && sammanfattning.nyaEnheter.isEmpty)
        let d = try #require(try liggare.drivare())
        #expect(d.perKonto == ["Anställda": ["arsarbetare", "loneindex"], "4 Personal": ["arsarbetare", "loneindex"]])
        func medel(_ enhet: String, _ ar: Int) throws -> Double {
            try (1...12).map { try #require(d.varde("arsarbetare", enhet: enhet, period: Period(ar: ar, manad: $0)!)) }.reduce(0, +) / 12
        }
        // regionstyrelsen-2019-02-13.txt line 5486 (stab 2017 and 2018), lines 12013–12014 (Landstingsservice
        // 523,5 in 2018, 28,1 fewer than in 2017); twelve values rounded to 0,1 keep the mean within 0,05.
        for (enhet, ar, fte) in [("Stab", 2017, 114.6), ("Stab", 2018, 120.8), ("Landstingsservice", 2018, 523.5),
                                 ("Landstingsservice", 2017, 551.6)] {
            #expect(abs(try medel(enhet, ar) - fte) <= 0.05, "\(enhet) \(ar)")
        }
        // 100 · 1,025⁵ = 113,1408…, the region's value for every unit.
        #expect(d.varde("loneindex", enhet: "182", period: Period(ar: 2018, manad: 4)!) == 113.14)
        #expect(d.varde("loneindex", enhet: "Stab", period: Period(ar: 2018, manad: 3)!) == 110.38)
    }

    @Test("The budget follows the documented profile: July personnel costs lowest, December running costs highest")
    func profil() throws {
        let l = try Testliggare()
        defer { l.taBort() }
        let b = try #require(try Self.liggare(l).serier(.budget))
        let personal = try #require(b.kolumn(Serienyckel(enhet: "Landstingsservice", konto: "Anställda")))
        let drift = try #require(b.kolumn(Serienyckel(enhet: "Landstingsservice", konto: "IT-program")))
        for ar in 2014...2018 {
            let rader = (1...12).map { b.rad(Period(ar: ar, manad: $0)!)! }
            let p = rader.map { b.belopp[$0, personal] }, d = rader.map { b.belopp[$0, drift] }
            #expect(p.firstIndex(of: p.min()!) == 6 && d.firstIndex(of: d.max()!) == 11, "\(ar)")
            // Shares as the profile's weights, to the krona: July 0,70 of weights summing to 11,82.
            #expect(abs(p[6] - p.reduce(0, +) * 0.70 / 11.82) <= 1, "\(ar)")
        }
    }

    @Test("The split into months keeps the total to the krona, also for income and odd totals")
    func fordelning() {
        #expect(Exempelgenerator.fordela(100, [1, 1, 1]) == [34, 33, 33])
        #expect(Exempelgenerator.fordela(-100, [1, 1, 1]) == [-34, -33, -33])
        #expect(Exempelgenerator.fordela(7, [0.5, 0.25, 0.25]).reduce(0, +) == 7)
    }

    @Test("Through the ledger: Landstingsservice's August prognosis stored by hand, outcome − prognosis per row is the bridge")
    func bryggaGenomLiggaren() throws {
        let l = try Testliggare()
        defer { l.taBort() }
        let liggare = try Self.liggare(l)
        let tabell = try Publicerat("landstingsservice-2018.csv")
        let poster = try Exempelgenerator.serier().filter { $0.enhet == "Landstingsservice" }.map { s in
            Prognospost(nyckel: Serienyckel(enhet: s.enhet, konto: s.konto), prognos: try #require(try tabell.rad(s.konto).tal("prognos_2018_08")) * 1000)
        }
        try liggare.spara(Prognosversion(ar: 2018, gjordEfter: 8, upphov: .hand, kommentar: "delårsrapport per 31/8",
                                         skapad: Date(timeIntervalSince1970: 1_536_000_000), poster: poster))
        let prognos = try #require(try liggare.prognosversioner(ar: 2018).first)
        #expect(prognos.upphov == .hand && prognos.gjordEfter == 8)
        let utfall = try liggare.arssummor(.utfall, ar: 2018)
        var skillnad: [String: Double] = [:]
        for post in prognos.poster { skillnad[post.nyckel.konto] = (utfall[post.nyckel] ?? 0) - post.prognos }
        let brygga = try Publicerat("landstingsservice-prognosforklaring.csv")
        var totalt = 0.0
        for (rader, orsaker) in Dictionary(grouping: brygga.rader.filter { $0.text("slag") == "orsak" }, by: { $0.text("rader") }) {
            let konton = rader.split(separator: "|").map(String.init)
            let tkr = konton.map { skillnad[$0] ?? 0 }.reduce(0, +) / 1000
            let forklarat = orsaker.compactMap { $0.tal("belopp") }.reduce(0, +)
            #expect(abs(tkr - forklarat) <= Double(2 * konton.count + orsaker.count) / 2, "\(rader): \(tkr) mot \(forklarat)")
            totalt += tkr
        }
        // Prognosis −2 683 and outcome −9 499 (printed) or −9 497 (the rows' own sum): 6 814 tkr better.
        #expect(totalt == -6_814)
        #expect(skillnad.values.reduce(0, +) == -6_814_000)
        #expect(PubliceradeFallTests.mnkr(-prognos.poster.map(\.prognos).reduce(0, +) / 1000) == 2.7)
        #expect(PubliceradeFallTests.mnkr(-utfall.filter { $0.key.enhet == "Landstingsservice" }.values.reduce(0, +) / 1000) == 9.5)
    }

    @Test("Through the ledger: the January 2019 report imported per förvaltning gives −41,9 mnkr against a budget of +4,9")
    func januari2019() throws {
        let l = try Testliggare()
        defer { l.taBort() }
        let tabell = try Publicerat("manadsrapport-2019-01.csv")
        let forvaltningar = tabell.rader.filter { $0.text("forvaltning") != "Totalsumma" }
        func fil(_ kolumn: String) throws -> String {
            // mnkr with one decimal → whole kronor, written with a decimal comma as Excel would.
            export(try forvaltningar.map { "\($0.text("forvaltning"));Nettokostnad;2019-01;\(Int64((try #require($0.tal(kolumn)) * 1_000_000).rounded()))" })
        }
        try l.importera(try fil("utfall_ack"), som: .utfall)
        try l.importera(try fil("budget_ack"), som: .budget)
        let liggare = try Liggare.oppnaForLasning(l.fil)
        let resultat = -(try liggare.arssummor(.utfall, ar: 2019)).values.reduce(0, +) / 1_000_000
        let budget = -(try liggare.arssummor(.budget, ar: 2019)).values.reduce(0, +) / 1_000_000
        let text = try Publicerat("prognos-mot-utfall.csv").rader.filter { $0.text("forvaltning") == "Region Blekinge" }
        #expect(PubliceradeFallTests.avrundad(resultat) == text[0].tal("mnkr"))
        #expect(PubliceradeFallTests.avrundad(budget) == text[1].tal("mnkr"))
        #expect(PubliceradeFallTests.avrundad(budget - resultat) == text[2].tal("mnkr"))
    }
}
