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

    /// The three files: name → text.
    static func filer() throws -> [String: String] {
        var slump = SplitMix64(seed: seed)
        var utfall: [String] = [], budget: [String] = []
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
        ]
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
