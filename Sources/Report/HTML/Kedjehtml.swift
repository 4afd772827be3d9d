import Application
import Befolkning
import Budget
import Vokabular

/// The chained run as one self-contained HTML page: the scenario and the summary first, then charts with
/// their data — the result per year (with its interval when paths were run), the population (fan chart and
/// pyramid), staffing need against own staff per group, hired personnel — the result budget, and last the
/// assumptions as they were read, with the file and line of each value.
public enum Kedjehtml {
    /// The page for `r`, read from the chain file named `fil` as the user gave it; `fore` are sections put
    /// above the report (the what-if form of `prognos serve` and its comparison with the base).
    public static func sida(_ r: Kedjeresultat, fil: String, fore: [String] = []) -> String {
        HTMLSida(titel: "Prognos: \(r.namn)", delar: fore + inledning(r, fil: fil) + diagram(r) + [budget(r)],
                 antaganden: r.upplost).html
    }

    /// The scenario, its plan period and the summary table.
    static func inledning(_ r: Kedjeresultat, fil: String) -> [String] {
        var delar = ["<p>Kedja <code>\(HTMLText.skyddad(fil))</code>: befolkning → personal → budget, planperiod "
                     + "\(r.budget.planperiod.beskrivning). Belopp i miljoner kronor (mnkr), personal i årsarbetare (åa).</p>"]
        if let fran = r.forlangdFran {
            delar.append("<p class=\"obs\">Från \(fran) är budgeten en förlängning av den beslutade: kostnaderna räknas upp med "
                         + "scenariots uppräkning, skatter och utjämning växer med skatteunderlaget.</p>")
        }
        delar += r.varningar.map { "<p class=\"obs\">\(HTMLText.skyddad($0))</p>" }
        delar.append("<h2>Sammanfattning</h2>")
        delar.append(Datatabell(rubrik: "Kedjans nyckeltal per år", kolumner: ["", "Enhet"] + r.ar.map(String.init),
                                rader: r.nyckeltal.map { n in [n.rubrik, n.enhet] + n.varden.map { Belopp.text($0, decimaler: n.decimaler) } }).html)
        return delar
    }

    /// Every chart of the page, each with its data.
    static func diagram(_ r: Kedjeresultat) -> [String] {
        let varden = Dictionary(uniqueKeysWithValues: r.nyckeltal.map { ($0.nyckel, $0.varden) })
        let kvantiler = Dictionary(uniqueKeysWithValues: (r.intervall?.serier ?? []).map { ($0.nyckel, $0.kvantiler) })
        /// A line with the 95 % and 80 % bands of its paths, when there are paths.
        func linje(_ titel: String, _ enhet: String, _ nyckel: String, _ namn: String, decimaler: Int) -> String {
            let band = kvantiler[nyckel].map { Linjediagram.Band.intervall($0) } ?? []
            return Linjediagram(titel: titel, enhet: enhet, ar: r.ar, serier: [.init(namn: namn, varden: varden[nyckel] ?? [])],
                                band: band, decimaler: decimaler).html
        }
        var delar = ["<h2>Resultat</h2>",
                     linje("Resultat per år", "mnkr", "resultat", "Resultat", decimaler: 1)]
        if r.intervall == nil {
            delar.append("<p>Kör med <code>--simuleringar</code> för intervall genom hela kedjan.</p>")
        } else if let i = r.intervall {
            delar.append("<p>Intervallen kommer från \(Belopp.text(Double(i.banor), decimaler: 0)) slumpbanor av befolkningen genom "
                         + "vårdbehov, rekrytering och kostnad till resultatet (seed \(i.seed)); de täcker befolkningens och "
                         + "personalförsörjningens osäkerhet, inte skatteunderlagets. Befolkningen skrivs fram från "
                         + "\(i.befolkningensBasar).</p>")
        }
        delar.append("<h2>Befolkning</h2>")
        delar.append(linje("Folkmängd 31 december", "personer", "folkmangd", "Folkmängd", decimaler: 0))
        delar.append(linje("Folkmängd 80 år och äldre", "personer", "folkmangd_80plus", "80+ år", decimaler: 0))
        if let sista = r.ar.last, let t = r.befolkning.ar.firstIndex(of: sista) {
            delar.append(Befolkningspyramid(r.befolkning, ar: t).html)
        }
        delar.append("<h2>Personal</h2>")
        if let t = r.personalindex.last {
            delar.append(Stapeldiagram.perYrkesgrupp(r.personal, ar: t).html)
        }
        delar.append(Linjediagram(titel: "Personalbehov och egen personal", enhet: "åa", ar: r.ar,
                                  serier: [.init(namn: "Behov", varden: r.personalindex.map { r.personal.totalt($0).behov }),
                                           .init(namn: "Egen personal", varden: r.personalindex.map { r.personal.totalt($0).egna })],
                                  band: [], decimaler: 0).html)
        delar.append(Linjediagram(titel: "Inhyrd personal", enhet: "åa", ar: r.ar,
                                  serier: [.init(namn: "Inhyrda", varden: varden["inhyrda_aa"] ?? []),
                                           .init(namn: "Ej täckt behov", varden: varden["ej_tackt_aa"] ?? [])],
                                  band: [], decimaler: 0).html)
        delar.append(linje("Kostnad för inhyrd personal", "mnkr", "inhyrd_kostnad_mnkr", "Kostnad inhyrd personal", decimaler: 1))
        delar.append(linje("Kostnad för ej täckt behov (ej bokförd)", "mnkr", "ej_tackt_kostnad_mnkr", "Ej täckt behov", decimaler: 1))
        return delar
    }

    /// The result budget as a table.
    static func budget(_ r: Kedjeresultat) -> String {
        "<h2>Resultatbudget</h2>\n" + Budgethtml.tabell(r.budget.resultatbudget, ar: r.ar)
    }
}
