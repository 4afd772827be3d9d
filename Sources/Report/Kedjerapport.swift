import Application
import Budget
import Vokabular

/// The chained run as a report: first the short summary a new user reads (result, hired cost, population
/// per year), then the key figures of the whole chain and the budget statements; as CSV the key figures
/// (`kedja.csv`, long: `scenario;storhet;ar;varde`) and the statements, each row carrying the scenario name.
public enum Kedjerapport {
    /// The report of `r`, read from the chain file named `fil` as the user gave it.
    public static func rapport(_ r: Kedjeresultat, fil: String) -> Rapport {
        let ar = r.ar
        var text = ["Prognos: \(r.namn)", "Kedja \(fil): befolkning → personal → budget, planperiod \(r.budget.planperiod.beskrivning)"]
        if let fran = r.forlangdFran {
            text.append("Från \(fran) är budgeten en förlängning av den beslutade (se docs/budget.md): kostnaderna räknas upp "
                        + "med scenariots uppräkning, skatter och utjämning växer med skatteunderlaget.")
        }
        text += r.varningar.map { "Obs: \($0)" }
        text.append("")
        text.append(sammanfattning(r).text)
        text.append("")
        text.append(Kolumntabell(rubrik: "Kedjans nyckeltal per år", kolumner: ["", "Enhet"] + ar.map(String.init),
                                 rader: r.nyckeltal.map { n in [n.rubrik, n.enhet] + n.varden.map { Belopp.text($0, decimaler: n.decimaler) } }).text)
        text.append("")
        if let intervall = r.intervall {
            text.append(intervalltext(intervall))
            text.append("")
        }
        text.append(Kolumntabell(rubrik: "Skatteunderlagets väg: skatteintäkternas ökning per år, procent",
                                 kolumner: ar.map(String.init),
                                 rader: [r.skatteokning.map { $0.map { Belopp.text($0, decimaler: 1) } ?? "–" }]).text)
        text.append("Nettokostnad per invånare: Regionplanens mål är att minska skillnaden mot jämförbara regioner, "
                    + "2 508 kr/invånare 2021 (regionplan-2023-2025.txt rad 2070–2076).")
        text.append("")
        let tabeller: [(fil: String, rapport: any Budgetrapport)] = [
            ("resultatbudget.csv", r.budget.resultatbudget),
            ("balansbudget.csv", r.budget.balansbudget),
            ("finansieringsbudget.csv", r.budget.finansieringsbudget),
        ]
        for (_, rapport) in tabeller {
            text.append(Texttabell.text(rapport, ar: ar))
            text.append("")
        }
        if let likviditet = Likviditetstext.text(r.budget.finansieringsbudget, ar: ar) {
            text.append(likviditet)
            text.append("")
        }
        let kvantiler = r.intervall.map { [("kedja-kvantiler.csv", kvantilcsv(r.namn, $0))] } ?? []
        return Rapport(kommando: "kor", text: text.joined(separator: "\n"),
                       filer: [("kedja.csv", Nyckeltalscsv.text([(r.namn, r.ar, r.nyckeltal, nil)]))] + kvantiler + tabeller.map { ($0.fil, CSVRapport.text($0.rapport, ar: ar, scenario: r.namn)) }
                           + [("antaganden.yaml", r.upplost)],
                       html: Kedjehtml.sida(r, fil: fil))
    }

    /// What the chain's intervals cover.
    static let tackning = "Intervallen täcker befolkningens och personalförsörjningens osäkerhet, inte skatteunderlagets, prisernas eller räntornas."

    /// The quantiles per key figure: one table each, a row per plan year.
    static func intervalltext(_ k: Kedjeintervall) -> String {
        var delar = ["Osäkerhet genom hela kedjan: \(Belopp.text(Double(k.banor), decimaler: 0)) slumpbanor av befolkningen "
                     + "(seed \(k.seed)) genom vårdbehov, rekrytering och kostnad till resultatet. \(tackning) "
                     + "Befolkningen skrivs fram från \(k.befolkningensBasar), det sista året i data, så osäkerheten växer också "
                     + "över år som redan har passerat; med nyare data blir intervallen smalare."]
        for s in k.serier {
            delar.append("")
            delar.append(Kolumntabell(rubrik: "\(s.rubrik) (\(s.enhet)), kvantiler", kolumner: ["År", "2,5 %", "10 %", "50 %", "90 %", "97,5 %"],
                                      rader: zip(k.ar, s.kvantiler).map { year, q in
                                          [String(year)] + q.varden.map { Belopp.text($0, decimaler: s.decimaler) }
                                      }).text)
        }
        return delar.joined(separator: "\n")
    }

    /// `scenario;storhet;ar;p2_5;p10;p50;p90;p97_5`.
    static func kvantilcsv(_ namn: String, _ k: Kedjeintervall) -> String {
        CSVText.text(rubrik: ["scenario", "storhet", "ar", "p2_5", "p10", "p50", "p90", "p97_5"], rader: k.serier.flatMap { s in
            zip(k.ar, s.kvantiler).map { year, q in [namn, s.nyckel, String(year)] + q.varden.map { CSVText.tal($0, decimaler: max(s.decimaler, 1)) } }
        })
    }

    /// Result, hired cost, the unbooked cost of unmet need and population per year: what a new user should see first.
    static func sammanfattning(_ r: Kedjeresultat) -> Kolumntabell {
        let visas = ["resultat", "inhyrd_kostnad_mnkr", "ej_tackt_kostnad_mnkr", "intaktseffekt_befolkning", "folkmangd"]
        let nyckeltal = visas.compactMap { nyckel in r.nyckeltal.first { $0.nyckel == nyckel } }
        return Kolumntabell(rubrik: "Sammanfattning", kolumner: ["År"] + nyckeltal.map { "\($0.rubrik) \($0.enhet)" },
                            rader: r.ar.indices.map { i in
                                [String(r.ar[i])] + nyckeltal.map { Belopp.text($0.varden[i], decimaler: $0.decimaler) }
                            })
    }

}
