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
    public let budget: (ar: [Int], forandring: [Double], beslutad: [Double], medPersonal: [Double], ejTackt: [Double])?
    /// The resolved scenario, written as `antaganden.yaml` beside the CSV.
    public let upplost: String?
    /// The quantiles on the population's paths, written as `personal-intervall.csv`, when run with `--simuleringar`.
    public var intervall: Personalintervall?

    public init(namn: String, prognos: Personalprognos,
                budget: (ar: [Int], forandring: [Double], beslutad: [Double], medPersonal: [Double], ejTackt: [Double])?, upplost: String? = nil) {
        self.namn = namn
        self.prognos = prognos
        self.budget = budget
        self.upplost = upplost
    }

    /// The report of the workforce use case's result.
    public init(_ r: Personalresultat) {
        self.init(namn: r.namn, prognos: r.prognos, budget: r.budget, upplost: r.upplost)
        intervall = r.intervall
    }

    /// The text, `personal.csv` and `antaganden.yaml`.
    public var rapport: Rapport {
        Rapport(kommando: "personal", text: text, filer: [("personal.csv", csv), ("personal-alder.csv", alderscsv)]
                    + (intervall.map { [("personal-intervall.csv", Self.intervallcsv($0, namn: namn))] } ?? [])
                    + (upplost.map { [("antaganden-personal.yaml", $0)] } ?? []),
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
                           "Inhyrd mnkr", "Merkostn.", "Egen andel %", "Ej täckt åa", "Ej täckt mnkr"],
                rader: p.ar.indices.map { t in
                    let r = p.grupp(grupp, t)
                    let flode = { (x: Double) in t == 0 ? "–" : Belopp.text(x, decimaler: 0) }
                    return [String(p.ar[t]), aa(r.behov), Belopp.text(r.antal, decimaler: 0), aa(r.egna), flode(r.rekryteringsbehov),
                            flode(r.anstallningar), flode(r.pensionsavgangar), flode(r.ovrigaAvgangar), aa(r.inhyrda),
                            mnkr(r.inhyrdKostnad), mnkr(r.merkostnad), Belopp.text(r.egenAndelProcent, decimaler: 1), aa(r.ejTackt),
                            mnkr(r.ejTacktKostnad)]
                }).text)
            delar.append("")
        }
        delar.append(Kolumntabell(
            rubrik: "Totalt: personalkostnad och inhyrd personal (kostnadstak \(Belopp.text(p.hyrkostnadstak * 100, decimaler: 1)) %); "
                + "ej täckt behov prissatt \(Self.ejTacktPris(p)), inte bokfört",
            kolumner: ["År", "Personalkostnad mnkr", "varav inhyrd mnkr", "Inhyrd andel %", "Över taket",
                       "Egen andel läkare och sjuksköterskor %", "Ej täckt åa", "Ej täckt mnkr", "Med ej täckt mnkr"],
            rader: p.ar.indices.map { t in
                let tot = p.totalt(t)
                return [String(p.ar[t]), mnkr(p.personalkostnad(t)), mnkr(tot.inhyrdKostnad),
                        Belopp.text(p.hyrandel(t) * 100, decimaler: 2), p.hyrandel(t) > p.hyrkostnadstak ? "ja" : "nej",
                        Belopp.text(p.egenAndelProcent(Self.indikatorgrupper, t), decimaler: 1), aa(tot.ejTackt),
                        mnkr(tot.ejTacktKostnad), mnkr(p.kostnadMedEjTackt(t))]
            }).text)
        if let utbildning = Self.utbildning(p) {
            delar.append("")
            delar.append(utbildning)
        }
        delar.append("")
        delar.append(Kolumntabell(
            rubrik: "Åldersstruktur: egen personal per åldersband, alla yrkesgrupper, personer",
            kolumner: ["År"] + p.aldersband,
            rader: p.ar.indices.map { t in [String(p.ar[t])] + p.totalt(t).antalPerBand.map { Belopp.text($0, decimaler: 0) } }).text)
        if let intervall {
            delar.append("")
            delar.append(Kolumntabell(
                rubrik: "Osäkerhet från befolkningen\(intervall.parameterspridning == nil ? "" : " och de kalibrerade parametrarna"): "
                    + "totalt, \(intervall.banor) banor (seed \(intervall.seed)), 10 och 90 % i parentes",
                kolumner: ["År", "Behov åa", "Inhyrd mnkr", "Ej täckt åa", "Ej täckt mnkr"],
                rader: intervall.ar.indices.map { t in
                    [String(intervall.ar[t])] + ["behov_aa", "inhyrd_kostnad_mnkr", "ej_tackt_aa", "ej_tackt_kostnad_mnkr"].map { storhet in
                        let k = intervall.rader.first { $0.grupp == "totalt" && $0.omrade == "totalt" && $0.storhet == storhet }!.kvantiler[t]
                        return "\(aa(k.p50)) (\(aa(k.p10))–\(aa(k.p90)))"
                    }
                }).text)
            if let spridning = intervall.parameterspridning {
                delar.append("")
                delar.append(Kolumntabell(
                    rubrik: "Parametrarna dras per bana: standardavvikelse med dokumentens toleranser som medelfel (mal.csv)",
                    kolumner: ["Parameter", "Nyckel", "Värde", "Standardavvikelse", "Bestämd av målen"],
                    rader: spridning.parametrar.indices.map { j in
                        [spridning.parametrar[j].namn, spridning.parametrar[j].nyckel, Belopp.text(spridning.medel[j], decimaler: 2),
                         Belopp.text(spridning.standardavvikelse[j], decimaler: 3), spridning.bestamd[j] ? "ja" : "nej, hålls fast"]
                    }).text)
            }
        }
        if let budget {
            delar.append("")
            delar.append(Kolumntabell(
                rubrik: "Effekt på resultatbudgeten: personalkostnad mot referensscenariot, mnkr; det ej täckta behovet bokförs "
                    + "inte, så resultatet om det hyrs in står bredvid",
                kolumner: ["År", "Förändring personalkostnad", "Resultat beslutad budget", "Resultat med personalscenariot",
                           "Förändring ej täckt mnkr", "Resultat om ej täckt hyrs in"],
                rader: budget.ar.indices.map { i in
                    [String(budget.ar[i]), Belopp.text(budget.forandring[i]), Belopp.text(budget.beslutad[i]),
                     Belopp.text(budget.medPersonal[i]), Belopp.text(budget.ejTackt[i]),
                     Belopp.text(budget.medPersonal[i] - budget.ejTackt[i])]
                }).text)
        }
        return delar.joined(separator: "\n")
    }

    /// The region's own training, for the groups that have it: trainees in training posts and the completed who
    /// join, per year; nil when no group trains.
    static func utbildning(_ p: Personalprognos) -> String? {
        let grupper = p.grupper.filter { g in p.ar.indices.contains { p.grupp(g, $0).iUtbildning > 0 } }
        guard !grupper.isEmpty else { return nil }
        return Kolumntabell(
            rubrik: "Egen utbildning: personer i utbildningstjänst (utanför de anställda) och färdiga som börjar "
                + "(räknas i Anställn., utanför rekryteringskapaciteten)",
            kolumner: ["År"] + grupper.flatMap { ["\($0) i utb.", "\($0) färdiga"] },
            rader: p.ar.indices.dropFirst().map { t in
                [String(p.ar[t])] + grupper.flatMap { g in
                    [Belopp.text(p.grupp(g, t).iUtbildning, decimaler: 0), Belopp.text(p.grupp(g, t).franUtbildning, decimaler: 1)]
                }
            }).text
    }

    /// How the unmet need is priced, in words.
    static func ejTacktPris(_ p: Personalprognos) -> String {
        switch p.ejTacktPris {
        case .inhyrd: return "som inhyrd personal"
        case .egen: return "som egen personal"
        }
    }

    /// `personal.csv`: one row per year, group and care area, then each group's total (`omrade` = `totalt`),
    /// each area's total (`grupp` = `totalt`) and the year's total; flows are empty for the base year.
    public var csv: String {
        let p = prognos
        var rader: [[String]] = []
        for t in p.ar.indices {
            let flode = { (x: Double) in t == 0 ? "" : CSVText.tal(x, decimaler: 1) }
            let mnkr = { (x: Double) in CSVText.tal(x / 1e6, decimaler: 3) }
            for (grupp, omrade, r) in delar(t) {
                rader.append([String(p.ar[t]), grupp, omrade, CSVText.tal(r.behov), CSVText.tal(r.antal), CSVText.tal(r.egna),
                              flode(r.rekryteringsbehov), flode(r.anstallningar), flode(r.pensionsavgangar), flode(r.ovrigaAvgangar),
                              CSVText.tal(r.inhyrda), mnkr(r.inhyrdKostnad), mnkr(r.merkostnad), mnkr(r.egenKostnad),
                              CSVText.tal(r.ejTackt), mnkr(r.ejTacktKostnad), CSVText.tal(r.egenAndelProcent, decimaler: 2)])
            }
        }
        return CSVText.text(rubrik: Self.kolumner, rader: rader, scenario: namn)
    }

    /// `personal-intervall.csv`: the quantiles per year, row and quantity (`storhet`, a column of `personal.csv`).
    static func intervallcsv(_ i: Personalintervall, namn: String) -> String {
        var rader: [[String]] = []
        for t in i.ar.indices {
            for r in i.rader {
                rader.append([String(i.ar[t]), r.grupp, r.omrade, r.storhet] + r.kvantiler[t].varden.map { CSVText.tal($0, decimaler: 3) })
            }
        }
        return CSVText.text(rubrik: Self.intervallkolumner, rader: rader, scenario: namn)
    }

    /// The columns of `personal-intervall.csv` after `scenario`.
    static let intervallkolumner = ["ar", "grupp", "omrade", "storhet", "p2_5", "p10", "p50", "p90", "p97_5"]

    /// `personal-alder.csv`: own staff at the end of each year by age band, for the same rows as `personal.csv`.
    public var alderscsv: String {
        let p = prognos
        var rader: [[String]] = []
        for t in p.ar.indices {
            for (grupp, omrade, r) in delar(t) {
                for (band, antal) in zip(p.aldersband, r.antalPerBand) {
                    rader.append([String(p.ar[t]), grupp, omrade, band, CSVText.tal(antal)])
                }
            }
        }
        return CSVText.text(rubrik: ["ar", "grupp", "omrade", "aldersband", "antal"], rader: rader, scenario: namn)
    }

    /// A year's rows: each group's areas and its total (`omrade` = `totalt`), each area's total (`grupp` =
    /// `totalt`) and the year's total.
    private func delar(_ t: Int) -> [(grupp: String, omrade: String, ar: Personalprognos.Ar)] {
        Personalprognos.delar(grupper: prognos.grupper, segment: prognos.segment).map { ($0.grupp, $0.omrade, prognos.summa(grupp: $0.grupp, omrade: $0.omrade, t)) }
    }

    /// The columns of `personal.csv` after `scenario`.
    static let kolumner = ["ar", "grupp", "omrade", "behov_aa", "antal_anstallda", "egna_aa", "rekryteringsbehov", "anstallningar",
                           "pensionsavgangar", "ovriga_avgangar", "inhyrda_aa", "inhyrd_kostnad_mnkr", "merkostnad_mnkr",
                           "egen_kostnad_mnkr", "ej_tackt_aa", "ej_tackt_kostnad_mnkr", "egen_andel_procent"]
}
