import Application
import Budget
import Personal
import Vokabular

/// The workforce projection for the terminal and as `personal.csv`: per group and year the need, own staff
/// and its flows, hired personnel and its cost, the own-staff share and unmet need; the totals against the
/// cost ceiling; and, when linked, the effect on the budget's result.
public struct Personalrapport {
    public let namn: String
    public let prognos: Personalprognos
    public let budget: (ar: [Int], forandring: [Double], beslutad: [Double], medPersonal: [Double])?
    /// The resolved scenario, written as `antaganden.yaml` beside the CSV.
    public let upplost: String?

    public init(namn: String, prognos: Personalprognos,
                budget: (ar: [Int], forandring: [Double], beslutad: [Double], medPersonal: [Double])?, upplost: String? = nil) {
        self.namn = namn
        self.prognos = prognos
        self.budget = budget
        self.upplost = upplost
    }

    /// The report of the workforce use case's result.
    public init(_ r: Personalresultat) {
        self.init(namn: r.namn, prognos: r.prognos, budget: r.budget, upplost: r.upplost)
    }

    /// The text, `personal.csv` and `antaganden.yaml`.
    public var rapport: Rapport {
        Rapport(kommando: "personal", text: text, filer: [("personal.csv", csv)] + (upplost.map { [("antaganden-personal.yaml", $0)] } ?? []),
                html: Personalhtml.sida(self))
    }

    /// The groups the Regionplan's own-staff indicator follows.
    static let indikatorgrupper = ["läkare", "sjuksköterskor"]

    private func aa(_ x: Double) -> String { Belopp.text(x, decimaler: 1) }
    private func mnkr(_ x: Double) -> String { Belopp.text(x / 1e6, decimaler: 1) }

    public var text: String {
        let p = prognos
        var delar = ["Personalförsörjning: \(namn)",
                     "Basår \(p.ar.first!) (utfall ur data), prognos \(p.ar[1])–\(p.ar.last!); årsarbetare (åa) är utförd tid "
                        + "efter sjukfrånvaro, kostnader i mnkr i löpande priser", ""]
        for grupp in p.grupper {
            delar.append(Kolumntabell(
                rubrik: "Yrkesgrupp: \(grupp)",
                kolumner: ["År", "Behov åa", "Anställda", "Egna åa", "Rekr.behov", "Anställn.", "Pension", "Övr. avg.", "Inhyrda åa",
                           "Inhyrd mnkr", "Merkostn.", "Egen andel %", "Ej täckt åa"],
                rader: p.ar.indices.map { t in
                    let r = p.grupp(grupp, t)
                    let flode = { (x: Double) in t == 0 ? "–" : Belopp.text(x, decimaler: 0) }
                    return [String(p.ar[t]), aa(r.behov), Belopp.text(r.antal, decimaler: 0), aa(r.egna), flode(r.rekryteringsbehov),
                            flode(r.anstallningar), flode(r.pensionsavgangar), flode(r.ovrigaAvgangar), aa(r.inhyrda),
                            mnkr(r.inhyrdKostnad), mnkr(r.merkostnad), Belopp.text(r.egenAndelProcent, decimaler: 1), aa(r.ejTackt)]
                }).text)
            delar.append("")
        }
        delar.append(Kolumntabell(
            rubrik: "Totalt: personalkostnad och inhyrd personal (kostnadstak \(Belopp.text(p.hyrkostnadstak * 100, decimaler: 1)) %)",
            kolumner: ["År", "Personalkostnad mnkr", "varav inhyrd mnkr", "Inhyrd andel %", "Över taket",
                       "Egen andel läkare och sjuksköterskor %", "Ej täckt åa"],
            rader: p.ar.indices.map { t in
                let tot = p.totalt(t)
                return [String(p.ar[t]), mnkr(p.personalkostnad(t)), mnkr(tot.inhyrdKostnad),
                        Belopp.text(p.hyrandel(t) * 100, decimaler: 2), p.hyrandel(t) > p.hyrkostnadstak ? "ja" : "nej",
                        Belopp.text(p.egenAndelProcent(Self.indikatorgrupper, t), decimaler: 1), aa(tot.ejTackt)]
            }).text)
        if let budget {
            delar.append("")
            delar.append(Kolumntabell(
                rubrik: "Effekt på resultatbudgeten: personalkostnad mot referensscenariot, mnkr",
                kolumner: ["År", "Förändring personalkostnad", "Resultat beslutad budget", "Resultat med personalscenariot"],
                rader: budget.ar.indices.map { i in
                    [String(budget.ar[i]), Belopp.text(budget.forandring[i]), Belopp.text(budget.beslutad[i]),
                     Belopp.text(budget.medPersonal[i])]
                }).text)
        }
        return delar.joined(separator: "\n")
    }

    /// `personal.csv`: one row per year and group; flows are empty for the base year.
    public var csv: String {
        let p = prognos
        var rader: [[String]] = []
        for t in p.ar.indices {
            for grupp in p.grupper {
                let r = p.grupp(grupp, t)
                let flode = { (x: Double) in t == 0 ? "" : CSVText.tal(x, decimaler: 1) }
                rader.append([String(p.ar[t]), grupp, CSVText.tal(r.behov), CSVText.tal(r.antal), CSVText.tal(r.egna),
                              flode(r.rekryteringsbehov), flode(r.anstallningar), flode(r.pensionsavgangar), flode(r.ovrigaAvgangar),
                              CSVText.tal(r.inhyrda), CSVText.tal(r.inhyrdKostnad / 1e6, decimaler: 3),
                              CSVText.tal(r.merkostnad / 1e6, decimaler: 3), CSVText.tal(r.egenAndelProcent, decimaler: 2),
                              CSVText.tal(r.ejTackt)])
            }
        }
        return CSVText.text(rubrik: ["ar", "grupp", "behov_aa", "antal_anstallda", "egna_aa", "rekryteringsbehov", "anstallningar",
                                     "pensionsavgangar", "ovriga_avgangar", "inhyrda_aa", "inhyrd_kostnad_mnkr", "merkostnad_mnkr",
                                     "egen_andel_procent", "ej_tackt_aa"], rader: rader, scenario: namn)
    }
}
