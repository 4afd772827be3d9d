import Foundation
import Testing

/// The HTML pages of the chain, the population, the workforce and the budget as a reader meets them: results first, the
/// scenario as it was read last, and the population page says which region it is.
@Suite("Rapportsidorna")
struct RapportsidaTests {
    /// The `<h2>` headings of `html`, in order.
    static func rubriker(_ html: String) -> [String] {
        html.components(separatedBy: "<h2>").dropFirst().map { $0.components(separatedBy: "</h2>")[0] }
    }

    @Test("kor, befolkning, personal and run: the assumptions are the page's last section; the population page names its region")
    func ordning() throws {
        let mapp = try Korning.tempmapp()
        defer { try? FileManager.default.removeItem(at: mapp) }
        for (argument, forsta) in [(["kor"], "Sammanfattning"), (["befolkning", "scenarios/befolkning-blekinge.yaml"], "Folkmängd"),
                                   (["personal"], "Behov och egen personal"), (["run"], "Resultat och likvida medel")] {
            let sida = mapp.appendingPathComponent("\(argument[0]).html")
            // Run from the project root, so the scenario's relative path is found.
            let k = try Korning.kor(argument + ["--rapport", sida.path])
            #expect(k.status == 0, "\(argument): \(k.stderr)")
            let html = try String(contentsOf: sida, encoding: .utf8)
            let rubriker = Self.rubriker(html)
            #expect(rubriker.first == forsta && rubriker.last == "Antaganden" && rubriker.filter { $0 == "Antaganden" }.count == 1,
                    "\(argument): \(rubriker)")
            if argument[0] == "run" {
                // The statements follow the charts; the result 2025 as the text report gives it (Bilaga 1 line 2225: 108,3).
                #expect(rubriker.contains("Resultatbudget") && rubriker.contains("Balansbudget") && rubriker.contains("Finansieringsbudget"))
                #expect(html.contains("<th scope=\"row\">Resultat</th><td>-213,0</td><td>-168,3</td><td>108,2</td>"))
            }
            if argument[0] == "befolkning" {
                // scenarios/befolkning-blekinge.yaml:6 names the scenario; the region comes from the data.
                #expect(html.contains("<h1>Befolkningsprognos: Blekinge län, medelalternativ</h1>"))
                #expect(html.contains("<p>Region 10 Blekinge län, basår 2015, 30 år framåt."))
            }
        }
    }
}
