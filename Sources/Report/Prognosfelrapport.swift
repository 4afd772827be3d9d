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

    /// Per group the interval bounds at some horizons, as per cent above or below the projection: the rows
    /// and, past them, the horizons with a spread ratio.
    public static func text(_ r: Prognosfelresultat) -> String {
        let procent = { (q: Double) in Belopp.text((exp(q) - 1) * 100, decimaler: 1) }
        let t = r.tabell
        let tabell = Kolumntabell(
            rubrik: "Utfallet i procent över eller under prognosen: 2,5, 10, 50, 90 och 97,5 % av det väntade felet",
            kolumner: ["Grupp", "År", "Fel", "Basår", "Perioder", "Kvot", "2,5 %", "10 %", "50 %", "90 %", "97,5 %"],
            rader: Aldersgrupp.allCases.flatMap { g in
                let rader = t.rader.filter { $0.grupp == g && visadeHorisonter.contains($0.horisont) }.map { rad in
                    [g.rubrik, String(rad.horisont), String(rad.antal), String(rad.basar), String(rad.perioder), ""]
                        + rad.kvantiler.varden.map(procent)
                }
                let kvoter = t.kvoter.filter { $0.grupp == g && visadeHorisonter.contains($0.horisont) }.map { k in
                    [g.rubrik, String(k.horisont), String(k.antal), String(k.basar), String(k.perioder), Belopp.text(k.kvot, decimaler: 2)]
                        + (t.logkvantiler(g, horisont: k.horisont)?.varden ?? []).map(procent)
                }
                return rader + kvoter
            }).text
        return [
            "Prognosfel ur \(r.data.path): \(r.regioner.count) regioner (\(r.regioner.joined(separator: ", "))), basår "
                + "\(r.basar.lowerBound)–\(r.basar.upperBound), medelalternativet skattat ur data till och med basåret",
            "Varje grupp och horisont h med minst \(Befolkningsmodellval.prognosfelMinstaPerioder) perioder om h år utan "
                + "överlapp (t-fördelning på perioder − 1 frihetsgrader). Efter gruppens sista sådana horisont H växer "
                + "spridningen med kvoten s(h)/s(H) mellan alla fel vid h och felen vid H från samma län och basår (minst "
                + "\(Befolkningsmodellval.prognosfelMinstaPerioder) basår), medianen i proportion till horisonten.",
            "", tabell,
        ].joined(separator: "\n")
    }

    /// `prognosfel.csv`: per group the quantiles of ln(utfall / prognos) at the horizons 1…H, then the spread
    /// ratios past H with the quantiles the table gives there.
    public static func csv(_ t: Prognosfel) -> String {
        let q = { (k: Kvantiler) in k.varden.map { CSVText.tal($0, decimaler: 6) } }
        return CSVText.text(rubrik: PrognosfelLasare.rubrik, rader: Aldersgrupp.allCases.flatMap { g in
            t.rader.filter { $0.grupp == g }.map { rad in
                [g.nyckel, String(rad.horisont), String(rad.antal), String(rad.basar), String(rad.perioder), ""] + q(rad.kvantiler)
            } + t.kvoter.filter { $0.grupp == g }.map { k in
                [g.nyckel, String(k.horisont), String(k.antal), String(k.basar), String(k.perioder), CSVText.tal(k.kvot, decimaler: 6)]
                    + (t.logkvantiler(g, horisont: k.horisont).map(q) ?? [])
            }
        })
    }
}
