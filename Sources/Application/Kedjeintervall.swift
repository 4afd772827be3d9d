import Befolkning
import Budget
import Foundation
import Input
import Personal
import Vokabular

/// The chain's uncertainty: the stochastic population's paths carried on through care need, hires and
/// cost to the budget result, as quantiles per plan year. Seeded and reproducible for a seed and a path
/// count. It covers the population's and the workforce's uncertainty only; the tax base, prices and
/// interest rates are held at the scenario's values.
public struct Kedjeintervall: Sendable {
    /// The number of paths and the seed.
    public let banor: Int, seed: UInt64
    /// The population's base year: the paths' uncertainty grows from there, also over years already past.
    public let befolkningensBasar: Int
    /// The plan years.
    public let ar: [Int]
    /// The quantiles per key figure.
    public let serier: [Kvantilserie]

    /// One key figure's quantiles per plan year.
    public struct Kvantilserie: Sendable {
        /// The row key, as in `Nyckeltal`.
        public let nyckel: String
        /// The heading, unit and decimals, as in `Nyckeltal`.
        public let rubrik: String, enhet: String, decimaler: Int
        /// One set of quantiles per plan year.
        public let kvantiler: [Kvantiler]
    }
}

extension Kedjekorning {
    /// Paths of the workforce model carried at once.
    private static let block = 500

    /// The chain prepared in `steg` on `banor` paths, seeded with `seed` or the population scenario's seed,
    /// after checking that the paths fit in memory: what `kor --simuleringar` and `jamfor --simuleringar`
    /// run for each chain. `framsteg` hears how many paths are done.
    func intervall(_ steg: Steg, banor: Int, seed: UInt64?, framsteg: ((Int) -> Void)? = nil) throws(Korfel) -> Kedjeintervall {
        let horisont = (steg.budget.planperiod.ar.last ?? 0) - (kedja.befolkning.basar ?? steg.befolkning.basar)
        try Minne.kontrollera(2 * Befolkningsmodell.minnesbehov(banor: banor, horisont: horisont),
                              for: "kedjans \(banor) banor × \(horisont) år", minska: "minska --simuleringar")
        do {
            return try simulera(steg, banor: banor, seed: seed ?? kedja.befolkning.seed, framsteg: framsteg)
        } catch { throw .dataEllerAntaganden(error) }
    }

    /// Runs the chain prepared in `steg` on `banor` paths of the population as `prognos befolkning` reports
    /// it (`Befolkningskorning.banor`: the simulated paths with the same seed, under the assumptions of the
    /// deterministic run, each age group with the error table's distribution): every path's care need by
    /// area drives the workforce model, its cost difference against the deterministic reference and
    /// its population on 1 November go into the budget, all paths' budgets as one batch per block.
    /// `framsteg` hears how many paths are done.
    func simulera(_ steg: Steg, banor: Int, seed: UInt64, framsteg: ((Int) -> Void)? = nil) throws(ScenarioFel) -> Kedjeintervall {
        let plan = steg.budget.planperiod.ar
        let befolkningsmodell = steg.befolkningsmodell
        let vardtyngd = steg.personalkorning.modell.vardtyngd
        let omraden = vardtyngd.vikter.keys.sorted()
        let banorna = try steg.befolkningskorning.banor(befolkningsmodell, till: steg.personalSista, banor: banor, seed: seed,
                                                        vikter: omraden.map { vardtyngd.vikter[$0]!.flatMap { $0 } })
        let personal = steg.personalkorning
        var antaganden = personal.antaganden
        antaganden.horisont = steg.personalSista - personal.scenario.basar
        let arFran = personal.scenario.basar

        let nycklar: [(String, String, String, Int)] = [
            ("folkmangd", "Folkmängd 31 dec", "personer", 0), ("folkmangd_80plus", "varav 80+ år", "personer", 0),
            ("inhyrd_kostnad_mnkr", "Kostnad inhyrd personal", "mnkr", 1),
            ("personalkostnad_mnkr", "Personalkostnad, modellens grupper", "mnkr", 1),
            ("intaktseffekt_befolkning", "Skatter och utjämning av befolkningen", "mnkr", 1),
            ("resultat", "Resultat", "mnkr", 1),
        ]
        // [key][plan year][path]
        var varden = nycklar.map { _ in plan.map { _ in [Double](repeating: 0, count: banor) } }
        let referensNovember = plan.map { steg.referensbefolkning.novemberForeAr($0) ?? .nan }
        var start = 0
        while start < banor {
            let slut = min(banor, start + Self.block)
            let behov = (start..<slut).map { j in
                Vardbehov(varden: Dictionary(uniqueKeysWithValues: omraden.enumerated().map { v, omrade in
                    (omrade, Dictionary(uniqueKeysWithValues: (arFran...steg.personalSista).map { ($0, banorna.varde(v, ar: $0, bana: j) ?? .nan) }))
                }))
            }
            let prognoser: [Personalprognos]
            do { prognoser = try personal.modell.berakna(antaganden, vardbehov: behov) } catch {
                throw ScenarioFel(fil: personal.scenario.fil.path, rad: nil, nyckel: "antaganden", problem: error.description)
            }
            var budgetar: [Budgetantaganden] = []
            for (j, p) in zip(start..<slut, prognoser) {
                var a = steg.budget.antaganden
                for (i, year) in plan.enumerated() {
                    let t = steg.personalindex[i]
                    a.personalkostnadsforandring[i] += (p.personalkostnad(t) - steg.referenskostnad[i]) / 1e6
                    if kedja.intakterFoljerBefolkningen {
                        let fore = banorna.grupp(.total, ar: year - 2, bana: j) ?? .nan
                        let efter = banorna.grupp(.total, ar: year - 1, bana: j) ?? .nan
                        a.befolkningsfaktor[i] *= Befolkningsprognos.november(fore: fore, efter: efter) / referensNovember[i]
                    }
                    varden[0][i][j] = banorna.grupp(.total, ar: year, bana: j) ?? .nan
                    varden[1][i][j] = banorna.grupp(.ar80plus, ar: year, bana: j) ?? .nan
                    varden[2][i][j] = p.totalt(t).inhyrdKostnad / 1e6
                    varden[3][i][j] = p.personalkostnad(t) / 1e6
                }
                budgetar.append(a)
            }
            let utfall: [Budgetutfall]
            do { utfall = try steg.budget.modell.berakna(budgetar) } catch {
                throw ScenarioFel(fil: steg.budget.fil.path, rad: nil, nyckel: "antaganden", problem: error.description)
            }
            for (k, u) in utfall.enumerated() {
                let effekt = u.resultatbudget.befolkningseffekt(budgetar[k])
                for i in plan.indices {
                    varden[4][i][start + k] = effekt[i]
                    varden[5][i][start + k] = u.resultatbudget.resultat[i]
                }
            }
            start = slut
            framsteg?(start)
        }
        return Kedjeintervall(banor: banor, seed: seed, befolkningensBasar: banorna.basar, ar: plan, serier: nycklar.enumerated().map { k, n in
            Kedjeintervall.Kvantilserie(nyckel: n.0, rubrik: n.1, enhet: n.2, decimaler: n.3, kvantiler: varden[k].map { Kvantiler(av: $0) })
        })
    }
}
