import Application
import Befolkning
import Budget
import Foundation
import Vokabular

/// The population projection for the terminal and as CSV: totals with intervals, age groups, the
/// components of change with fertility and life expectancy, and — where outcomes are known — the
/// projection held against them.
public struct Befolkningsrapport {
    public let namn: String
    public let modell: Befolkningsmodell
    public let prognos: Befolkningsprognos
    public let intervall: Befolkningsintervall
    public let jamforelse: Utfallsjamforelse?
    /// The resolved scenario, written as `antaganden.yaml` beside the CSV; nil without a scenario file.
    public let upplost: String?

    /// Gathers what the report shows.
    public init(namn: String, modell: Befolkningsmodell, prognos: Befolkningsprognos, intervall: Befolkningsintervall,
                jamforelse: Utfallsjamforelse?, upplost: String? = nil) {
        self.namn = namn
        self.upplost = upplost
        self.modell = modell
        self.prognos = prognos
        self.intervall = intervall
        self.jamforelse = jamforelse
    }

    /// The report of the projection use case's result.
    public init(_ r: Befolkningsresultat) {
        self.init(namn: r.namn, modell: r.modell, prognos: r.prognos, intervall: r.intervall, jamforelse: r.jamforelse,
                  upplost: r.upplost)
    }

    /// The text, the CSV files and, with a scenario file, `antaganden.yaml`.
    public var rapport: Rapport {
        Rapport(kommando: "befolkning", text: text, filer: csvFiler + (upplost.map { [("antaganden-befolkning.yaml", $0)] } ?? []),
                html: Befolkningshtml.sida(self))
    }

    /// The years shown in the terminal: the first three, then every fifth, and the last.
    var valdaIndex: [Int] {
        let n = prognos.ar.count
        return Array(Set((0..<min(3, n)).map { $0 } + stride(from: 4, to: n, by: 5).map { $0 } + [n - 1])).sorted()
    }

    private func personer(_ x: Double) -> String { Belopp.text(x, decimaler: 0) }
    private func intervall80(_ k: Kvantiler) -> String { "\(personer(k.p10))–\(personer(k.p90))" }

    /// The report as text.
    public var text: String {
        let f = modell.fruktsamhet, d = modell.dodlighet, o = modell.osakerhet
        let lc = d.leeCarter
        var delar = [
            "Befolkningsprognos: \(namn)",
            "Region \(modell.region), basår \(modell.basar) (folkmängd \(personer(prognos.bas.flatMap { $0 }.reduce(0, +))) "
                + "31 december), \(prognos.ar.count) år, \(intervall.banor) simuleringar",
            "",
            "Antaganden skattade ur data till och med \(modell.basar):",
            "  Summerad fruktsamhet \(Belopp.text(f.tfr, decimaler: 2)) barn per kvinna, andel flickor bland födda "
                + "\(Belopp.text(f.andelFlickor * 100, decimaler: 1)) %",
            "  Dödlighet: rikets åldersmönster (Lee–Carter), trend k \(Belopp.text(lc[0].drift, decimaler: 2)) (kvinnor) "
                + "och \(Belopp.text(lc[1].drift, decimaler: 2)) (män) per år; regional nivå "
                + "\(Belopp.text(d.regionalNiva[0], decimaler: 3)) och \(Belopp.text(d.regionalNiva[1], decimaler: 3)) gånger riket",
            "  Nettomigration \(personer(modell.migration.total)) personer per år (medelprofil)",
            "  Osäkerhet, rikets gemensamma svängningar (slumpvandringar): fruktsamhet σ = "
                + "\(Belopp.text(o.nationell.fruktsamhetSigma, decimaler: 3)) (nivåns \(Belopp.text(o.nationell.fruktsamhetsnivaSigma, decimaler: 3))); "
                + "migration σ = \(personer(o.nationell.migrationInnovation)) (nivåns \(personer(o.nationell.migrationsnivaSigma))); "
                + "dödlighet σ(k) = \(Belopp.text(lc[0].sigma, decimaler: 2)) / \(Belopp.text(lc[1].sigma, decimaler: 2)) med osäker trend",
            "  Osäkerhet, regionens egen avvikelse från riket (AR(1)): fruktsamhet φ = "
                + "\(Belopp.text(o.fruktsamhetPhi, decimaler: 2)), σ = \(Belopp.text(o.fruktsamhetSigma, decimaler: 3)) "
                + "(nivåns \(Belopp.text(o.fruktsamhetsnivaSigma, decimaler: 3))); migration φ = \(Belopp.text(o.migrationPhi, decimaler: 2)), "
                + "σ = \(personer(o.migrationInnovation)) (nivåns \(personer(o.migrationsnivaSigma))); "
                + "nettomigrationens σ = \(personer(o.migrationSigma)) per år",
            "",
        ]
        let valda = valdaIndex
        delar.append(Kolumntabell(
            rubrik: "Folkmängd 31 december: prognos (medel) och intervall ur tidigare prognosfel",
            kolumner: ["År", "Prognos", "p2,5", "p10", "p50", "p90", "p97,5"],
            rader: valda.map { t in
                let k = intervall.kvantiler(.total, t)
                return [String(prognos.ar[t]), personer(prognos.summa(.total, t))] + k.varden.map(personer)
            }).text)
        delar.append("")
        let grupp = { (g: Aldersgrupp, t: Int) in "\(personer(prognos.summa(g, t))) [\(intervall80(intervall.kvantiler(g, t)))]" }
        delar.append(Kolumntabell(
            rubrik: "Åldersgrupper: prognos [80 %-intervall]",
            kolumner: ["År"] + [Aldersgrupp.ar0_19, .ar20_64, .ar65_79, .ar80plus].map(\.rubrik) + ["Försörjningskvot"],
            rader: valda.map { t in
                [String(prognos.ar[t])] + [Aldersgrupp.ar0_19, .ar20_64, .ar65_79, .ar80plus].map { grupp($0, t) }
                    + ["\(Belopp.text(prognos.forsorjningskvot(t), decimaler: 2)) "
                       + "[\(Belopp.text(intervall.forsorjningskvot[t].p10, decimaler: 2))–"
                       + "\(Belopp.text(intervall.forsorjningskvot[t].p90, decimaler: 2))]"]
            }).text)
        delar.append("")
        delar.append(Kolumntabell(
            rubrik: "Förskole- och skolåldrar: prognos [80 %-intervall]",
            kolumner: ["År", Aldersgrupp.ar0_5.rubrik, Aldersgrupp.ar6_15.rubrik],
            rader: valda.map { t in [String(prognos.ar[t]), grupp(.ar0_5, t), grupp(.ar6_15, t)] }).text)
        delar.append("")
        delar.append(Kolumntabell(
            rubrik: "Komponenter: prognos [80 %-intervall]",
            kolumner: ["År", "Födda", "Döda", "Nettomigration", "Fruktsamhet", "e0 kvinnor", "e0 män"],
            rader: valda.map { t in
                [String(prognos.ar[t]),
                 "\(personer(prognos.fodda[t])) [\(intervall80(intervall.fodda[t]))]",
                 "\(personer(prognos.doda[t])) [\(intervall80(intervall.doda[t]))]",
                 "\(personer(prognos.migration[t])) [\(intervall80(intervall.migration[t]))]",
                 Belopp.text(prognos.tfr[t], decimaler: 2), Belopp.text(prognos.e0[t][0], decimaler: 1),
                 Belopp.text(prognos.e0[t][1], decimaler: 1)]
            }).text)
        if let jamforelse { delar += ["", jamforelsetext(jamforelse)] }
        return delar.joined(separator: "\n")
    }

    private func jamforelsetext(_ j: Utfallsjamforelse) -> String {
        var delar: [String] = []
        if !j.grupper.isEmpty {
            let par = stride(from: 0, to: j.grupper.count, by: 2).map { (j.grupper[$0], j.grupper[$0 + 1]) }
            let summa = { (kon: Kon, vad: KeyPath<Utfallsjamforelse.Gruppsrad, Double>) in
                j.grupper.filter { $0.kon == kon }.reduce(0) { $0 + $1[keyPath: vad] }
            }
            var rader = par.map { k, m in
                ["\(k.aldrar.lowerBound)–\(k.aldrar.upperBound)", personer(k.prognos), personer(k.utfall),
                 Belopp.text(k.felProcent, decimaler: 1), personer(m.prognos), personer(m.utfall), Belopp.text(m.felProcent, decimaler: 1)]
            }
            let (pk, uk, pm, um) = (summa(.kvinnor, \.prognos), summa(.kvinnor, \.utfall), summa(.man, \.prognos), summa(.man, \.utfall))
            rader.append(["Summa", personer(pk), personer(uk), Belopp.text((pk - uk) / uk * 100, decimaler: 1),
                          personer(pm), personer(um), Belopp.text((pm - um) / um * 100, decimaler: 1)])
            delar.append(Kolumntabell(
                rubrik: "Jämförelse med utfall december \(j.ar) (regionens redovisning), fel i procent av utfallet",
                kolumner: ["Ålder", "Kvinnor prognos", "utfall", "fel %", "Män prognos", "utfall", "fel %"],
                rader: rader).text)
        }
        if !j.totaler.isEmpty {
            if !delar.isEmpty { delar.append("") }
            delar.append(Kolumntabell(
                rubrik: "Jämförelse med folkmängden vid senare tidpunkter",
                kolumner: ["Tidpunkt", "Prognos", "Utfall", "Fel %", "80 %-intervall", "95 %-intervall", "Källa"],
                rader: j.totaler.map { r in
                    ["\(r.ar)-\(r.manad < 10 ? "0" : "")\(r.manad)", personer(r.prognos), personer(r.utfall),
                     Belopp.text(r.felProcent, decimaler: 1),
                     "\(intervall80(r.kvantiler)) \(r.inom80 ? "inom" : "utanför")",
                     "\(personer(r.kvantiler.p2_5))–\(personer(r.kvantiler.p97_5)) \(r.inom95 ? "inom" : "utanför")", r.kalla]
                }).text)
        }
        return delar.joined(separator: "\n")
    }

    /// The CSV files: `befolkning.csv` (population by year, sex and age, base year included),
    /// `komponenter.csv` and `kvantiler.csv`.
    public var csvFiler: [(namn: String, innehall: String)] {
        var rader: [[String]] = []
        let alla = [(modell.basar, prognos.bas)] + zip(prognos.ar, prognos.folkmangd).map { ($0, $1) }
        for (year, p) in alla {
            for kon in Kon.allCases {
                for a in 0..<Alder.antal {
                    rader.append([String(year), kon.namn, a == Alder.hogsta ? "100+" : String(a), CSVText.tal(p[kon.rawValue][a])])
                }
            }
        }
        let komponenter = prognos.ar.indices.map { t in
            [String(prognos.ar[t]), CSVText.tal(prognos.fodda[t]), CSVText.tal(prognos.doda[t]), CSVText.tal(prognos.migration[t]),
             CSVText.tal(prognos.tfr[t], decimaler: 3), CSVText.tal(prognos.e0[t][0], decimaler: 2),
             CSVText.tal(prognos.e0[t][1], decimaler: 2)]
        }
        var kvantiler: [[String]] = []
        for t in prognos.ar.indices {
            let serier: [(String, Double, Kvantiler)] = Aldersgrupp.allCases.map { ($0.nyckel, prognos.summa($0, t), intervall.kvantiler($0, t)) }
                + [("forsorjningskvot", prognos.forsorjningskvot(t), intervall.forsorjningskvot[t]),
                   ("fodda", prognos.fodda[t], intervall.fodda[t]), ("doda", prognos.doda[t], intervall.doda[t]),
                   ("nettomigration", prognos.migration[t], intervall.migration[t])]
            for (serie, p, k) in serier {
                let d = serie == "forsorjningskvot" ? 4 : 1
                kvantiler.append([String(prognos.ar[t]), serie, CSVText.tal(p, decimaler: d)] + k.varden.map { CSVText.tal($0, decimaler: d) })
            }
        }
        return [
            ("befolkning.csv", CSVText.text(rubrik: ["ar", "kon", "alder", "antal"], rader: rader, scenario: namn)),
            ("komponenter.csv", CSVText.text(rubrik: ["ar", "fodda", "doda", "nettomigration", "tfr", "e0_kvinnor", "e0_man"],
                                             rader: komponenter, scenario: namn)),
            ("kvantiler.csv", CSVText.text(rubrik: ["ar", "serie", "prognos", "p2_5", "p10", "p50", "p90", "p97_5"], rader: kvantiler,
                                           scenario: namn)),
        ]
    }
}

/// A backtest for the terminal and as `backtest.csv`.
public enum Backtestrapport {
    /// The report of the backtest use case's result: the text and `backtest.csv`.
    public static func rapport(_ r: Befolkningsbacktestresultat) -> Rapport {
        Rapport(kommando: "befolkning backtest", text: text(r.backtest, region: r.region, feldata: r.feldata, horisont: r.horisont),
                filer: [("backtest.csv", csv(r.backtest)), ("backtest-aldersgrupper.csv", aldersgrupper(r.backtest))])
    }

    /// The comparison per year: the total, its error and interval, and the error per age group, where the
    /// intervals come from (`feldata` the folder whose regions' past errors gave them), and when the data end
    /// before the `horisont` years asked for, so.
    public static func text(_ b: Befolkningsbacktest, region: String, feldata: URL, horisont: Int) -> String {
        let personer = { (x: Double) in Belopp.text(x, decimaler: 0) }
        let grupper: [Aldersgrupp] = [.ar0_19, .ar20_64, .ar65_79, .ar80plus]
        let totalt = Kolumntabell(
            rubrik: "Backtest \(region): skattat ur data till och med \(b.basar), jämfört med utfallet",
            kolumner: ["År", "Prognos", "Utfall", "Fel %", "p2,5", "p10", "p90", "p97,5", "Inom 80 %", "Inom 95 %"],
            rader: b.rader.map { r in
                [String(r.ar), personer(r.prognos), personer(r.utfall), Belopp.text(r.felProcent, decimaler: 2),
                 personer(r.kvantiler.p2_5), personer(r.kvantiler.p10), personer(r.kvantiler.p90), personer(r.kvantiler.p97_5),
                 r.inom80 ? "ja" : "nej", r.inom95 ? "ja" : "nej"]
            }).text
        let perGrupp = Kolumntabell(
            rubrik: "Fel per åldersgrupp, procent av utfallet",
            kolumner: ["År"] + grupper.map(\.rubrik),
            rader: b.rader.map { r in [String(r.ar)] + grupper.map { Belopp.text(r.felProcent($0), decimaler: 1) } }).text
        let inom80 = b.rader.filter(\.inom80).count, inom95 = b.rader.filter(\.inom95).count
        let kalla = switch b.intervall {
        case .prognosfel:
            "Intervallen är de som prognosen visar: ur tidigare prognosfel för länen i \(Styrtecken.maskerade(feldata.lastPathComponent)), "
                + "från deras data till och med \(b.basar) och utan \(region) själv, med regionens egen slump i döda och födda."
        case .banor:
            "Intervallen är de simulerade banornas: länens prognosfel med utfall till och med \(b.basar) är för få för en tabell "
                + "(prognosen visar annars intervall ur tidigare prognosfel)."
        }
        let kortare = b.rader.count < horisont
            ? ["Data slutar \(b.rader.last.map { String($0.ar) } ?? String(b.basar)), så backtesten når \(b.rader.count) av de \(horisont) år efter "
               + "basåret som --horisont bad om."] : []
        return ([totalt, "", perGrupp, "",
                 "Utfallet låg inom 80 %-intervallet \(inom80) av \(b.rader.count) år och inom 95 %-intervallet \(inom95) av \(b.rader.count) år.",
                 kalla] + kortare)
            .joined(separator: "\n")
    }

    /// `backtest-aldersgrupper.csv`: per year and age group the projection, the outcome, the error in per
    /// cent and the interval bounds.
    public static func aldersgrupper(_ b: Befolkningsbacktest) -> String {
        CSVText.text(rubrik: ["ar", "grupp", "prognos", "utfall", "fel_procent", "p2_5", "p10", "p90", "p97_5"],
                     rader: b.rader.flatMap { r in
                         Aldersgrupp.backtestgrupper.map { g in
                             let v = r.grupper[g.rawValue]
                             return [String(r.ar), g.nyckel, CSVText.tal(v.prognos), CSVText.tal(v.utfall, decimaler: 0),
                                     CSVText.tal(r.felProcent(g), decimaler: 3), CSVText.tal(v.kvantiler.p2_5),
                                     CSVText.tal(v.kvantiler.p10), CSVText.tal(v.kvantiler.p90), CSVText.tal(v.kvantiler.p97_5)]
                         }
                     })
    }

    /// `backtest.csv`: per year the total's projection, outcome, error and interval bounds.
    public static func csv(_ b: Befolkningsbacktest) -> String {
        CSVText.text(rubrik: ["ar", "prognos", "utfall", "fel_procent", "p2_5", "p10", "p90", "p97_5"],
                     rader: b.rader.map { r in
                         [String(r.ar), CSVText.tal(r.prognos), CSVText.tal(r.utfall, decimaler: 0), CSVText.tal(r.felProcent, decimaler: 3),
                          CSVText.tal(r.kvantiler.p2_5), CSVText.tal(r.kvantiler.p10), CSVText.tal(r.kvantiler.p90),
                          CSVText.tal(r.kvantiler.p97_5)]
                     })
    }
}
