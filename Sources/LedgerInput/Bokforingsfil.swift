import Foundation
import Input
import Uppfoljning
import Vokabular

/// Reads a monthly export of outcome or budget for the ledger: the columns `enhet;konto;period;belopp`
/// (semicolon with decimal comma or point, or comma with decimal point, detected from the header), period
/// `YYYY-MM`, amount in kronor signed as booked (costs positive, income negative; see `Bokforing`), UTF-8
/// with or without byte-order mark, LF or CRLF. The whole file is checked before anything is imported:
/// the first bad field is reported with file, line and column, and so is the second line that gives the
/// same unit, row and month.
public enum Bokforingsfil {
    /// The columns in their order.
    static let kolumner = ["enhet", "konto", "period", "belopp"]

    /// The amounts of the export at `url`.
    public static func las(_ url: URL) throws(ScenarioFel) -> [Bokforing] {
        let fil = url.path
        let csv = try CSVRader(try Textfil.las(url, slag: "exportfilen", maxStorlek: Textfil.maxExportstorlek), fil: fil)
        try csv.kravRubrik(kolumner, fil: fil)
        var bokforingar: [Bokforing] = []
        bokforingar.reserveCapacity(csv.rader.count)
        var forekomst: [Bokforing.Nyckel: Int] = [:]
        for rad in csv.rader {
            func fel(_ kolumn: Int, _ problem: String) -> ScenarioFel {
                ScenarioFel(fil: fil, rad: rad.nummer, nyckel: "kolumn \(kolumn + 1) (\(kolumner[kolumn]))", problem: problem)
            }
            try csv.kravFaltantal(rad, fil: fil, delat: "beloppet")
            let f = rad.falt
            if let problem = Kod.problem(f[0]) { throw fel(0, "enhetskoden duger inte: \(problem)") }
            if let problem = Kod.problem(f[1]) { throw fel(1, "kontokoden duger inte: \(problem)") }
            guard let period = Period(text: f[2]) else { throw fel(2, CSVRader.periodproblem(f[2])) }
            let ore: Int64
            switch Kronor.ore(f[3], format: csv.format, max: Liggare.maxOre) {
            case .success(let varde): ore = varde
            case .failure(let problem): throw fel(3, problem.text)
            }
            let bokforing = Bokforing(enhet: f[0], konto: f[1], period: period, ore: ore)
            if let forra = forekomst.updateValue(rad.nummer, forKey: bokforing.nyckel) {
                throw ScenarioFel(fil: fil, rad: rad.nummer, nyckel: "kolumn 1–3 (enhet, konto, period)",
                                  problem: "enhet \(bokforing.enhet), konto \(bokforing.konto) och period \(period) finns redan "
                                      + "på rad \(forra); varje kombination får bara finnas en gång i filen")
            }
            bokforingar.append(bokforing)
        }
        return bokforingar
    }
}
