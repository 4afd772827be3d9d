import Foundation
import Input
import Uppfoljning
import Vokabular

/// Reads driver values for the ledger: the columns `enhet;drivare;period;varde`, one line per unit (or `*`
/// for the whole region), driver and month (`YYYY-MM`), the value in the file's decimal convention
/// (semicolon with decimal comma, or comma with decimal point, detected from the header), UTF-8 with or
/// without byte-order mark, LF or CRLF. The whole file is checked before anything is imported: the first
/// bad field is reported with file, line and column, and so is the second line that gives the same unit,
/// driver and month.
public enum Drivarfil {
    /// The columns in their order.
    static let kolumner = ["enhet", "drivare", "period", "varde"]
    /// What the unit column holds for a value that applies to the whole region.
    public static let helaRegionen = "*"

    /// The values in the file at `url`.
    public static func las(_ url: URL) throws(ScenarioFel) -> [Drivarvarde] {
        let fil = url.path
        let csv = try CSVRader(try Textfil.las(url, slag: "drivarfilen", maxStorlek: Textfil.maxExportstorlek), fil: fil)
        try csv.kravRubrik(kolumner, fil: fil)
        var varden: [Drivarvarde] = []
        varden.reserveCapacity(csv.rader.count)
        var forekomst: [Drivarvarde.Nyckel: Int] = [:]
        for rad in csv.rader {
            func fel(_ kolumn: Int, _ problem: String) -> ScenarioFel {
                ScenarioFel(fil: fil, rad: rad.nummer, nyckel: "kolumn \(kolumn + 1) (\(kolumner[kolumn]))", problem: problem)
            }
            try csv.kravFaltantal(rad, fil: fil, delat: "värdet")
            let f = rad.falt
            if f[0] != helaRegionen, let problem = Kod.problem(f[0]) {
                throw fel(0, "enhetskoden duger inte: \(problem); skriv \(helaRegionen) för ett värde som gäller hela regionen")
            }
            if let problem = Kod.problem(f[1]) { throw fel(1, "drivarens namn duger inte: \(problem)") }
            guard let period = Period(text: f[2]) else { throw fel(2, CSVRader.periodproblem(f[2])) }
            let tal = try csv.tal(f[3], intervall: -Liggare.maxDrivarvarde...Liggare.maxDrivarvarde) { fel(3, $0) }
            let varde = Drivarvarde(enhet: f[0] == helaRegionen ? nil : f[0], namn: f[1], period: period, varde: tal)
            if let forra = forekomst.updateValue(rad.nummer, forKey: varde.nyckel) {
                throw ScenarioFel(fil: fil, rad: rad.nummer, nyckel: "kolumn 1–3 (enhet, drivare, period)",
                                  problem: "\(varde.enhetstext), drivaren \(varde.namn) och period \(period) finns redan "
                                      + "på rad \(forra); varje kombination får bara finnas en gång i filen")
            }
            varden.append(varde)
        }
        return varden
    }
}
