import Foundation
import Testing

/// The published 2018 cases reproduced from notebooks-data/uppfoljning-2018 alone: each table adds up,
/// each prognosförklaring bridges the August prognosis to the outcome, and the figures the text quotes
/// follow from the tables. Tables are printed in whole tkr (bridges in tkr with ",0", the January report in
/// mnkr with one decimal), so a sum or difference of n printed figures may differ from the printed total
/// by up to n/2 units plus half a unit for the total's own rounding; that is the tolerance used, and where
/// the document's figures need it the README says so.
@Suite("Publicerade utfall och prognoser 2018")
struct PubliceradeFallTests {
    /// Rounding slack for comparing a sum of `n` printed figures with one printed figure.
    static func slack(_ n: Int) -> Double { Double(n + 1) / 2 }

    @Test("Landstingsservice: rows add up to Personal, Drift, the totals and the net result, and deviation = budget − outcome")
    func landstingsserviceTabell() throws {
        let t = try Publicerat("landstingsservice-2018.csv")
        let kolumner = ["utfall_2018", "budget_2018", "prognos_2018_08", "utfall_2017"]
        for kolumn in kolumner {
            func v(_ rad: String) throws -> Double { try #require(try t.rad(rad).tal(kolumn)) }
            for grupp in ["Personal", "Drift"] {
                let delar = t.rader.filter { $0.text("del_av") == grupp }
                let summa = delar.compactMap { $0.tal(kolumn) }.reduce(0, +)
                #expect(abs(summa - (try v(grupp))) <= Self.slack(delar.count), "\(grupp) \(kolumn)")
            }
            let kostnader = try v("Personal") + v("Drift") + v("Kapitalkostnad")
            #expect(abs(kostnader - (try v("TOTALA KOSTNADER"))) <= Self.slack(3), "kostnader \(kolumn)")
            #expect(try v("TOTALA INTÄKTER") == v("Intäkter"))
            #expect(abs(try v("TOTALA INTÄKTER") + v("TOTALA KOSTNADER") - v("NETTORESULTAT")) <= Self.slack(2), "\(kolumn)")
        }
        for rad in t.rader where rad.text("rad") != "NETTORESULTAT" {
            let avvikelse = try #require(rad.tal("budget_2018")) - #require(rad.tal("utfall_2018"))
            #expect(abs(avvikelse - (try #require(rad.tal("avvikelse_2018")))) <= 1, "\(rad.text("rad"))")
            let motForraAret = try #require(rad.tal("utfall_2017")) - #require(rad.tal("utfall_2018"))
            #expect(abs(motForraAret - (try #require(rad.tal("avvikelse_2017")))) <= 1, "\(rad.text("rad"))")
        }
        // The net result's deviation, -503, is that of the income and cost totals (20 611 - 21 115), two
        // tkr from the printed net results' own difference (-10 000 - (-9 499) = -501); see the README.
        let netto = try #require(try t.rad("NETTORESULTAT").tal("avvikelse_2018"))
        let delar = try #require(try t.rad("TOTALA INTÄKTER").tal("avvikelse_2018")) + #require(try t.rad("TOTALA KOSTNADER").tal("avvikelse_2018"))
        #expect(abs(netto - delar) <= Self.slack(2))
        #expect(try #require(try t.rad("NETTORESULTAT").tal("budget_2018")) - #require(try t.rad("NETTORESULTAT").tal("utfall_2018")) == -501)
    }

    @Test("Landstingsservice: outcome − August prognosis per row equals the bridge, which sums from −2 683 to the result −9 499")
    func landstingsserviceBrygga() throws {
        let t = try Publicerat("landstingsservice-2018.csv")
        let b = try Publicerat("landstingsservice-prognosforklaring.csv")
        let prognos = try #require(b.rader.first { $0.text("slag") == "prognos" }?.tal("belopp"))
        let resultat = try #require(b.rader.first { $0.text("slag") == "resultat" }?.tal("belopp"))
        let orsaker = b.rader.filter { $0.text("slag") == "orsak" }
        #expect(abs(prognos + orsaker.compactMap { $0.tal("belopp") }.reduce(0, +) - resultat) < 1e-9)
        #expect(prognos == (try t.rad("NETTORESULTAT").tal("prognos_2018_08")))
        #expect(resultat == (try t.rad("NETTORESULTAT").tal("utfall_2018")))

        let grupper = Dictionary(grouping: orsaker) { $0.text("rader") }
        let forklarade = Set(grupper.keys.flatMap { $0.split(separator: "|").map(String.init) })
        for (rader, poster) in grupper {
            let namn = rader.split(separator: "|").map(String.init)
            let skillnad = try namn.map { try #require(try t.rad($0).tal("utfall_2018")) - #require(try t.rad($0).tal("prognos_2018_08")) }
                .reduce(0, +)
            let brygga = poster.compactMap { $0.tal("belopp") }.reduce(0, +)
            // Each row's difference is of two rounded figures, each bridge line one rounded figure.
            #expect(abs(skillnad - brygga) <= Double(2 * namn.count + poster.count) / 2, "\(rader): \(skillnad) mot \(brygga)")
        }
        // Every row whose outcome differs from its prognosis is explained by exactly one group.
        let konton = t.rader.filter { !$0.text("del_av").isEmpty || ["Intäkter", "Kapitalkostnad"].contains($0.text("rad")) }
        for rad in konton where rad.tal("utfall_2018") != rad.tal("prognos_2018_08") {
            #expect(forklarade.contains(rad.text("rad")), "\(rad.text("rad")) saknas i bryggan")
        }
    }

    @Test("Landstingsservice forecast +2,7 mnkr in August and ended +9,5 mnkr")
    func landstingsserviceText() throws {
        let t = try Publicerat("landstingsservice-2018.csv")
        let text = try Publicerat("prognos-mot-utfall.csv").rader.filter { $0.text("forvaltning") == "Landstingsservice" }
        // A surplus is a negative net result under the booked sign convention.
        #expect(Self.mnkr(-(try #require(try t.rad("NETTORESULTAT").tal("prognos_2018_08")))) == text[0].tal("mnkr"))
        #expect(Self.mnkr(-(try #require(try t.rad("NETTORESULTAT").tal("utfall_2018")))) == text[1].tal("mnkr"))
    }

    @Test("Landstingsgemensamt: −1,2 mnkr forecast in August, +31,3 mnkr outcome; the bridge sums to 31 254 and the table to 31 255")
    func landstingsgemensamt() throws {
        let t = try Publicerat("landstingsgemensamt-2018.csv")
        let b = try Publicerat("landstingsgemensamt-prognosforklaring.csv")
        let text = try Publicerat("prognos-mot-utfall.csv").rader.filter { $0.text("forvaltning") == "Landstingsgemensamt" }
        let prognos = try #require(b.rader.first?.tal("belopp"))
        let summa = try #require(b.rader.last?.tal("belopp"))
        #expect(prognos + b.rader.filter { $0.text("slag") == "orsak" }.compactMap { $0.tal("belopp") }.reduce(0, +) == summa)
        let enheter = t.rader.filter { $0.text("basenhet") != "Totalt" }
        let totalt = try t.rad("Totalt")
        for kolumn in ["utfall_2018", "budget_2018", "avvikelse_2018", "utfall_2017"] {
            let summa = enheter.compactMap { $0.tal(kolumn) }.reduce(0, +)
            #expect(abs(summa - (try #require(totalt.tal(kolumn)))) <= Self.slack(enheter.count), "\(kolumn)")
        }
        // Net costs: budget − outcome is the surplus against budget.
        let avvikelse = try #require(totalt.tal("budget_2018")) - #require(totalt.tal("utfall_2018"))
        #expect(avvikelse == 31_255)
        #expect(abs(avvikelse - summa) <= 1)
        #expect(Self.mnkr(prognos) == text[0].tal("mnkr"))
        #expect(Self.mnkr(avvikelse) == text[1].tal("mnkr") && Self.mnkr(summa) == text[1].tal("mnkr"))
    }

    @Test("Landstingsdirektörens stab: +1,0 mnkr forecast in August, +1,4 mnkr outcome, in the bridge and in the result table")
    func stab() throws {
        let t = try Publicerat("stab-2018.csv")
        let b = try Publicerat("stab-prognosforklaring.csv")
        let text = try Publicerat("prognos-mot-utfall.csv").rader.filter { $0.text("forvaltning") == "Landstingsdirektörens stab" }
        let belopp = b.rader.compactMap { $0.tal("belopp") }
        #expect(belopp[0] + belopp[1] == belopp[2])
        let rader = t.rader.filter { $0.text("rad") != "Totalsumma" }
        let totalt = try t.rad("Totalsumma")
        for kolumn in ["utfall_2018", "budget_2018", "utfall_2017"] {
            let summa = rader.compactMap { $0.tal(kolumn) }.reduce(0, +)
            #expect(abs(summa - (try #require(totalt.tal(kolumn)))) <= Self.slack(rader.count), "\(kolumn)")
        }
        let avvikelse = try #require(totalt.tal("budget_2018")) - #require(totalt.tal("utfall_2018"))
        #expect(Self.mnkr(belopp[0]) == text[0].tal("mnkr"))
        #expect(Self.mnkr(belopp[2]) == text[1].tal("mnkr") && Self.mnkr(avvikelse) == text[1].tal("mnkr"))
    }

    @Test("January 2019: the förvaltningar add up to a result of −41,9 mnkr against a budgeted +4,9, 46,8 worse")
    func januari2019() throws {
        let t = try Publicerat("manadsrapport-2019-01.csv")
        let text = try Publicerat("prognos-mot-utfall.csv").rader.filter { $0.text("forvaltning") == "Region Blekinge" }
        let forvaltningar = t.rader.filter { $0.text("forvaltning") != "Totalsumma" }
        #expect(forvaltningar.count == 10)
        let utfall = forvaltningar.compactMap { $0.tal("utfall_ack") }.reduce(0, +)
        let budget = forvaltningar.compactMap { $0.tal("budget_ack") }.reduce(0, +)
        // Net costs per förvaltning: the result is minus their sum.
        #expect(Self.avrundad(-utfall) == text[0].tal("mnkr"))
        #expect(Self.avrundad(-budget) == text[1].tal("mnkr"))
        #expect(Self.avrundad(utfall - budget) == text[2].tal("mnkr"))
        #expect(Self.avrundad(utfall) == (try t.rad("Totalsumma").tal("utfall_ack")))
        #expect(Self.avrundad(budget) == (try t.rad("Totalsumma").tal("budget_ack")))
        // The table's own deviation total, -46,7, is one tenth from the -46,8 of its columns and the text.
        #expect(abs(try #require(try t.rad("Totalsumma").tal("avvikelse")) - (budget - utfall)) <= 0.1 + 1e-9)
        for rad in forvaltningar {
            let avvikelse = try #require(rad.tal("budget_ack")) - #require(rad.tal("utfall_ack"))
            #expect(abs(avvikelse - (try #require(rad.tal("avvikelse")))) <= 0.1 + 1e-9, "\(rad.text("forvaltning"))")
        }
    }

    /// tkr as mnkr with one decimal.
    static func mnkr(_ tkr: Double) -> Double { avrundad(tkr / 1000) }

    /// One decimal.
    static func avrundad(_ x: Double) -> Double { (x * 10).rounded() / 10 }
}
