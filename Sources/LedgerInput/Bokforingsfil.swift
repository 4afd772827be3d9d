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
/// whole year's amount instead of months (`lasArsbudget`, `Budgetstrom`).
public enum Bokforingsfil {
    /// The amounts of the export at `url`, all in memory; a large export is better imported from a
    /// `Bokforingsstrom`.
    public static func las(_ url: URL, kolumner: Exportkolumner = Exportkolumner(), tomtSomNoll: Bool = false)
        throws(ScenarioFel) -> [Bokforing] {
        var strom = try Bokforingsstrom(url, kolumner: kolumner, tomtSomNoll: tomtSomNoll)
        var bokforingar: [Bokforing] = [], forekomst: [Bokforing.Nyckel: Int] = [:]
        while let (b, rad) = try strom.nasta() {
            if let forra = forekomst.updateValue(strom.rad, forKey: b.nyckel) { throw strom.dubblett(b, rad: rad, forra: forra) }
            bokforingar.append(b)
        }
        return bokforingar
    }

    /// The whole-year amounts of the budget export at `url` (a period that is a year alone, `YYYY`), to be spread
    /// over the months (`Periodisering`), with every line checked as `las` checks it; the months are left to a
    /// `Budgetstrom` over the same file. A unit and row may not have both in the same year. Memory grows with the
    /// units, rows and years, not with the lines. `framsteg` hears the share of the file read.
    public static func lasArsbudget(_ url: URL, kolumner: Exportkolumner = Exportkolumner(), tomtSomNoll: Bool = false,
                                    framsteg: ((Double) -> Void)? = nil) throws(ScenarioFel) -> [Arsbudget] {
        var strom = try Bokforingsstrom(url, kolumner: kolumner, tomtSomNoll: tomtSomNoll)
        var arsbudget: [Arsbudget] = []
        // Per unit, row and year: the line of its first amount, and whether that was a whole year's.
        var arsrader: [Periodisering.Arsbudgetnyckel: (rad: Int, helar: Bool)] = [:]
        var antal = 0
        while let post = try strom.post(arsbelopp: true) {
            let (serie, ar, helar): (Serienyckel, Int, Bool) = switch post {
            case .manad(let b): (Serienyckel(enhet: b.enhet, konto: b.konto), b.period.ar, false)
            case .ar(let a): (a.nyckel, a.ar, true)
            }
            let arsnyckel = Periodisering.Arsbudgetnyckel(nyckel: serie, ar: ar)
            if let forra = arsrader[arsnyckel], forra.helar || helar {
                throw ScenarioFel(fil: url.path, rad: strom.rad, nyckel: strom.kolumnerna,
                                  problem: "enhet \(serie.enhet), konto \(serie.konto) har redan "
                                      + (forra.helar ? "ett årsbelopp" : "månadsbelopp") + " för \(ar) på rad \(forra.rad); "
                                      + "ge ett år antingen som ett årsbelopp (ÅÅÅÅ) eller per månad")
            }
            arsrader[arsnyckel] = arsrader[arsnyckel] ?? (strom.rad, helar)
            if case .ar(let a) = post { arsbudget.append(a) }
            antal += 1
            if antal % 10_000 == 0 { framsteg?(strom.andel) }
        }
        return arsbudget
    }
}
