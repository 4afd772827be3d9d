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
        let fil = url.path
        let csv = try CSVRader(try Textfil.las(url, slag: "prognosfilen", maxStorlek: Textfil.maxExportstorlek), fil: fil)
        var kolumner = Exportkolumner()
        kolumner.period = csv.rubrik.contains { $0.lowercased() == "år" } ? "år" : "ar"
        kolumner.belopp = "prognos"
        let index = try kolumner.index(i: csv, fil: fil, tips: "en prognosfil har kolumnerna enhet;konto;ar;prognos och valfritt kommentar")
        let kommentar = csv.rubrik.firstIndex { $0.lowercased() == "kommentar" }
        let namn = kolumner.namn
        var poster: [Prognospost] = []
        var forekomst: [Serienyckel: Int] = [:]
        for rad in csv.rader {
            func fel(_ kolumn: Int, _ problem: String) -> ScenarioFel {
                ScenarioFel(fil: fil, rad: rad.nummer, nyckel: "kolumn \(index[kolumn] + 1) (\(namn[kolumn]))", problem: problem)
            }
            try csv.kravFaltantal(rad, fil: fil, delat: "prognosen")
            let f = index.map { rad.falt[$0] }
            if let problem = Kod.problem(f[0]) { throw fel(0, "enhetskoden duger inte: \(problem)") }
            if let problem = Kod.problem(f[1]) { throw fel(1, "kontokoden duger inte: \(problem)") }
            guard Int(f[2]) == ar else { throw fel(2, "förväntade året \(ar), som prognosen gäller, fick \"\(f[2])\"") }
            let ore: Int64
            switch Kronor.ore(f[3], format: csv.format, max: Liggare.maxOre) {
            case .success(let varde): ore = varde
            case .failure(let problem): throw fel(3, problem.text)
            }
            let nyckel = Serienyckel(enhet: f[0], konto: f[1])
            if let forra = forekomst.updateValue(rad.nummer, forKey: nyckel) {
                throw fel(1, "enhet \(nyckel.enhet) och konto \(nyckel.konto) finns redan på rad \(forra)")
            }
            let text = kommentar.map { rad.falt[$0] }.flatMap { $0.isEmpty ? nil : $0 }
            poster.append(Prognospost(nyckel: nyckel, prognos: Double(ore) / 100, kommentar: text))
        }
        guard !poster.isEmpty else {
            throw ScenarioFel(fil: fil, rad: 2, nyckel: "", problem: "filen har inga prognoser; förväntade en rad per enhet och konto")
        }
        return poster
    }
}
