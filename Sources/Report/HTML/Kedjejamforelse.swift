import Application
import Vokabular

/// A what-if against its base — the same chain without the changes — per plan year: the result, the cost of
/// hired personnel, the cost of unmet need (not booked, so not in the result: lower staffing moves cost there
/// rather than saving it) and the population, each as base, what-if and the difference. `prognos serve` puts
/// it above the what-if's report.
public enum Kedjejamforelse {
    /// The key figures compared, as `Kedjeresultat.nyckeltal` names them.
    static let nycklar = ["resultat", "inhyrd_kostnad_mnkr", "ej_tackt_kostnad_mnkr", "folkmangd"]

    /// One table per key figure, a row per plan year of the what-if; a year the base lacks (a longer plan
    /// period) shows "–" for the base and the difference.
    public static func html(bas: Kedjeresultat, whatif: Kedjeresultat) -> String {
        let tabeller = nycklar.compactMap { nyckel -> String? in
            guard let ny = whatif.nyckeltal.first(where: { $0.nyckel == nyckel }),
                  let gammal = bas.nyckeltal.first(where: { $0.nyckel == nyckel }) else { return nil }
            let text = { (v: Double?) in v.map { Belopp.text($0, decimaler: ny.decimaler) } ?? "–" }
            let rader = whatif.ar.enumerated().map { i, year -> [String] in
                let b = bas.ar.firstIndex(of: year).map { gammal.varden[$0] }
                return [String(year), text(b), text(ny.varden[i]), text(b.map { ny.varden[i] - $0 })]
            }
            return Datatabell(rubrik: "\(ny.rubrik) (\(ny.enhet))", kolumner: ["År", "Bas", "What-if", "Skillnad"], rader: rader).html
        }
        return "<h2>What-if mot bas</h2>\n<p>Samma kedja utan ändringarna är basen; skillnaden är what-if minus bas.</p>\n"
            + "<div class=\"jamforelse\">\n\(tabeller.joined(separator: "\n"))\n</div>"
    }
}
