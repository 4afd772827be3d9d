import Application
import Befolkning
import Vokabular

/// The backtest over many regions for the terminal and as `backtest-regioner.csv` (the summary) and
/// `backtest-regioner-fall.csv` (every case).
public enum Regionbacktestrapport {
    /// The report of the all-regions backtest's result.
    public static func rapport(_ r: Regionbacktestresultat) -> Rapport {
        Rapport(kommando: "befolkning backtest --alla-regioner", text: text(r),
                filer: [("backtest-regioner.csv", sammanfattning(r.backtest)), ("backtest-regioner-fall.csv", fall(r.backtest))])
    }

    /// A number of per cent with one decimal, or a dash where there is none.
    private static func procent(_ x: Double?) -> String { x.map { Belopp.text($0, decimaler: 1) } ?? "–" }

    /// The total's errors by horizon, the model and the simple projections side by side; then the model's
    /// errors and coverage per age group.
    public static func text(_ r: Regionbacktestresultat) -> String {
        let b = r.backtest
        let rader = b.sammanfattning
        func rad(_ m: Regionbacktest.Metod, _ g: Aldersgrupp, _ h: Int) -> Regionbacktest.Sammanfattning? {
            rader.first { $0.metod == m && $0.grupp == g && $0.horisont == h }
        }
        let enkla = Regionbacktest.Metod.alla.dropFirst()
        let totalt = Kolumntabell(
            rubrik: "Fel i totalen, procent av utfallet: median och 90:e percentil av det absoluta felet, medelfel (bias), "
                + "andel utfall inom intervallen ur tidigare fel (emp.) och ur banorna (sim.)",
            kolumner: ["År efter basåret", "Fall", "Modell median", "p90", "bias", "emp. 80 %", "emp. 95 %", "sim. 80 %", "sim. 95 %"]
                + enkla.flatMap { ["\($0.kortnamn) median", "p90", "bias"] },
            rader: b.horisonter.compactMap { h in
                guard let m = rad(.modell, .total, h) else { return nil }
                return [String(h), String(m.antal), procent(m.medianAbsFel), procent(m.p90AbsFel), procent(m.bias),
                        procent(m.inom80Empirisk), procent(m.inom95Empirisk), procent(m.inom80), procent(m.inom95)]
                    + enkla.flatMap { e in rad(e, .total, h).map { [procent($0.medianAbsFel), procent($0.p90AbsFel), procent($0.bias)] }
                        ?? ["–", "–", "–"] }
            }).text
        let grupper = Kolumntabell(
            rubrik: "Per åldersgrupp: modellens fel och täckning, jämförelsernas medianfel",
            kolumner: ["Grupp", "År", "Median", "p90", "Bias", "emp. 80 %", "emp. 95 %", "sim. 80 %", "sim. 95 %"]
                + enkla.map { "\($0.kortnamn) median" },
            rader: Aldersgrupp.backtestgrupper.flatMap { g in
                b.horisonter.compactMap { h in
                    rad(.modell, g, h).map { m in
                        [g.rubrik, String(h), procent(m.medianAbsFel), procent(m.p90AbsFel), procent(m.bias), procent(m.inom80Empirisk),
                         procent(m.inom95Empirisk), procent(m.inom80), procent(m.inom95)] + enkla.map { procent(rad($0, g, h)?.medianAbsFel) }
                    }
                }
            }).text
        let namn: [String] = enkla.map { "\($0.kortnamn) = \($0.namn.lowercased())" }
        let jamforelser = "Modellen är prognosen som prognos befolkning visar: under 65 år medlet av kohortkomponentmodellen, "
            + "konstant tillväxttakt och oförändrad befolkning per åldersgrupp och kön, från 65 år kohortkomponentmodellen. "
            + "Jämförelserna: \(namn.joined(separator: ", ")); tillväxttakten är gruppens "
            + "årliga de \(Befolkningsmodellval.tillvaxtfonster) åren före basåret. Jämförelserna har inga intervall."
        let utelamnade: [String] = r.utelamnade.map { u in
            "\(u.region) prövas inte från \(u.basar.map(String.init).joined(separator: ", ")): data \(u.data.lowerBound)–\(u.data.upperBound), "
                + "modellen behöver \(Befolkningsmodellval.minstaOsakerhetsfonster) år före basåret och minst ett efter"
        }
        let huvud: [String] = [
            "Backtest över \(b.regioner.count == 1 ? "1 region" : "\(b.regioner.count) regioner") i \(r.data.path): \(b.regioner.joined(separator: ", "))",
            "Basår \(b.basar.map(String.init).joined(separator: ", ")); \(r.banor) banor per region och basår (--simuleringar)"
                + (r.riket.map { "; \($0) ger dödlighetens mönster och prövas inte själv" } ?? ""),
        ]
        return (huvud + utelamnade + [
            jamforelser,
            "Intervallen ur tidigare fel (emp.) för en region och ett basår bygger på de andra regionernas fel med utfallsår "
                + "senast basåret, som prognos befolkning prognosfel räknar dem; banornas (sim.) på rikets och regionens historia till och med basåret, med rikets svängningar i fruktsamhet och flyttningar.",
            "", totalt, "", grupper,
        ]).joined(separator: "\n")
    }

    /// `backtest-regioner.csv`: per method, group and horizon the number of cases, the median and 90th
    /// percentile of the absolute error, the mean error and the coverage, all in per cent (empty without intervals).
    public static func sammanfattning(_ b: Regionbacktest) -> String {
        let tal = { (x: Double?) in x.map { CSVText.tal($0, decimaler: 2) } ?? "" }
        return CSVText.text(rubrik: ["metod", "grupp", "horisont", "fall", "median_abs_fel_procent", "p90_abs_fel_procent",
                                     "bias_procent", "inom80_procent", "inom95_procent", "inom80_empirisk_procent",
                                     "inom95_empirisk_procent"],
                            rader: b.sammanfattning.map { s in
                                [s.metod.nyckel, s.grupp.nyckel, String(s.horisont), String(s.antal), tal(s.medianAbsFel),
                                 tal(s.p90AbsFel), tal(s.bias), tal(s.inom80), tal(s.inom95), tal(s.inom80Empirisk), tal(s.inom95Empirisk)]
                            })
    }

    /// `backtest-regioner-fall.csv`: every case, with the bounds of the model's simulated intervals and of its
    /// intervals from past errors.
    public static func fall(_ b: Regionbacktest) -> String {
        CSVText.text(rubrik: ["region", "basar", "horisont", "grupp", "metod", "prognos", "utfall", "fel_procent",
                              "p2_5", "p10", "p90", "p97_5", "emp_p2_5", "emp_p10", "emp_p90", "emp_p97_5"],
                     rader: b.fall.map { f in
                         [f.region, String(f.basar), String(f.horisont), f.grupp.nyckel, f.metod.nyckel, CSVText.tal(f.prognos),
                          CSVText.tal(f.utfall, decimaler: 0), CSVText.tal(f.felProcent, decimaler: 3)]
                             + [f.kvantiler, f.empiriska].flatMap { q in
                                 q.map { k in [k.p2_5, k.p10, k.p90, k.p97_5].map { CSVText.tal($0) } } ?? ["", "", "", ""]
                             }
                     })
    }
}
