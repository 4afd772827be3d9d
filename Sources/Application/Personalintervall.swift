import Befolkning
import Foundation
import Input
import Personal
import Vokabular

/// The workforce projection's uncertainty from the population's and the calibrated parameters': paths of the
/// scenario's stochastic population (its population scenario's model, assumptions and seed, each age group with
/// the distribution `prognos befolkning` shows: `Befolkningskorning.banor`), each path's care
/// need by area carried through the workforce model under the scenario's assumptions with one draw of the
/// calibrated parameters (`Parameterspridning`; none when the data have no targets or the caller leaves it out),
/// and quantiles per year, row (group × area, each group's and each area's total, the total) and quantity.
/// Reproducible for a seed and a path count; the draws come from their own stream, so the population's paths
/// are the same with and without them.
public struct Personalintervall: Sendable {
    /// One row: a group and an area (`totalt` in a sum), a quantity (a column of `personal.csv`) and its
    /// quantiles per year.
    public struct Rad: Sendable {
        public let grupp: String, omrade: String, storhet: String
        public let kvantiler: [Kvantiler]
    }

    /// The number of paths and the seed.
    public let banor: Int, seed: UInt64
    /// The parameters drawn per path and their spread; nil when they are held at their values.
    public let parameterspridning: Parameterspridning?
    /// The years, the base year first.
    public let ar: [Int]
    public let rader: [Rad]

    /// The quantities, named as in `personal.csv`.
    static let storheter: [(namn: String, varde: @Sendable (Personalprognos.Ar) -> Double)] = [
        ("behov_aa", { $0.behov }), ("anstallningar", { $0.anstallningar }), ("inhyrda_aa", { $0.inhyrda }),
        ("inhyrd_kostnad_mnkr", { $0.inhyrdKostnad / 1e6 }), ("ej_tackt_aa", { $0.ejTackt }),
        ("ej_tackt_kostnad_mnkr", { $0.ejTacktKostnad / 1e6 }),
    ]

    /// Paths of the workforce model carried at once.
    static let block = 500
    /// Mixed into the seed for the parameter draws' own stream ("PARAMETR" in ASCII).
    static let parameterstrom: UInt64 = 0x5041_5241_4D45_5452
}

extension Personalkorning {
    /// The projection on `banor` paths of the population scenario's (`Befolkningskorning.banor`), seeded with `seed` or
    /// the population scenario's seed, each path with a draw from `spridning` when given.
    public func intervall(banor: Int, seed: UInt64?, spridning: Parameterspridning? = nil) throws(ScenarioFel) -> Personalintervall {
        let korning = try Befolkningskorning(try Befolkningsscenario.las(scenario.befolkning))
        let modellen = try korning.modell()
        let sista = scenario.basar + antaganden.horisont
        let omraden = modell.vardtyngd.vikter.keys.sorted()
        let seed = seed ?? korning.scenario.seed
        let banorna = try korning.banor(modellen, till: sista, banor: banor, seed: seed,
                                        vikter: omraden.map { modell.vardtyngd.vikter[$0]!.flatMap { $0 } })
        let ar = Array(scenario.basar...sista)
        let delar = Personalprognos.delar(grupper: modell.bestand.grupper, segment: modell.bestand.segment)
        let storheter = Personalintervall.storheter
        // [del][storhet][år][bana]
        var varden = delar.map { _ in storheter.map { _ in ar.map { _ in [Double](repeating: 0, count: banor) } } }
        var dragning = spridning?.dragningar(seed: seed ^ Personalintervall.parameterstrom)
        var start = 0
        while start < banor {
            let slut = min(banor, start + Personalintervall.block)
            let behov = (start..<slut).map { j in
                Vardbehov(varden: Dictionary(uniqueKeysWithValues: omraden.enumerated().map { v, omrade in
                    (omrade, Dictionary(uniqueKeysWithValues: ar.map { ($0, banorna.varde(v, ar: $0, bana: j) ?? .nan) }))
                }))
            }
            let fall = behov.map { (dragning?.nasta() ?? antaganden, $0) }
            let prognoser: [Personalprognos]
            do { prognoser = try modell.berakna(fall) } catch {
                throw ScenarioFel(fil: scenario.fil.path, rad: nil, nyckel: "antaganden", problem: error.description)
            }
            for (j, p) in zip(start..<slut, prognoser) {
                for t in ar.indices {
                    for (d, del) in delar.enumerated() {
                        let r = p.summa(grupp: del.grupp, omrade: del.omrade, t)
                        for (k, s) in storheter.enumerated() { varden[d][k][t][j] = s.varde(r) }
                    }
                }
            }
            start = slut
        }
        var rader: [Personalintervall.Rad] = []
        for (d, del) in delar.enumerated() {
            for (k, s) in storheter.enumerated() {
                rader.append(.init(grupp: del.grupp, omrade: del.omrade, storhet: s.namn, kvantiler: varden[d][k].map { Kvantiler(av: $0) }))
            }
        }
        return Personalintervall(banor: banor, seed: seed, parameterspridning: spridning, ar: ar, rader: rader)
    }
}

extension Personalkorning {
    /// The spread of the calibrated parameters from the data's targets (`mal.csv`) around the scenario's values;
    /// nil when the folder has no targets, none the model can compute in the estimate, or no free parameter.
    public func parameterspridning() throws(ScenarioFel) -> Parameterspridning? {
        let fore = try prognos()
        guard data.mal.contains(where: { $0.iSkattningen && $0.hinder(fore) == nil }),
              !Kalibrering.fria(modell, antaganden, mal: data.mal).isEmpty else { return nil }
        do { return try Parameterspridning(modell, antaganden, mal: data.mal) } catch {
            throw ScenarioFel(fil: scenario.data.appendingPathComponent("mal.csv").path, rad: nil, nyckel: "", problem: error.description)
        }
    }
}
