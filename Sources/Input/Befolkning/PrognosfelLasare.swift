import Befolkning
import Foundation
import Vokabular

/// Reads the table of past projection errors (`prognosfel.csv`, as `prognos befolkning prognosfel` writes
/// it): `grupp;horisont;fall;basar;perioder;spridningskvot;p2_5;p10;p50;p90;p97_5`, per age group
/// (`Aldersgrupp.nyckel`) first the table's rows 1…H (the number of errors, base years and periods, an empty
/// `spridningskvot` and the quantiles of ln(utfall / prognos)), then the horizons past H with their spread
/// ratio s(h)/s(H) (s(H) from the same regions and base years as s(h)) and the quantiles the table gives there,
/// which must agree with the row H and the ratio.
public enum PrognosfelLasare {
    /// The file's header.
    public static let rubrik = ["grupp", "horisont", "fall", "basar", "perioder", "spridningskvot", "p2_5", "p10", "p50", "p90", "p97_5"]
    /// The header of the older format without base years and spread ratios.
    static let aldreRubrik = ["grupp", "horisont", "fall", "perioder", "p2_5", "p10", "p50", "p90", "p97_5"]
    /// The largest difference between a quantile in the file at horizon h past H and the table's own there,
    /// which rebuilds it from the file's six decimals, each off by up to 5·10⁻⁷: the median of row H,
    /// multiplied by h/H; its standard deviation (q_97,5 − q_2,5) / (2·t), times t(p) · r(h) with |t(p)| ≤ t,
    /// so up to r(h); the ratio r(h), times t(p) · σ(H) ≤ (q_97,5 − q_2,5) / 2 of row H; and the quantile
    /// itself. Twice that sum, for the arithmetic on top.
    static func tolerans(horisont h: Int, sista: Prognosfel.Rad, kvot: Double) -> Double {
        let bredd = sista.kvantiler.p97_5 - sista.kvantiler.p2_5
        return 2 * 5e-7 * (1 + Double(h) / Double(sista.horisont) + kvot + bredd / 2)
    }

    /// The table in `fil`.
    public static func las(_ fil: URL) throws(ScenarioFel) -> Prognosfel {
        let csv = try CSVRader(try Textfil.las(fil, slag: "prognosfelen", maxStorlek: Textfil.maxDatastorlek), fil: fil.path)
        guard csv.rubrik == rubrik else {
            let aldre = csv.rubrik == aldreRubrik
                ? " (filen har det äldre formatet utan spridningskvoter; gör om den med prognos befolkning prognosfel)" : ""
            throw ScenarioFel(fil: fil.path, rad: 1, nyckel: "", problem:
                "förväntade rubrikraden \(rubrik.joined(separator: ";")), fick \(csv.rubrik.joined(separator: ";"))\(aldre)")
        }
        var rader: [Prognosfel.Rad] = [], kvoter: [(rad: Int, kvot: Prognosfel.Spridningskvot, kvantiler: [Double])] = []
        // Each group's horizons run 1, 2, … in the file's order, the ratios after the rows: the last one seen per group.
        var senaste: [Aldersgrupp: Int] = [:], medKvot: Set<Aldersgrupp> = []
        for rad in csv.rader {
            try csv.kravFaltantal(rad, fil: fil.path)
            guard let grupp = Aldersgrupp.allCases.first(where: { $0.nyckel == rad.falt[0] }) else {
                throw ScenarioFel(fil: fil.path, rad: rad.nummer, nyckel: "kolumn grupp", problem:
                    "förväntade en av \(Aldersgrupp.allCases.map(\.nyckel).joined(separator: ", ")), fick \"\(rad.falt[0])\"")
            }
            func heltal(_ i: Int, minst: Int) throws(ScenarioFel) -> Int {
                guard let v = Int(rad.falt[i]), v >= minst else {
                    throw ScenarioFel(fil: fil.path, rad: rad.nummer, nyckel: "kolumn \(rubrik[i])",
                                      problem: "förväntade ett heltal ≥ \(minst), fick \"\(rad.falt[i])\"")
                }
                return v
            }
            func tal(_ i: Int, _ vad: String) throws(ScenarioFel) -> Double {
                guard let v = Decimaltal.tolka(rad.falt[i], decimaltecken: csv.format.decimaltecken), v.isFinite else {
                    throw ScenarioFel(fil: fil.path, rad: rad.nummer, nyckel: "kolumn \(rubrik[i])",
                                      problem: "förväntade \(vad), fick \"\(rad.falt[i])\"")
                }
                return v
            }
            var varden: [Double] = []
            for i in 6..<rubrik.count { varden.append(try tal(i, "ett tal (logaritmen av utfall/prognos)")) }
            guard varden == varden.sorted() else {
                throw ScenarioFel(fil: fil.path, rad: rad.nummer, nyckel: "kolumnerna p2_5–p97_5", problem:
                    "förväntade kvantiler i stigande ordning, fick \(rad.falt[6...].joined(separator: "; "))")
            }
            let horisont = try heltal(1, minst: 1)
            let vantad = (senaste[grupp] ?? 0) + 1
            guard horisont == vantad else {
                throw ScenarioFel(fil: fil.path, rad: rad.nummer, nyckel: "kolumn horisont", problem:
                    "förväntade horisont \(vantad) för \(grupp.nyckel) (varje grupps horisonter 1, 2, … i ordning utan lucka), fick \(horisont)")
            }
            senaste[grupp] = horisont
            let antal = try heltal(2, minst: 1), basar = try heltal(3, minst: 1)
            if rad.falt[5].isEmpty {
                guard !medKvot.contains(grupp) else {
                    throw ScenarioFel(fil: fil.path, rad: rad.nummer, nyckel: "kolumn spridningskvot", problem:
                        "förväntade en spridningskvot för \(grupp.nyckel): tabellens rader (tom kvot) kommer före horisonterna med kvot")
                }
                rader.append(Prognosfel.Rad(grupp: grupp, horisont: horisont, antal: antal, basar: basar,
                                            perioder: try heltal(4, minst: 1), kvantiler: Kvantiler(varden: varden)))
            } else {
                let kvot = try tal(5, "ett tal > 0 (spridningen vid horisonten delad med den vid tabellens sista rad) eller tomt")
                guard kvot > 0, horisont > 1 else {
                    throw ScenarioFel(fil: fil.path, rad: rad.nummer, nyckel: "kolumn spridningskvot", problem:
                        "förväntade ett tal > 0 efter minst en tabellrad för \(grupp.nyckel), fick \"\(rad.falt[5])\"")
                }
                medKvot.insert(grupp)
                kvoter.append((rad.nummer, Prognosfel.Spridningskvot(grupp: grupp, horisont: horisont, antal: antal, basar: basar,
                                                                     perioder: try heltal(4, minst: 0), kvot: kvot), varden))
            }
        }
        let tabell: Prognosfel
        do { tabell = try Prognosfel(rader: rader, kvoter: kvoter.map(\.kvot)) } catch {
            // The rows were checked above; what the table still refuses concerns them all.
            throw ScenarioFel(fil: fil.path, rad: nil, nyckel: "kolumn grupp", problem: error.description)
        }
        for k in kvoter {
            let egna = tabell.logkvantiler(k.kvot.grupp, horisont: k.kvot.horisont)?.varden ?? []
            let sista = tabell.rader.last { $0.grupp == k.kvot.grupp }
            let grans = sista.map { tolerans(horisont: k.kvot.horisont, sista: $0, kvot: k.kvot.kvot) } ?? 0
            guard egna.count == k.kvantiler.count, zip(egna, k.kvantiler).allSatisfy({ abs($0 - $1) <= grans }) else {
                throw ScenarioFel(fil: fil.path, rad: k.rad, nyckel: "kolumnerna p2_5–p97_5", problem:
                    "förväntade kvantilerna som tabellens sista rad och spridningskvoten ger, "
                        + "\(egna.map { Belopp.text($0, decimaler: 6) }.joined(separator: "; ")), fick "
                        + k.kvantiler.map { Belopp.text($0, decimaler: 6) }.joined(separator: "; "))
            }
        }
        return tabell
    }
}
