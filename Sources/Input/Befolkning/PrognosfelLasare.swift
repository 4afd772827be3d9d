import Befolkning
import Foundation
import Vokabular

/// Reads the table of past projection errors (`prognosfel.csv`, as `prognos befolkning prognosfel` writes
/// it): `grupp;horisont;fall;perioder;p2_5;p10;p50;p90;p97_5`, one row per age group (`Aldersgrupp.nyckel`) and
/// horizon: the number of errors and of periods, and the quantiles of ln(utfall / prognos).
public enum PrognosfelLasare {
    /// The file's header.
    public static let rubrik = ["grupp", "horisont", "fall", "perioder", "p2_5", "p10", "p50", "p90", "p97_5"]

    /// The table in `fil`.
    public static func las(_ fil: URL) throws(ScenarioFel) -> Prognosfel {
        let csv = try CSVRader(try Textfil.las(fil, slag: "prognosfelen", maxStorlek: Textfil.maxDatastorlek), fil: fil.path)
        guard csv.rubrik == rubrik else {
            throw ScenarioFel(fil: fil.path, rad: 1, nyckel: "", problem:
                "förväntade rubrikraden \(rubrik.joined(separator: ";")), fick \(csv.rubrik.joined(separator: ";"))")
        }
        var rader: [Prognosfel.Rad] = []
        // Each group's horizons run 1, 2, … in the file's order: the last one seen per group.
        var senaste: [Aldersgrupp: Int] = [:]
        for rad in csv.rader {
            try csv.kravFaltantal(rad, fil: fil.path)
            guard let grupp = Aldersgrupp.allCases.first(where: { $0.nyckel == rad.falt[0] }) else {
                throw ScenarioFel(fil: fil.path, rad: rad.nummer, nyckel: "kolumn grupp", problem:
                    "förväntade en av \(Aldersgrupp.allCases.map(\.nyckel).joined(separator: ", ")), fick \"\(rad.falt[0])\"")
            }
            func heltal(_ i: Int) throws(ScenarioFel) -> Int {
                guard let v = Int(rad.falt[i]), v >= 1 else {
                    throw ScenarioFel(fil: fil.path, rad: rad.nummer, nyckel: "kolumn \(rubrik[i])",
                                      problem: "förväntade ett heltal ≥ 1, fick \"\(rad.falt[i])\"")
                }
                return v
            }
            var varden: [Double] = []
            for i in 4..<rubrik.count {
                guard let v = Decimaltal.tolka(rad.falt[i], decimaltecken: csv.format.decimaltecken) else {
                    throw ScenarioFel(fil: fil.path, rad: rad.nummer, nyckel: "kolumn \(rubrik[i])",
                                      problem: "förväntade ett tal (logaritmen av utfall/prognos), fick \"\(rad.falt[i])\"")
                }
                varden.append(v)
            }
            guard varden.allSatisfy(\.isFinite), varden == varden.sorted() else {
                throw ScenarioFel(fil: fil.path, rad: rad.nummer, nyckel: "kolumnerna p2_5–p97_5", problem:
                    "förväntade ändliga kvantiler i stigande ordning, fick \(rad.falt[4...].joined(separator: "; "))")
            }
            let horisont = try heltal(1)
            let vantad = (senaste[grupp] ?? 0) + 1
            guard horisont == vantad else {
                throw ScenarioFel(fil: fil.path, rad: rad.nummer, nyckel: "kolumn horisont", problem:
                    "förväntade horisont \(vantad) för \(grupp.nyckel) (varje grupps horisonter 1, 2, … i ordning utan lucka), fick \(horisont)")
            }
            senaste[grupp] = horisont
            rader.append(Prognosfel.Rad(grupp: grupp, horisont: horisont, antal: try heltal(2), perioder: try heltal(3), kvantiler: Kvantiler(varden: varden)))
        }
        do { return try Prognosfel(rader: rader) } catch {
            // The rows were checked above; what the table still refuses concerns them all.
            throw ScenarioFel(fil: fil.path, rad: nil, nyckel: "kolumn grupp", problem: error.description)
        }
    }
}
