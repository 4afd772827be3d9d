import Application
import Vokabular

/// Scenarios side by side as one self-contained HTML page: the scenarios listed first, then for the key
/// figures a user compares first — result, hired cost, personnel cost, population, equity, liquid funds —
/// one line per scenario, each chain's with its 95 % and 80 % interval bands in its colour when paths were
/// run, and the data with the bounds under each chart.
public enum Jamforelsehtml {
    /// The key figures charted, in order; the others are in `jamforelse.csv`.
    static let diagram = ["resultat", "resultat_andel", "inhyrd_kostnad_mnkr", "personalkostnad_mnkr", "folkmangd", "folkmangd_80plus",
                          "eget_kapital", "likvida_medel", "nettokostnad_per_invanare"]

    /// The page for `j`.
    public static func sida(_ j: Scenariojamforelse) -> String {
        let ar = Array(Set(j.scenarier.flatMap(\.ar))).sorted()
        var delar = ["<p>Jämförelse av \(j.scenarier.count) scenarier; skillnaderna mot det första står i textutskriften och i "
                     + "<code>jamforelse.csv</code>.</p>",
                     "<ol>" + j.scenarier.map { "<li>\(HTMLText.skyddad($0.namn))</li>" }.joined() + "</ol>"]
        delar.append(j.simuleringar == nil ? "<p>Kör med <code>--simuleringar</code> för intervall genom varje kedja.</p>"
                     : "<p>" + HTMLText.skyddad(Jamforelserapport.intervall(j).joined(separator: " ")) + "</p>")
        for nyckel in diagram {
            let med = j.scenarier.filter { s in s.nyckeltal.contains { $0.nyckel == nyckel } }
            guard let forsta = med.first?.nyckeltal.first(where: { $0.nyckel == nyckel }) else { continue }
            let band = med.enumerated().flatMap { k, s in
                s.intervall?.serier.contains { $0.nyckel == nyckel } != true ? [] : Linjediagram.Band.intervall(ar.map { s.kvantiler(nyckel, $0) ?? Self.saknas }, serie: k, namn: s.namn)
            }
            delar.append(Linjediagram(titel: forsta.rubrik, enhet: forsta.enhet, ar: ar,
                                      serier: med.map { s in .init(namn: s.namn, varden: ar.map { s.varde(nyckel, $0) ?? .nan }) },
                                      band: band, decimaler: forsta.decimaler).html)
        }
        return HTMLSida(titel: "Jämförelse av scenarier", delar: delar).html
    }

    /// The quantiles of a year a scenario lacks (a shorter plan period): no band there.
    private static let saknas = Kvantiler(varden: Kvantiler.sannolikheter.map { _ in .nan })
}
