import Foundation
import Input
import Uppfoljning

/// Reads a kontoplan for the ledger's key figures: the columns `konto;resultatrad`, one line per row (konto)
/// with the line of the resultaträkning it belongs to (`Resultatrad`'s values; semicolon or comma, detected
/// from the header, UTF-8 with or without byte-order mark). A row given twice is refused at the second line.
public enum Kontoplanfil {
    static let kolumner = ["konto", "resultatrad"]

    /// Each row's line, in the file's order.
    public static func las(_ url: URL) throws(ScenarioFel) -> [(konto: String, rad: Resultatrad)] {
        let fil = url.path
        let csv = try CSVRader(try Textfil.las(url, slag: "kontoplanen", maxStorlek: Textfil.maxDatastorlek), fil: fil)
        try csv.kravRubrik(kolumner, fil: fil)
        var rader: [(konto: String, rad: Resultatrad)] = [], forekomst: [String: Int] = [:]
        for rad in csv.rader {
            try csv.kravFaltantal(rad, fil: fil)
            if let problem = Kod.problem(rad.falt[0]) {
                throw ScenarioFel(fil: fil, rad: rad.nummer, nyckel: "kolumn 1 (konto)", problem: "kontokoden duger inte: \(problem)")
            }
            guard let resultatrad = Resultatrad(rawValue: rad.falt[1].trimmingCharacters(in: .whitespaces)) else {
                throw ScenarioFel(fil: fil, rad: rad.nummer, nyckel: "kolumn 2 (resultatrad)",
                                  problem: "förväntade en av \(Resultatrad.giltiga), fick \"\(rad.falt[1])\"")
            }
            let konto = Kod.normaliserad(rad.falt[0])
            if let forra = forekomst.updateValue(rad.nummer, forKey: konto) {
                throw ScenarioFel(fil: fil, rad: rad.nummer, nyckel: "kolumn 1 (konto)",
                                  problem: "kontot \(konto) finns redan på rad \(forra); varje konto får bara en rad i resultaträkningen")
            }
            rader.append((konto, resultatrad))
        }
        return rader
    }
}
