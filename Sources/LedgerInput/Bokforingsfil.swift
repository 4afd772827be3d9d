import Foundation
import Input
import Uppfoljning
import Vokabular

/// Reads a monthly export of outcome or budget for the ledger: the columns unit, row, month and amount,
/// found by their names in the header (`enhet;konto;period;belopp` unless `Exportkolumner` maps them) with
/// any other columns ignored; tab, semicolon (decimal comma or point) or comma (decimal point) separated,
/// detected from the header; the month as `YYYY-MM`, `YYYYMM` or `YYYY-MM-DD`; the amount in kronor signed as
/// booked (costs positive, income negative; see `Bokforing`), thousands grouped by spaces or not; UTF-8
/// with or without byte-order mark, LF or CRLF. The whole file is checked before anything is imported: the
/// first bad field is reported with file, line and column, and so is the second line that gives the same
/// unit, row and month. An empty amount is refused unless `tomtSomNoll`, when it is 0.
public enum Bokforingsfil {
    /// The amounts of the export at `url`.
    public static func las(_ url: URL, kolumner: Exportkolumner = Exportkolumner(), tomtSomNoll: Bool = false)
        throws(ScenarioFel) -> [Bokforing] {
        let fil = url.path
        let csv = try CSVRader(try Textfil.las(url, slag: "exportfilen", maxStorlek: Textfil.maxExportstorlek), fil: fil)
        let index = try kolumner.index(i: csv, fil: fil)
        let namn = kolumner.namn
        var bokforingar: [Bokforing] = []
        bokforingar.reserveCapacity(csv.rader.count)
        var forekomst: [Bokforing.Nyckel: Int] = [:]
        for rad in csv.rader {
            let r = try Exportrad(rad, i: csv, index: index, namn: namn, fil: fil, delat: "beloppet")
            let serie = try r.serie()
            guard let period = CSVRader.exportperiod(r.falt[2]) else { throw r.fel(2, CSVRader.periodproblem(r.falt[2])) }
            let bokforing = Bokforing(enhet: serie.enhet, konto: serie.konto, period: period, ore: try r.ore(tomtSomNoll: tomtSomNoll))
            if let forra = forekomst.updateValue(rad.nummer, forKey: bokforing.nyckel) {
                let nummer = index[1] == index[0] + 1 && index[2] == index[0] + 2
                    ? "\(index[0] + 1)–\(index[2] + 1)" : "\(index[0] + 1), \(index[1] + 1), \(index[2] + 1)"
                throw ScenarioFel(fil: fil, rad: rad.nummer, nyckel: "kolumn \(nummer) (\(namn[0]), \(namn[1]), \(namn[2]))",
                                  problem: "enhet \(bokforing.enhet), konto \(bokforing.konto) och period \(period) finns redan "
                                      + "på rad \(forra); varje kombination får bara finnas en gång i filen")
            }
            bokforingar.append(bokforing)
        }
        return bokforingar
    }
}
