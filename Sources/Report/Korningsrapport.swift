import Application
import Budget

/// The budget run as a report: statements, sensitivity, comparison with the published budget and the
/// reconciliation of the data on screen; the statements and the sensitivity as CSV.
public enum Korningsrapport {
    /// The report of `k`, read from the scenario file named `fil` as the user gave it.
    public static func budget(_ k: Budgetkorning, fil: String, visaAvrundning: Bool) -> Rapport {
        let ar = k.scenario.planperiod.ar
        let tabeller: [(fil: String, rapport: any Budgetrapport)] = [
            ("resultatbudget.csv", k.utfall.resultatbudget),
            ("balansbudget.csv", k.utfall.balansbudget),
            ("finansieringsbudget.csv", k.utfall.finansieringsbudget),
            ("budgetramar.csv", k.utfall.budgetramar),
            ("kanslighetsanalys.csv", k.kanslighet),
        ]
        var text = ["Prognos: \(k.scenario.namn)",
                    "Scenario \(fil), planperiod \(k.scenario.planperiod.beskrivning), belopp i mnkr"]
        if let fran = k.scenario.forlangdFran {
            text.append("Från \(fran) är budgeten en förlängning av den beslutade (se docs/budget.md).")
        }
        text.append("")
        for (_, rapport) in tabeller {
            text.append(Texttabell.text(rapport, ar: ar))
            text.append("")
        }
        if let likviditet = Likviditetstext.text(k.utfall.finansieringsbudget, ar: ar) {
            text.append(likviditet)
            text.append("")
        }
        text.append(Texttabell.text(k.jamforelse, ar: k.jamforelse.ar))
        text.append("")
        text.append(Avstamningsrapport.text(k.avstamning, visaAvrundning: visaAvrundning))
        return Rapport(kommando: "run", text: text.joined(separator: "\n"),
                       filer: tabeller.map { ($0.fil, CSVRapport.text($0.rapport, ar: ar, scenario: k.scenario.namn)) }
                           + [("antaganden-run.yaml", k.scenario.upplost)],
                       html: Budgethtml.sida(k, fil: fil))
    }
}
