import Application
import Budget
import Vokabular

/// The budget run as one self-contained HTML page: the result and the cash at year end as charts, then
/// the statements, the nämnd frames, the sensitivity analysis and the comparison with the published budget
/// as tables, and last the scenario as it was read.
public enum Budgethtml {
    /// The page of `k`, read from the scenario file named `fil` as the user gave it.
    public static func sida(_ k: Budgetkorning, fil: String) -> String {
        let ar = k.scenario.planperiod.ar
        let u = k.utfall
        var inledning = "Scenario \(fil), planperiod \(k.scenario.planperiod.beskrivning), belopp i mnkr."
        if let fran = k.scenario.forlangdFran { inledning += " Från \(fran) är budgeten en förlängning av den beslutade." }
        var delar = ["<p>\(HTMLText.skyddad(inledning))</p>"]
        if let likviditet = Likviditetstext.text(u.finansieringsbudget, ar: ar) { delar.append("<p>\(HTMLText.skyddad(likviditet))</p>") }
        delar.append("<h2>Resultat och likvida medel</h2>")
        delar.append(Linjediagram(titel: "Resultat per år", enhet: "mnkr", ar: ar,
                                  serier: [.init(namn: "Resultat", varden: u.resultatbudget.resultat)], band: [], decimaler: 1).html)
        delar.append(Linjediagram(titel: "Likvida medel vid årets slut", enhet: "mnkr", ar: ar,
                                  serier: [.init(namn: "Likvida medel", varden: u.finansieringsbudget.likvidaMedelUB)],
                                  band: [], decimaler: 1).html)
        let rapporter: [any Budgetrapport] = [u.resultatbudget, u.balansbudget, u.finansieringsbudget, u.budgetramar, k.kanslighet]
        for rapport in rapporter {
            delar.append("<h2>\(HTMLText.skyddad(rapport.rubrik))</h2>")
            delar.append(tabell(rapport, ar: ar))
            delar += rapport.fotnoter.map { "<p>\(HTMLText.skyddad($0))</p>" }
        }
        delar.append("<h2>\(HTMLText.skyddad(k.jamforelse.rubrik))</h2>")
        delar.append(tabell(k.jamforelse, ar: k.jamforelse.ar))
        return HTMLSida(titel: "Prognos: \(k.scenario.namn)", delar: delar, antaganden: k.scenario.upplost).html
    }

    /// A statement as a data table, a column per year.
    static func tabell(_ rapport: any Budgetrapport, ar: [Int]) -> String {
        Datatabell(rubrik: "\(rapport.rubrik) (mnkr)", kolumner: [""] + ar.map(String.init),
                   rader: rapport.rader.map { rad in [rad.rubrik] + rad.belopp.map { Belopp.text($0, decimaler: 1) } }).html
    }
}
