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
/// unit, row and month. An empty amount is refused unless `tomtSomNoll`, when it is 0. A budget export may give a
/// whole year's amount instead of months (`lasBudget`).
public enum Bokforingsfil {
    /// The amounts of the export at `url`.
    public static func las(_ url: URL, kolumner: Exportkolumner = Exportkolumner(), tomtSomNoll: Bool = false)
        throws(ScenarioFel) -> [Bokforing] {
        try las(url, kolumner: kolumner, tomtSomNoll: tomtSomNoll, arsbelopp: false).manader
    }

    /// The amounts of the budget export at `url`: per month as `las` reads them, and for a whole year where the
    /// period is a year alone (`YYYY`), to be spread over the months (`Periodisering`). A unit and row may
    /// not have both in the same year.
    public static func lasBudget(_ url: URL, kolumner: Exportkolumner = Exportkolumner(), tomtSomNoll: Bool = false)
        throws(ScenarioFel) -> (manader: [Bokforing], ar: [Arsbudget]) {
        try las(url, kolumner: kolumner, tomtSomNoll: tomtSomNoll, arsbelopp: true)
    }

    private static func las(_ url: URL, kolumner: Exportkolumner, tomtSomNoll: Bool, arsbelopp: Bool)
        throws(ScenarioFel) -> (manader: [Bokforing], ar: [Arsbudget]) {
        let fil = url.path
        let csv = try CSVRader(try Textfil.las(url, slag: "exportfilen", maxStorlek: Textfil.maxExportstorlek), fil: fil)
        let index = try kolumner.index(i: csv, fil: fil)
        let namn = kolumner.namn
        var bokforingar: [Bokforing] = [], arsbudget: [Arsbudget] = []
        bokforingar.reserveCapacity(csv.rader.count)
        var forekomst: [Bokforing.Nyckel: Int] = [:]
        // Per unit, row and year: the line of its first amount, and whether that was a whole year's.
        var arsrader: [Periodisering.Arsbudgetnyckel: (rad: Int, helar: Bool)] = [:]
        let nummer = index[1] == index[0] + 1 && index[2] == index[0] + 2
            ? "\(index[0] + 1)–\(index[2] + 1)" : "\(index[0] + 1), \(index[1] + 1), \(index[2] + 1)"
        let nyckel = "kolumn \(nummer) (\(namn[0]), \(namn[1]), \(namn[2]))"
        for rad in csv.rader {
            let r = try Exportrad(rad, i: csv, index: index, namn: namn, fil: fil, delat: "beloppet")
            let serie = try r.serie()
            let helar = arsbelopp ? Self.helar(r.falt[2]) : nil
            let period = CSVRader.exportperiod(r.falt[2])
            guard period != nil || helar != nil else {
                throw r.fel(2, CSVRader.periodproblem(r.falt[2])
                                + (Self.helar(r.falt[2]) != nil ? "; ett helt år (ÅÅÅÅ) går bara i en budgetfil" : ""))
            }
            let ore = try r.ore(tomtSomNoll: tomtSomNoll)
            let ar = period?.ar ?? helar!
            let arsnyckel = Periodisering.Arsbudgetnyckel(nyckel: serie, ar: ar)
            if let forra = arsrader[arsnyckel] {
                if forra.helar || helar != nil {
                    throw ScenarioFel(fil: fil, rad: rad.nummer, nyckel: nyckel,
                                      problem: "enhet \(serie.enhet), konto \(serie.konto) har redan "
                                          + (forra.helar ? "ett årsbelopp" : "månadsbelopp") + " för \(ar) på rad \(forra.rad); "
                                          + "ge ett år antingen som ett årsbelopp (ÅÅÅÅ) eller per månad")
                }
            } else {
                arsrader[arsnyckel] = (rad.nummer, helar != nil)
            }
            guard let period else {
                arsbudget.append(Arsbudget(enhet: serie.enhet, konto: serie.konto, ar: ar, ore: ore))
                continue
            }
            let bokforing = Bokforing(enhet: serie.enhet, konto: serie.konto, period: period, ore: ore)
            if let forra = forekomst.updateValue(rad.nummer, forKey: bokforing.nyckel) {
                throw ScenarioFel(fil: fil, rad: rad.nummer, nyckel: nyckel,
                                  problem: "enhet \(bokforing.enhet), konto \(bokforing.konto) och period \(period) finns redan "
                                      + "på rad \(forra); varje kombination får bara finnas en gång i filen")
            }
            bokforingar.append(bokforing)
        }
        return (bokforingar, arsbudget)
    }

    /// A whole year written alone, `YYYY`, within `Artal.giltiga`; nil for anything else.
    private static func helar(_ text: String) -> Int? {
        guard text.utf8.count == 4, text.utf8.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }),
              let ar = Int(text), Artal.giltigt(ar) else { return nil }
        return ar
    }
}
