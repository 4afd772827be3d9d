import Foundation
import LinearAlgebra

/// Generates the example ledger in notebooks-data/uppfoljning-exempel: monthly outcome 2014–2018 and
/// budget 2014–2018 for the units and rows of notebooks-data/uppfoljning-2018, whose yearly totals are the
/// published ones where the documents have them (outcome 2017 and 2018, budget 2018) and are extrapolated
/// where they do not. Seeded (SplitMix64), so the same seed gives the same files on every machine; the
/// README of the data set describes the method.
enum Exempelgenerator {
    static let seed: UInt64 = 2018
    static let ar = 2014...2018
    /// Yearly growth when going back from 2017's outcome.
    static let tillvaxt = 0.025

    /// A monthly profile: relative weight per month January–December, and the noise of the outcome.
    struct Profil {
        let vikter: [Double]
        let brus: Double

        var andelar: [Double] {
            let summa = vikter.reduce(0, +)
            return vikter.map { $0 / summa }
        }

        /// Personnel: holidays in July and August, more paid in June and December (overtime, year end).
        static let personal = Profil(vikter: [1.00, 0.97, 1.02, 1.00, 1.02, 1.05, 0.70, 0.88, 1.02, 1.03, 1.03, 1.10], brus: 0.03)
        /// Running costs: quiet in July, the year-end invoices in December.
        static let drift = Profil(vikter: [0.90, 0.95, 1.00, 1.00, 1.00, 1.00, 0.80, 0.90, 1.00, 1.05, 1.05, 1.35], brus: 0.05)
        /// Income: lower in the holidays, the year-end settlements in December.
        static let intakt = Profil(vikter: [0.95, 1.00, 1.00, 1.00, 1.00, 1.00, 0.85, 0.95, 1.00, 1.00, 1.00, 1.25], brus: 0.05)
        /// Depreciation, capital and financial costs: the same every month.
        static let jamn = Profil(vikter: Array(repeating: 1, count: 12), brus: 0.01)
    }

    /// One series and its published yearly totals in tkr.
    struct Serie {
        let enhet: String
        let konto: String
        let profil: Profil
        let utfall2017: Double
        let utfall2018: Double
        let budget2018: Double?
    }

    /// The units with name, förvaltning and nämnd, for `organisation.csv`.
    static let organisation: [[String]] = [
        ["Landstingsservice", "Landstingsservice", "Landstingsservice", "Landstingsstyrelsen"],
        ["182", "Politik", "Landstingsgemensamt", "Landstingsstyrelsen"],
        ["183", "LS Anslag", "Landstingsgemensamt", "Landstingsstyrelsen"],
        ["225", "Hälsoval", "Landstingsgemensamt", "Landstingsstyrelsen"],
        ["Stab", "Landstingsdirektörens stab", "Landstingsdirektörens stab", "Landstingsstyrelsen"],
    ]

    /// The series, from the published tables.
    static func serier() throws -> [Serie] {
        var serier: [Serie] = []
        let ls = try Publicerat("landstingsservice-2018.csv")
        for rad in ls.rader where (!rad.text("del_av").isEmpty || ["Intäkter", "Kapitalkostnad"].contains(rad.text("rad")))
            && rad.tal("utfall_2018") != 0 {
            let profil: Profil = switch rad.text("del_av") {
            case "Personal": .personal
            case "Drift": .drift
            default: rad.text("rad") == "Intäkter" ? .intakt : .jamn
            }
            serier.append(Serie(enhet: "Landstingsservice", konto: rad.text("rad"), profil: profil, utfall2017: rad.tal("utfall_2017")!,
                                utfall2018: rad.tal("utfall_2018")!, budget2018: rad.tal("budget_2018")))
        }
        for rad in try Publicerat("landstingsgemensamt-2018.csv").rader where rad.text("basenhet") != "Totalt" {
            serier.append(Serie(enhet: rad.text("basenhet"), konto: "Nettokostnad", profil: .drift, utfall2017: rad.tal("utfall_2017")!,
                                utfall2018: rad.tal("utfall_2018")!, budget2018: rad.tal("budget_2018")))
        }
        let profiler: [String: Profil] = ["3 Intäkter": .intakt, "4 Personal": .personal, "5 Drift": .drift,
                                          "8 Avskrivningar": .jamn, "9 Finansen": .jamn]
        for rad in try Publicerat("stab-2018.csv").rader where rad.text("rad") != "Totalsumma" {
            serier.append(Serie(enhet: "Stab", konto: rad.text("rad"), profil: profiler[rad.text("rad")]!, utfall2017: rad.tal("utfall_2017")!,
                                utfall2018: rad.tal("utfall_2018")!, budget2018: rad.tal("budget_2018")))
        }
        return serier
    }

    /// The five files: name → text.
    static func filer() throws -> [String: String] {
        var slump = SplitMix64(seed: seed)
        var utfall: [String] = [], budget: [String] = []
        var personalkostnad: [String: [Int: Int64]] = [:]
        for serie in try serier() {
            // Yearly totals in kr: published where there are any, else back from 2017 with growth and noise.
            var utfallAr: [Int: Int64] = [2017: Int64(serie.utfall2017 * 1000), 2018: Int64(serie.utfall2018 * 1000)]
            for ar in ar where ar < 2017 {
                let faktor = pow(1 + tillvaxt, Double(ar - 2017)) * (1 + 0.02 * slump.nextStandardNormal())
                utfallAr[ar] = Int64((serie.utfall2017 * 1000 * faktor).rounded())
            }
            var budgetAr: [Int: Int64] = [:]
            if let budget2018 = serie.budget2018 {
                budgetAr[2018] = Int64(budget2018 * 1000)
                for ar in ar where ar < 2018 {
                    budgetAr[ar] = Int64((Double(utfallAr[ar]!) * (1 + 0.02 * slump.nextStandardNormal())).rounded())
                }
            }
            if personalkonton[serie.enhet] == serie.konto { personalkostnad[serie.enhet] = utfallAr }
            for ar in ar {
                let vikter = serie.profil.andelar.map { $0 * max(0.5, 1 + serie.profil.brus * slump.nextStandardNormal()) }
                utfall += rader(serie, ar: ar, belopp: fordela(utfallAr[ar]!, vikter))
                if let total = budgetAr[ar] { budget += rader(serie, ar: ar, belopp: fordela(total, serie.profil.andelar)) }
            }
        }
        let rubrik = "\u{FEFF}enhet;konto;period;belopp\r\n"
        return [
            "utfall.csv": rubrik + utfall.joined(),
            "budget.csv": rubrik + budget.joined(),
            "organisation.csv": "\u{FEFF}enhet;namn;forvaltning;namnd\r\n" + organisation.map { $0.joined(separator: ";") + "\r\n" }.joined(),
            "drivare.csv": "\u{FEFF}enhet;drivare;period;varde\r\n" + (try drivare(personalkostnad)).joined(),
            "prognos-landstingsservice-2018-08.csv": try prognos(),
        ]
    }

    /// Landstingsservice's own August prognosis 2018 as a prognosis file for `import --prognos`: not generated
    /// but the published column `prognos_2018_08` of `landstingsservice-2018.csv` (tkr × 1 000) for the rows
    /// the ledger has, each line with the source line of its figure.
    static func prognos() throws -> String {
        let tabell = try Publicerat("landstingsservice-2018.csv")
        let rader = try serier().filter { $0.enhet == "Landstingsservice" }.map { s in
            let rad = try tabell.rad(s.konto)
            guard let tkr = rad.tal("prognos_2018_08") else { throw Publicerat.Saknas(beskrivning: "prognosen för \(s.konto) saknas") }
            return "\(s.enhet);\(s.konto);2018;\(Int64(tkr * 1000));\(rad.text("kalla"))\r\n"
        }
        return "\u{FEFF}enhet;konto;ar;prognos;kalla\r\n" + rader.joined()
    }

    /// The row of each unit's own employees, whose cost the FTE explain.
    static let personalkonton = ["Landstingsservice": "Anställda", "Stab": "4 Personal"]
    /// The assumed yearly wage increase, applied each April (the löneöversyn is done in the first half-year,
    /// `regionstyrelsen-2019-02-13.txt` line 12186); no document gives the rate.
    static let loneokning = 0.025

    /// The wage index in month `manad` (1–12) of `ar`: 100 in January–March 2014, raised each April.
    static func loneindex(ar: Int, manad: Int) -> Double {
        100 * pow(1 + loneokning, Double(ar - 2014 + (manad >= 4 ? 1 : 0)))
    }

    /// The lines of `drivare.csv`: the wage index for the whole region and each unit's FTE month by month.
    /// A unit's yearly mean FTE is the published one for 2017 and 2018 (`arsarbetare.csv`); for 2014–2016 it
    /// is 2017's scaled by the generated cost of its employees over the yearly mean wage index, relative to
    /// 2017. The months vary around the mean (normal, 0,5 %, a stream of its own so the amounts stay as they
    /// were), shifted so that their mean is the year's, and rounded to one decimal.
    static func drivare(_ personalkostnad: [String: [Int: Int64]]) throws -> [String] {
        var slump = SplitMix64(seed: seed + 1)
        let publicerat = try Publicerat("arsarbetare.csv").rader
        func arsarbetare(_ enhet: String, _ storhet: String) -> Double? {
            publicerat.first { $0.text("enhet") == enhet && $0.text("storhet") == storhet }?.tal("arsarbetare")
        }
        func saknas(_ vad: String) -> Publicerat.Saknas { Publicerat.Saknas(beskrivning: vad) }
        func medelindex(_ ar: Int) -> Double { (1...12).map { loneindex(ar: ar, manad: $0) }.reduce(0, +) / 12 }
        func text(_ v: Double, decimaler: Int) -> String {
            String(format: "%.\(decimaler)f", v).replacingOccurrences(of: ".", with: ",")
        }
        var rader = ar.flatMap { ar in
            (1...12).map { "*;loneindex;\(ar)-\($0 < 10 ? "0" : "")\($0);\(text(loneindex(ar: ar, manad: $0), decimaler: 2))\r\n" }
        }
        for enhet in personalkonton.keys.sorted() {
            guard let fte2018 = arsarbetare(enhet, "2018"),
                  let fte2017 = arsarbetare(enhet, "2017") ?? arsarbetare(enhet, "minskning 2017-2018").map({ fte2018 + $0 }) else {
                throw saknas("årsarbetare för \(enhet) 2017 och 2018 i arsarbetare.csv")
            }
            guard let kostnad = personalkostnad[enhet] else { throw saknas("raden \(personalkonton[enhet]!) för \(enhet)") }
            for ar in ar {
                let medel = ar == 2018 ? fte2018 : ar == 2017 ? fte2017
                    : fte2017 * Double(kostnad[ar]!) / Double(kostnad[2017]!) * medelindex(2017) / medelindex(ar)
                let avvikelser = (1...12).map { _ in 0.005 * slump.nextStandardNormal() }
                let skift = avvikelser.reduce(0, +) / 12
                rader += avvikelser.enumerated().map { index, a in
                    "\(enhet);arsarbetare;\(ar)-\(index < 9 ? "0" : "")\(index + 1);\(text(medel * (1 + a - skift), decimaler: 1))\r\n"
                }
            }
        }
        return rader
    }

    /// `total` kr split in proportion to `vikter` into whole kronor that add up to `total` exactly: each
    /// month gets its share rounded down, and the kronor left go to the months with the largest remainders.
    static func fordela(_ total: Int64, _ vikter: [Double]) -> [Int64] {
        let summa = vikter.reduce(0, +)
        let exakta = vikter.map { Double(abs(total)) * $0 / summa }
        var delar = exakta.map { Int64($0.rounded(.down)) }
        let kvar = Int(abs(total) - delar.reduce(0, +))
        let rester = exakta.map { $0 - $0.rounded(.down) }
        for index in exakta.indices.sorted(by: { rester[$0] > rester[$1] || (rester[$0] == rester[$1] && $0 < $1) }).prefix(kvar) {
            delar[index] += 1
        }
        return total < 0 ? delar.map { -$0 } : delar
    }

    private static func rader(_ serie: Serie, ar: Int, belopp: [Int64]) -> [String] {
        belopp.enumerated().map { index, kr in
            "\(serie.enhet);\(serie.konto);\(ar)-\(index < 9 ? "0" : "")\(index + 1);\(kr)\r\n"
        }
    }
}
