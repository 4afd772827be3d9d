import Foundation
import Uppfoljning
import Vokabular

/// What `prognos uppfoljning versioner` prints: the stored prognosis versions, one line each.
public enum Versionsrapport {
    /// The table; `liggare` is the ledger's path as the user gave it, `ar` the year asked for, if any. No files.
    public static func rapport(_ rader: [Versionsrad], liggare: String, ar: Int? = nil) -> Rapport {
        let datum = ISO8601DateFormatter()
        datum.formatOptions = [.withFullDate]
        datum.timeZone = .current
        let tabell = Kolumntabell(
            rubrik: "Prognosversioner i liggaren \(Styrtecken.maskerade(liggare))",
            kolumner: ["Id", "År", "Efter", "Upphov", "Antal belopp", "Skapad", "Kommentar"],
            rader: rader.map { r in
                let upphov: String = if case .metod(let namn) = r.upphov { namn } else { "för hand" }
                return [String(r.id), String(r.ar), Period(ar: r.ar, manad: r.gjordEfter).map(String.init(describing:)) ?? "",
                        upphov, Belopp.text(Double(r.antal), decimaler: 0),
                        datum.string(from: r.skapad), r.kommentar]
            })
        return Rapport(kommando: "uppfoljning versioner",
                       text: rader.isEmpty ? "Liggaren \(Styrtecken.maskerade(liggare)) har inga prognosversioner\(ar.map { " för \($0)" } ?? "")."
                           : tabell.text,
                       filer: [])
    }
}
