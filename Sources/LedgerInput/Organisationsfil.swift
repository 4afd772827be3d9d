import Foundation
import Input
import Uppfoljning

/// Reads the organisation tree for the ledger: the columns `enhet;namn;forvaltning;namnd`, one line per
/// unit with its code, its name, its förvaltning and that förvaltning's nämnd (semicolon or comma,
/// detected from the header, UTF-8 with or without byte-order mark). Every field must be a valid code
/// (see `Kod`); a unit given twice, and a förvaltning placed under two nämnder, are refused at the second
/// line.
public enum Organisationsfil {
    /// The columns in their order.
    static let kolumner = ["enhet", "namn", "forvaltning", "namnd"]

    /// The placements in the file at `url`.
    public static func las(_ url: URL) throws(ScenarioFel) -> [Placering] {
        let fil = url.path
        let csv = try CSVRader(try Textfil.las(url, slag: "organisationsfilen", maxStorlek: Textfil.maxDatastorlek), fil: fil)
        try csv.kravRubrik(kolumner, fil: fil)
        var placeringar: [Placering] = []
        var forekomst: [String: Int] = [:]
        var namnder: [String: (namnd: String, rad: Int)] = [:]
        for rad in csv.rader {
            try csv.kravFaltantal(rad, fil: fil)
            for (index, falt) in rad.falt.enumerated() {
                if let problem = Kod.problem(falt) {
                    throw ScenarioFel(fil: fil, rad: rad.nummer, nyckel: "kolumn \(index + 1) (\(kolumner[index]))",
                                      problem: "\(problem)")
                }
            }
            let placering = Placering(enhet: rad.falt[0], namn: rad.falt[1], forvaltning: rad.falt[2], namnd: rad.falt[3])
            if let forra = forekomst.updateValue(rad.nummer, forKey: placering.enhet) {
                throw ScenarioFel(fil: fil, rad: rad.nummer, nyckel: "kolumn 1 (enhet)",
                                  problem: "enheten \(placering.enhet) finns redan på rad \(forra); varje enhet får bara placeras en gång")
            }
            if let forra = namnder[placering.forvaltning], forra.namnd != placering.namnd {
                throw ScenarioFel(fil: fil, rad: rad.nummer, nyckel: "kolumn 4 (namnd)",
                                  problem: "förvaltningen \(placering.forvaltning) ligger under nämnden \(forra.namnd) på rad "
                                      + "\(forra.rad), här under \(placering.namnd); en förvaltning hör till en nämnd")
            }
            namnder[placering.forvaltning] = namnder[placering.forvaltning] ?? (placering.namnd, rad.nummer)
            placeringar.append(placering)
        }
        return placeringar
    }
}
