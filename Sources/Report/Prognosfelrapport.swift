import Application
import Befolkning
import Foundation
import Input
import Vokabular

/// The table of past projection errors for the terminal and as `prognosfel.csv`, the file
/// `prognos befolkning` reads its intervals from (`PrognosfelLasare`).
public enum Prognosfelrapport {
    /// The horizons the terminal shows, years.
    static let visadeHorisonter = [1, 5, 10, 15, 20, 25, 30]

    /// The report of the error table.
    public static func rapport(_ r: Prognosfelresultat) -> Rapport {
        Rapport(kommando: "befolkning prognosfel", text: text(r), filer: [("prognosfel.csv", csv(r.tabell))])
    }

    /// Per group the interval bounds at some horizons, as per cent above or below the projection.
    public static func text(_ r: Prognosfelresultat) -> String {
        let procent = { (q: Double) in Belopp.text((exp(q) - 1) * 100, decimaler: 1) }
        let tabell = Kolumntabell(
            rubrik: "Utfallet i procent över eller under prognosen: 2,5, 10, 50, 90 och 97,5 % av det väntade felet",
            kolumner: ["Grupp", "År", "Fel", "Perioder", "2,5 %", "10 %", "50 %", "90 %", "97,5 %"],
            rader: Aldersgrupp.allCases.flatMap { g in
                r.tabell.rader.filter { $0.grupp == g && visadeHorisonter.contains($0.horisont) }.map { rad in
                    [g.rubrik, String(rad.horisont), String(rad.antal), String(rad.perioder)] + rad.kvantiler.varden.map(procent)
                }
            }).text
        return [
            "Prognosfel ur \(r.data.path): \(r.regioner.count) regioner (\(r.regioner.joined(separator: ", "))), basår "
                + "\(r.basar.lowerBound)–\(r.basar.upperBound), medelalternativet skattat ur data till och med basåret",
            "Varje grupp och horisont h med minst \(Befolkningsmodellval.prognosfelMinstaPerioder) perioder om h år utan "
                + "överlapp (t-fördelning på perioder − 1 frihetsgrader); längre horisonter får den sista horisontens fel i "
                + "proportion till horisonten.",
            "", tabell,
        ].joined(separator: "\n")
    }

    /// `prognosfel.csv`: the quantiles of ln(utfall / prognos) per group and horizon.
    public static func csv(_ t: Prognosfel) -> String {
        CSVText.text(rubrik: PrognosfelLasare.rubrik, rader: t.rader.map { rad in
            [rad.grupp.nyckel, String(rad.horisont), String(rad.antal), String(rad.perioder)] + rad.kvantiler.varden.map { CSVText.tal($0, decimaler: 6) }
        })
    }
}
