import Application
import Foundation
import Report
import Testing

/// The HTML pages: every chart holds the data of the result it shows, and the page is self-contained.
@Suite("HTML-rapporten")
struct HTMLRapportTests {
    /// The figures of a page by caption: the text of each `<figure>`.
    static func figurer(_ html: String) -> [String: String] {
        var figurer: [String: String] = [:]
        for del in html.components(separatedBy: "<figure").dropFirst() {
            let figur = del.components(separatedBy: "</figure>")[0]
            guard let start = figur.range(of: "<figcaption>"), let slut = figur.range(of: "</figcaption>") else { continue }
            figurer[String(figur[start.upperBound..<slut.lowerBound])] = figur
        }
        return figurer
    }

    static func antal(_ text: String, _ del: String) -> Int { text.components(separatedBy: del).count - 1 }

    @Test("Every chart of the chain's page has as many series and points as the result holds")
    func diagramMedData() throws {
        let fil = try KedjaTests.kedja(namn: "Rapport")
        let r = try Kedja.kor(fil, simuleringar: 50, seed: 3)
        let html = Kedjehtml.sida(r, fil: "kedja.yaml")
        let figurer = Self.figurer(html)
        let resultat = try #require(figurer["Resultat per år (mnkr)"])
        #expect(Self.antal(resultat, "<g class=\"serie\"") == 1)
        #expect(Self.antal(resultat, "class=\"punkt\"") == r.ar.count)
        // The 95 % and 80 % bands of the paths.
        #expect(Self.antal(resultat, "<polygon class=\"band\"") == 2)
        // Every year's result is in the table under the chart, as the text report writes it.
        let rader = resultat.components(separatedBy: "<tr>").dropFirst(2)
        #expect(rader.count == r.ar.count)
        let pyramid = try #require(figurer.first { $0.key.hasPrefix("Befolkningen efter ålder och kön") }?.value)
        #expect(Self.antal(pyramid, "<g class=\"serie\"") == 4)
        #expect(Self.antal(pyramid, "class=\"punkt\"") == 4 * 21)
        let grupper = r.personal.grupper.count
        let personal = try #require(figurer.first { $0.key.hasPrefix("Personalbehov och egen personal per yrkesgrupp") }?.value)
        #expect(Self.antal(personal, "<g class=\"serie\"") == 4 && Self.antal(personal, "class=\"punkt\"") == 4 * grupper)
        // Each chart has a title and a text alternative.
        for (namn, figur) in figurer {
            #expect(figur.contains("<title>") && figur.contains("<desc>") && figur.contains("aria-label="), "\(namn)")
        }
    }

    @Test("The page fetches nothing and runs nothing, and text from a scenario cannot become markup")
    func fristaende() throws {
        let fil = try KedjaTests.kedja(namn: "<script>alert(1)</script> & co")
        let html = Kedjehtml.sida(try Kedja.kor(fil), fil: "kedja.yaml")
        #expect(!html.contains("<script"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; co"))
        let utanSvgNamnrymd = html.replacingOccurrences(of: "xmlns=\"http://www.w3.org/2000/svg\"", with: "")
        for extern in ["http://", "https://", " src=", "url(", "@import", "<link"] {
            #expect(!utanSvgNamnrymd.contains(extern), "\(extern)")
        }
        #expect(html.hasPrefix("<!DOCTYPE html>") && html.contains("<html lang=\"sv\">") && html.contains("@page { size: A4"))
    }

    @Test("The comparison page draws one line per scenario for each key figure they have")
    func jamforelse() throws {
        let a = try KedjaTests.kedja(namn: "A"), b = try KedjaTests.kedja(namn: "B", befolkning: KedjaTests.halverad)
        let budget = KedjaTests.scenarier.appendingPathComponent("regionplan-2023-2025.yaml")
        let j = try Scenariojamforelse([a, b, budget])
        let figurer = Self.figurer(Jamforelsehtml.sida(j))
        let resultat = try #require(figurer["Resultat (mnkr)"])
        #expect(Self.antal(resultat, "<g class=\"serie\"") == 3 && Self.antal(resultat, "class=\"punkt\"") == 9)
        // The budget-only scenario has no population: two lines.
        let folk = try #require(figurer["Folkmängd 31 dec (personer)"])
        #expect(Self.antal(folk, "<g class=\"serie\"") == 2)
        // No paths, no bands.
        #expect(Self.antal(resultat, "<polygon") == 0)
    }

    /// The points of each band polygon in `figur`, by its name.
    static func bandpunkter(_ figur: String) -> [String: Int] {
        var punkter: [String: Int] = [:]
        for del in figur.components(separatedBy: "<polygon class=\"band\" data-namn=\"").dropFirst() {
            let namn = del.components(separatedBy: "\"")[0]
            let lista = del.components(separatedBy: "points=\"")[1].components(separatedBy: "\"")[0]
            punkter[namn] = lista.split(separator: " ").count
        }
        return punkter
    }

    @Test("With paths, each chain's line has its 95 % and 80 % bands over the years it has, the budget-only scenario none")
    func jamforelseMedBand() throws {
        // A over 2023–2026 (one year past the decided budget), B over the decided 2023–2025.
        let a = try KedjaTests.kedja(namn: "A", mer: "planperiod_till: 2026")
        let b = try KedjaTests.kedja(namn: "B", befolkning: KedjaTests.halverad)
        let budget = KedjaTests.scenarier.appendingPathComponent("regionplan-2023-2025.yaml")
        let j = try Scenariojamforelse([a, b, budget], simuleringar: 40, seed: 3)
        #expect(j.scenarier.map { $0.intervall?.ar.count } == [4, 3, nil])
        let html = Jamforelsehtml.sida(j)
        let resultat = try #require(Self.figurer(html)["Resultat (mnkr)"])
        #expect(Self.antal(resultat, "<g class=\"serie\"") == 3 && Self.antal(resultat, "class=\"punkt\"") == 4 + 3 + 3)
        // A polygon per band, its upper edge and its lower edge back: two points per year the chain has.
        #expect(Self.bandpunkter(resultat) == ["A: 95 %-intervall": 8, "A: 80 %-intervall": 8,
                                               "B: 95 %-intervall": 6, "B: 80 %-intervall": 6])
        // The table under the chart: a row per year, the three lines and both bounds of the four bands.
        let tabell = try #require(resultat.components(separatedBy: "<table").last)
        #expect(Self.antal(tabell, "<th scope=\"col\">") == 1 + 3 + 4 * 2)
        #expect(Self.antal(tabell, "<th scope=\"row\">") == 4)
        #expect(tabell.contains("<th scope=\"col\">A: 95 %-intervall, nedre</th>"))
        // The text alternative names each band with its bounds the last year it has.
        let desc = try #require(resultat.components(separatedBy: "<desc>").last?.components(separatedBy: "</desc>").first)
        #expect(desc.contains("skuggat: A: 95 %-intervall") && desc.contains("år 2026") && desc.contains("B: 80 %-intervall"))
        #expect(!desc.contains("Regionplan 2023–2025 (beslutad budget): 95"))
        // The page says which scenario has no interval.
        #expect(html.contains("Regionplan 2023–2025 (beslutad budget) är ett budgetscenario utan befolkning och har inget intervall."))
        // Key figures the paths do not give (the result's share) have lines only.
        let andel = try #require(Self.figurer(html)["Resultat av skatter och bidrag (%)"])
        #expect(Self.antal(andel, "<polygon") == 0)
    }
}
