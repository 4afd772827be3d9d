import Foundation
import Input
import Vokabular

/// What `prognos befolkning hamta` shows and writes: the three tables in the data layout of
/// `notebooks-data/scb-befolkning-1968-2015` (`region,kon,alder,ar,antal`, comma, UTF-8, a header row) and a
/// README giving their source and the date they were fetched.
public enum Befolkningshamtningsrapport {
    /// The command the files belong to in the output folder.
    public static let kommando = "befolkning hamta"

    /// The report of the fetched data.
    public static func rapport(_ h: HamtadBefolkning) -> Rapport {
        Rapport(kommando: kommando, text: text(h), filer: h.tabeller.map { ($0.fil, csv($0)) } + [("README.md", readme(h))])
    }

    /// A table as the layout's CSV.
    static func csv(_ t: HamtadBefolkning.Tabell) -> String {
        var text = "region,kon,alder,ar,antal\n"
        for r in t.rader { text += "\(Styrtecken.maskerade(r.region)),\(r.kon),\(r.alder),\(r.ar),\(r.antal)\n" }
        return text
    }

    /// The date as "2026-12-06" (UTC).
    private static func dag(_ datum: Date) -> String {
        ISO8601DateFormatter.string(from: datum, timeZone: TimeZone(identifier: "UTC")!, formatOptions: [.withFullDate])
    }

    private static func artal(_ ar: ClosedRange<Int>) -> String { "\(ar.lowerBound)–\(ar.upperBound)" }

    /// What the terminal shows.
    static func text(_ h: HamtadBefolkning) -> String {
        var rader = ["Hämtat ur SCB:s API \(dag(h.hamtad)): \(h.regioner.joined(separator: " och ")), år \(artal(h.ar))"]
        for t in h.tabeller {
            rader.append("  \(t.fil): \(t.beskrivning) (\(t.innehall)), \(Belopp.text(Double(t.rader.count), decimaler: 0)) rader, "
                         + "\(t.anrop) anrop")
        }
        return rader.map(Styrtecken.maskerade).joined(separator: "\n")
    }

    /// The folder's README: source, tables, content codes, SCB's update time and the date fetched.
    static func readme(_ h: HamtadBefolkning) -> String {
        var text = """
            # SCB: folkmängd, födda och döda \(artal(h.ar)), \(Styrtecken.maskerade(h.regioner.joined(separator: " och ")))

            Hämtat \(dag(h.hamtad)) ur Statistiska centralbyråns (SCB) öppna API (PX-Web, svar som JSON-stat 2.0) med
            `prognos befolkning hamta`, per ettårsklass och kön. Riket följer med eftersom modellen tar dödlighetens
            åldersmönster därifrån.

            | Fil | SCB-tabell | Tabellinnehåll | Uppdaterad hos SCB | Anrop |
            | --- | --- | --- | --- | --- |

            """
        for t in h.tabeller {
            let falt = [t.titel, t.innehall, t.innehallstext, t.uppdaterad ?? "uppges inte"].map(Styrtecken.maskerade)
            text += "| `\(t.fil)` | \(falt[0]) (\(t.url.absoluteString)) | \(falt[1]) \(falt[2]) | \(falt[3]) | \(t.anrop) |\n"
        }
        text += """

            Kolumner: `region,kon,alder,ar,antal` (komma, UTF-8, rubrikrad), samma form och samma åldrar som
            `notebooks-data/scb-befolkning-1968-2015` (se dess README): folkmängd 31 december, levande födda efter
            moderns ålder och barnets kön, döda efter ålder uppnådd under året. Varje kön, ålder och år finns för varje
            region; hämtningen hade vägrats annars.

            Läs mappen med `prognos befolkning --data <mappen> --region \(h.regioner.last!.split(separator: " ").first!)`.

            """
        return text
    }
}
