import Foundation
import Input
import Uppfoljning
import Vokabular

/// Reads a förvaltning's own full-year prognosis for the ledger: the columns `enhet;konto;ar;prognos` and
/// optionally `kommentar` (the line's prognosförklaring), found by name in the header, other columns
/// ignored; the amount in kronor signed as booked, as in an export (`Kronor`). Every line must be for the
/// year `ar`; the same unit and row twice is refused at the second line, and so is a file without lines.
public enum Prognosfil {
    /// The amounts and comments in the file at `url`, for year `ar`.
    public static func las(_ url: URL, ar: Int) throws(ScenarioFel) -> [Prognospost] {
        try lasMedRader(url, ar: ar).map(\.post)
    }

    /// The amounts and comments in the file at `url`, for year `ar`, each with the line it stands on.
    public static func lasMedRader(_ url: URL, ar: Int) throws(ScenarioFel) -> [(post: Prognospost, rad: Int)] {
        let fil = url.path
        let csv = try CSVRader(try Textfil.las(url, slag: "prognosfilen", maxStorlek: Textfil.maxExportstorlek), fil: fil)
        var kolumner = Exportkolumner()
        kolumner.period = csv.rubrik.contains { $0.lowercased() == "år" } ? "år" : "ar"
        kolumner.belopp = "prognos"
        let index = try kolumner.index(i: csv, fil: fil, tips: "en prognosfil har kolumnerna enhet;konto;ar;prognos och valfritt kommentar")
        let kommentar = csv.rubrik.firstIndex { $0.lowercased() == "kommentar" }
        let namn = kolumner.namn
        var poster: [(post: Prognospost, rad: Int)] = []
        var forekomst: [Serienyckel: Int] = [:]
        for rad in csv.rader {
            let r = try Exportrad(rad, i: csv, index: index, namn: namn, fil: fil, delat: "prognosen")
            let nyckel = try r.serie()
            guard Int(r.falt[2]) == ar else { throw r.fel(2, "förväntade året \(ar), som prognosen gäller, fick \"\(r.falt[2])\"") }
            let ore = try r.ore()
            if let forra = forekomst.updateValue(rad.nummer, forKey: nyckel) {
                throw r.fel(1, "enhet \(nyckel.enhet) och konto \(nyckel.konto) finns redan på rad \(forra)")
            }
            let text = kommentar.map { rad.falt[$0] }.flatMap { $0.isEmpty ? nil : $0 }
            poster.append((Prognospost(nyckel: nyckel, prognos: Double(ore) / 100, kommentar: text), rad.nummer))
        }
        guard !poster.isEmpty else {
            throw ScenarioFel(fil: fil, rad: 2, nyckel: "", problem: "filen har inga prognoser; förväntade en rad per enhet och konto")
        }
        return poster
    }
}
