import Befolkning
import Budget
import Foundation
import Input
import Personal

/// A workforce scenario carried out: its data read, the population projected to cover its years, the
/// model run, and — when the scenario names a budget — the cost difference against the reference workforce
/// scenario carried into that budget. Every error is a `ScenarioFel` naming where to look.
public struct Personalkorning: Sendable {
    public let scenario: Personalscenario
    public let data: Personaldata
    public let modell: Personalmodell
    public let antaganden: Personalantaganden
    /// The deterministic population projection that drives care need, as `prognos befolkning` reports it
    /// (`Befolkningskorning.deterministisk`).
    public let befolkning: Befolkningsprognos
    /// The population scenario `befolkning` was projected from; nil when it was given (a chain's own).
    let befolkningsfil: URL?

    /// Reads the data and the population scenario and completes the assumptions. A population given in
    /// `befolkning` (a chained run's own projection) drives care need instead of the scenario's population
    /// scenario. What `aterbruk` has already read or projected from the same files (the personnel data, the
    /// population over the same years) is taken from it rather than read again.
    public init(_ scenario: Personalscenario, befolkning given: Befolkningsprognos? = nil,
                aterbruk: Personalkorning? = nil) throws(ScenarioFel) {
        let data: Personaldata
        if let aterbruk, aterbruk.scenario.data.standardizedFileURL == scenario.data.standardizedFileURL,
           aterbruk.scenario.anstallda?.standardizedFileURL == scenario.anstallda?.standardizedFileURL,
           aterbruk.scenario.antaganden.grupper.keys.sorted() == scenario.antaganden.grupper.keys.sorted() {
            data = aterbruk.data
        } else {
            data = try Personaldata.las(katalog: scenario.data, anstallda: scenario.anstallda, grupper: Set(scenario.antaganden.grupper.keys))
        }
        let fil = scenario.fil.path
        let utkast = scenario.antaganden
        let band = data.bestand.aldersband
        var profil = [Double](repeating: 0, count: band.antal)
        for (namn, andel) in utkast.anstallningsprofil {
            guard let i = (0..<band.antal).first(where: { band.namn($0) == namn }) else {
                throw ScenarioFel(fil: fil, rad: nil, nyckel: "anstallningsprofil.\(namn)",
                                  problem: "okänt åldersband; banden i data är \((0..<band.antal).map(band.namn).joined(separator: ", "))")
            }
            profil[i] = andel
        }
        guard abs(profil.reduce(0, +) - 1) < 1e-6 else {
            throw ScenarioFel(fil: fil, rad: nil, nyckel: "anstallningsprofil", problem: "andelarna ska summera till 100 procent")
        }
        var grupper: [String: Personalantaganden.Grupp] = [:]
        for (namn, (varde, rad)) in utkast.grupper {
            guard data.bestand.grupper.contains(namn) else {
                throw ScenarioFel(fil: fil, rad: rad, nyckel: "grupper.\(namn)",
                                  problem: "okänd yrkesgrupp; grupperna i data är \(data.bestand.grupper.joined(separator: ", "))")
            }
            var g = varde
            g.anstallningsprofil = profil
            g.heltid = g.heltid ?? utkast.heltid
            grupper[namn] = g
        }
        for namn in data.bestand.grupper where grupper[namn] == nil {
            throw ScenarioFel(fil: fil, rad: nil, nyckel: "grupper", problem: "antaganden saknas för yrkesgruppen \(namn)")
        }
        var antaganden = Personalantaganden(
            horisont: utkast.horisont, grupper: grupper,
            avgangar: Avgangsmonster(pensionering: data.pensioneringPerAlder, pensionsforskjutning: utkast.pensionsforskjutning,
                                     omsattningsfaktor: utkast.omsattningsfaktor),
            sjukfranvaro: utkast.sjukfranvaro,
            poPalagg: utkast.poPalagg, timmarPerArsarbetare: utkast.timmarPerArsarbetare, produktivitet: utkast.produktivitet,
            indexering: utkast.indexering, standardindexering: utkast.standardindexering, hyrkostnadstak: utkast.hyrkostnadstak,
            ejTacktPris: utkast.ejTacktPris)
        antaganden.sjukfranvaroFran = utkast.sjukfranvaroFran

        // The population, deterministic (medium unless the population scenario says otherwise), over the years needed.
        let befolkning: Befolkningsprognos
        if let given {
            befolkning = given
        } else if let aterbruk, aterbruk.befolkningsfil?.standardizedFileURL == scenario.befolkning.standardizedFileURL,
           aterbruk.scenario.basar == scenario.basar, aterbruk.antaganden.horisont >= utkast.horisont {
            befolkning = aterbruk.befolkning
        } else {
            befolkning = try Self.befolkning(scenario, horisont: utkast.horisont)
        }
        do {
            modell = try Personalmodell(basar: scenario.basar, bestand: data.bestand, inhyrdKostnad: data.inhyrdKostnad, vardtyngd: data.vardtyngd,
                                        befolkning: befolkning)
        } catch {
            throw ScenarioFel(fil: scenario.data.path, rad: nil, nyckel: "basår \(scenario.basar)", problem: error.description)
        }
        self.scenario = scenario
        self.data = data
        self.antaganden = antaganden
        self.befolkning = befolkning
        befolkningsfil = given == nil ? scenario.befolkning : nil
    }

    /// The projection of the scenario's population scenario as `prognos befolkning` reports it, over the
    /// workforce's `horisont` years.
    private static func befolkning(_ scenario: Personalscenario, horisont: Int) throws(ScenarioFel) -> Befolkningsprognos {
        let korning = try Befolkningskorning(try Befolkningsscenario.las(scenario.befolkning))
        guard korning.basar <= scenario.basar else {
            throw ScenarioFel(fil: scenario.fil.path, rad: nil, nyckel: "basar",
                              problem: "befolkningens basår \(korning.basar) ligger efter personalens basår \(scenario.basar)")
        }
        return try korning.deterministisk(till: scenario.basar + horisont)
    }

    /// The projection.
    public func prognos() throws(ScenarioFel) -> Personalprognos {
        do { return try modell.berakna(antaganden) } catch {
            throw ScenarioFel(fil: scenario.fil.path, rad: nil, nyckel: "antaganden", problem: error.description)
        }
    }

    /// The scenario's effect on the budget it names: the budget computed as decided (its personnel cost
    /// standing for the reference workforce scenario), and with this scenario's personnel cost difference
    /// against the reference added, mnkr per plan year. The reference is its file as written: a scenario that
    /// is its own reference but has `--satt` values is compared with the file without them.
    public func budgetlank(_ prognos: Personalprognos) throws(ScenarioFel) -> Budgetlank? {
        guard let (budgetfil, referensfil) = scenario.budget else { return nil }
        let budget = try Scenario.las(budgetfil)
        let referensscenario = try Personalscenario.las(referensfil)
        let referens = referensscenario.upplost == scenario.upplost
            ? prognos : try Personalkorning(referensscenario, aterbruk: self).prognos()
        var forandring: [Double] = [], ejTackt: [Double] = []
        for year in budget.planperiod.ar {
            guard let t = prognos.ar.firstIndex(of: year), let r = referens.ar.firstIndex(of: year) else {
                throw ScenarioFel(fil: scenario.fil.path, rad: nil, nyckel: "horisont",
                                  problem: "personalprognosen \(prognos.ar.first!)–\(prognos.ar.last!) täcker inte budgetåret \(year)")
            }
            forandring.append((prognos.personalkostnad(t) - referens.personalkostnad(r)) / 1e6)
            ejTackt.append((prognos.totalt(t).ejTacktKostnad - referens.totalt(r).ejTacktKostnad) / 1e6)
        }
        var antaganden = budget.antaganden
        antaganden.personalkostnadsforandring = zip(antaganden.personalkostnadsforandring, forandring).map { $0 + $1 }
        let beslutad = try budget.berakna()
        do {
            return Budgetlank(ar: budget.planperiod.ar, personalkostnadsforandring: forandring, ejTacktForandring: ejTackt, beslutad: beslutad,
                              medPersonal: try budget.modell.berakna(antaganden))
        } catch {
            throw ScenarioFel(fil: budgetfil.path, rad: nil, nyckel: "antaganden", problem: error.description)
        }
    }
}

/// A workforce scenario carried into a budget: the personnel cost difference against the reference per plan
/// year (mnkr) and the budget without and with it.
public struct Budgetlank: Sendable {
    public let ar: [Int]
    public let personalkostnadsforandring: [Double]
    /// The change in the cost of unmet need against the reference, mnkr: not booked, so not in the result, but
    /// what lower staffing defers (`Personalprognos.kostnadMedEjTackt`).
    public let ejTacktForandring: [Double]
    public let beslutad: Budgetutfall, medPersonal: Budgetutfall
}

/// The workforce projection and its effect on the budget, as the report shows them.
public struct Personalresultat: Sendable {
    /// The scenario's name.
    public let namn: String
    /// The scenario as it was resolved from its files and `--satt` values, as YAML.
    public let upplost: String
    /// The projection.
    public let prognos: Personalprognos
    /// The budget link per plan year: the personnel cost difference (mnkr), the result as decided and with it,
    /// and the difference in the cost of unmet need (mnkr); nil when the scenario names no budget.
    public let budget: (ar: [Int], forandring: [Double], beslutad: [Double], medPersonal: [Double], ejTackt: [Double])?

    /// The projection's quantiles on the population's paths, when asked for (`--simuleringar`).
    public let intervall: Personalintervall?

    /// Reads the scenario in `fil` with the `nyckel=värde` overrides in `satt`, projects and carries the cost
    /// into the budget it names; with `simuleringar`, also on that many paths of the stochastic population,
    /// seeded with `seed` or the population scenario's seed, each path with its draw of the calibrated
    /// parameters unless `parameterspridning` is false.
    public init(scenario fil: URL, satt: [String] = [], simuleringar: Int? = nil, seed: UInt64? = nil,
                parameterspridning: Bool = true) throws(Korfel) {
        let korning: Personalkorning
        do {
            korning = try Personalkorning(try Personalscenario.las(fil, satt: satt))
            prognos = try korning.prognos()
            namn = korning.scenario.namn
            upplost = korning.scenario.upplost
            budget = try korning.budgetlank(prognos).map {
                ($0.ar, $0.personalkostnadsforandring, $0.beslutad.resultatbudget.resultat, $0.medPersonal.resultatbudget.resultat,
                 $0.ejTacktForandring)
            }
        } catch {
            throw .scenarioEllerData(error)
        }
        guard let simuleringar else {
            intervall = nil
            return
        }
        // Per path: 6 quantities × the report's rows × the years, and the population's weighted sums.
        let rader = Personalprognos.delar(grupper: prognos.grupper, segment: prognos.segment).count
        let (behov, spill) = simuleringar.multipliedReportingOverflow(by: (6 * rader + 8) * prognos.ar.count * MemoryLayout<Double>.stride * 2)
        try Minne.kontrollera(spill ? Int.max : behov,
                              for: "personalens \(simuleringar) banor", minska: "minska --simuleringar")
        do {
            intervall = try korning.intervall(banor: simuleringar, seed: seed,
                                              spridning: parameterspridning ? try korning.parameterspridning() : nil)
        } catch {
            throw .dataEllerAntaganden(error)
        }
    }
}
