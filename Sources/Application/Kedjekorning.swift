import Befolkning
import Budget
import Foundation
import Input
import Personal

/// The whole chain for one scenario: the population projected, care need and supply giving recruitment
/// and hired staff, their cost against the reference workforce scenario carried into the budget's personnel
/// costs, and — unless the scenario fixes them — tax and equalisation revenue following the population.
///
/// The decided budget stands for the reference: the reference workforce scenario (the one the budget's
/// decided personnel cost stands for) with its own population scenario. A chain that changes nothing of it
/// reproduces the decided budget; every difference from it is carried in two budget assumptions, the
/// personnel cost difference and the population factor.
public struct Kedjekorning: Sendable {
    /// The chain's parts as read.
    public let kedja: Kedjescenario
    /// Population data an earlier run read, used when the chain's population scenario reads the same folder
    /// and region.
    let befolkningsdata: Befolkningskorning?

    /// Reads nothing: the parts are already read, and so are the population data in `befolkningsdata`, when given.
    public init(_ kedja: Kedjescenario, befolkningsdata: Befolkningskorning? = nil) {
        self.kedja = kedja
        self.befolkningsdata = befolkningsdata
    }

    /// Runs the chain.
    public func berakna() throws(ScenarioFel) -> Kedjeresultat { try Self.berakna([self])[0] }

    /// Runs many chains; the budgets of all chains that share a budget model are computed as one batch.
    public static func berakna(_ korningar: [Kedjekorning]) throws(ScenarioFel) -> [Kedjeresultat] {
        var steg: [Steg] = []
        for k in korningar { steg.append(try k.forbered()) }
        return try berakna(steg)
    }

    /// The budgets of chains prepared by `forbered`, one batch per budget model.
    static func berakna(_ steg: [Steg]) throws(ScenarioFel) -> [Kedjeresultat] {
        zip(steg, try Budgetbatch.berakna(steg.map { ($0.budget, $0.antaganden) })).map { s, u in s.resultat(u) }
    }

    /// The chain up to the budget: everything it carries into the budget's assumptions.
    struct Steg {
        let namn: String
        /// The population scenario's data read and its estimated model, the workforce run on the chain's
        /// population, and the reference's population; the last year the workforce is projected to.
        let befolkningskorning: Befolkningskorning, befolkningsmodell: Befolkningsmodell, personalkorning: Personalkorning
        let referensbefolkning: Befolkningsprognos
        let personalSista: Int
        let budget: Scenario
        let befolkning: Befolkningsprognos
        let folkmangd: [Double]
        let prognos: Personalprognos, referens: Personalprognos
        let personalindex: [Int]
        /// The reference's personnel cost per plan year, kronor.
        let referenskostnad: [Double]
        let forandring: [Double], faktor: [Double]
        /// The budget's assumptions with the personnel cost difference and the population factor.
        let antaganden: Budgetantaganden

        func resultat(_ utfall: Budgetutfall) -> Kedjeresultat {
            Kedjeresultat(namn: namn, forlangdFran: budget.forlangdFran, befolkningsdata: befolkningskorning,
                          befolkning: befolkning, folkmangd: folkmangd,
                          personal: prognos, referens: referens, personalindex: personalindex,
                          personalkostnadsforandring: forandring, befolkningsfaktor: faktor, budget: utfall,
                          budgetantaganden: antaganden)
        }
    }

    /// The population, the workforce and the reference, and the budget assumptions they give.
    func forbered() throws(ScenarioFel) -> Steg {
        let budget = kedja.budget
        let plan = budget.planperiod.ar
        guard let forsta = plan.first, let sista = plan.last else {
            throw ScenarioFel(fil: budget.fil.path, rad: nil, nyckel: "planperiod", problem: "planperioden har inga år")
        }
        // The population, deterministic, over every year the chain reads: 1 November of the year before the
        // first plan year (revenue) to the last plan year (net cost per inhabitant) and the workforce's years.
        var personal = kedja.personal
        let personalSista = max(sista, personal.basar + personal.antaganden.horisont)
        personal.antaganden.horisont = personalSista - personal.basar
        let befolkningskorning = try Befolkningskorning(kedja.befolkning, aterbruk: befolkningsdata)
        guard befolkningskorning.basar <= min(personal.basar, forsta - 2) else {
            throw ScenarioFel(fil: kedja.fil.path, rad: nil, nyckel: "befolkning.basar", problem:
                "befolkningens basår \(befolkningskorning.basar) ska ligga före personalens basår \(personal.basar) "
                + "och senast \(forsta - 2), två år före planperiodens första år (skatteintäkterna räknas på "
                + "befolkningen 1 november året före)")
        }
        let befolkningsmodell = try befolkningskorning.modell()
        let befolkning = try befolkningskorning.deterministisk(befolkningsmodell, till: personalSista)
        let personalkorning = try Personalkorning(personal, befolkning: befolkning)
        let prognos = try personalkorning.prognos()

        // The reference: what the decided budget stands for.
        var referensscenario = kedja.referens
        referensscenario.antaganden.horisont = personalSista - referensscenario.basar
        // The reference's population from its own scenario, on the data already read when it is the same.
        let referensbefolkning = try Befolkningskorning(try Befolkningsscenario.las(referensscenario.befolkning),
                                                        aterbruk: befolkningskorning).deterministisk(till: personalSista)
        let referenskorning = try Personalkorning(referensscenario, befolkning: referensbefolkning, aterbruk: personalkorning)
        let referens = try referenskorning.prognos()

        let index = { (p: Personalprognos, year: Int) throws(ScenarioFel) -> Int in
            guard let t = p.ar.firstIndex(of: year) else {
                throw ScenarioFel(fil: personal.fil.path, rad: nil, nyckel: "horisont", problem:
                    "personalprognosen \(p.ar.first ?? 0)–\(p.ar.last ?? 0) täcker inte budgetåret \(year)")
            }
            return t
        }
        var forandring: [Double] = [], personalindex: [Int] = [], referenskostnad: [Double] = []
        for year in plan {
            let t = try index(prognos, year)
            personalindex.append(t)
            let r = referens.personalkostnad(try index(referens, year))
            referenskostnad.append(r)
            forandring.append((prognos.personalkostnad(t) - r) / 1e6)
        }
        var faktor: [Double] = [], folkmangd: [Double] = []
        for year in plan {
            guard let egen = befolkning.novemberForeAr(year), let ref = referensbefolkning.novemberForeAr(year),
                  let slut = befolkning.folkmangd(ar: year) else {
                throw ScenarioFel(fil: kedja.fil.path, rad: nil, nyckel: "befolkning", problem:
                    "befolkningsprognosen täcker inte åren \(year - 2)–\(year) som budgetåret \(year) räknas på")
            }
            faktor.append(egen / ref)
            folkmangd.append(slut)
        }

        var antaganden = budget.antaganden
        antaganden.personalkostnadsforandring = zip(antaganden.personalkostnadsforandring, forandring).map { $0 + $1 }
        if !kedja.intakterFoljerBefolkningen { faktor = plan.map { _ in 1 } }
        antaganden.befolkningsfaktor = zip(antaganden.befolkningsfaktor, faktor).map { $0 * $1 }
        return Steg(namn: kedja.namn, befolkningskorning: befolkningskorning, befolkningsmodell: befolkningsmodell,
                    personalkorning: personalkorning, referensbefolkning: referensbefolkning, personalSista: personalSista,
                    budget: budget, befolkning: befolkning, folkmangd: folkmangd, prognos: prognos, referens: referens,
                    personalindex: personalindex, referenskostnad: referenskostnad, forandring: forandring, faktor: faktor,
                    antaganden: antaganden)
    }
}

/// The chain use cases.
public enum Kedja {
    /// Reads the chain file `fil` and everything it names, and runs the chain; with `simuleringar` also
    /// its stochastic paths, seeded with `seed` or the population scenario's seed. `framsteg` hears how many
    /// paths are done. `befolkningsdata` (an earlier run's `Kedjeresultat.befolkningsdata`) saves reading the
    /// population data again when the chain reads the same.
    public static func kor(_ fil: URL, satt: [String] = [], simuleringar: Int? = nil, seed: UInt64? = nil,
                           framsteg: ((Int) -> Void)? = nil, befolkningsdata: Befolkningskorning? = nil) throws(Korfel) -> Kedjeresultat {
        let kedja: Kedjescenario
        do { kedja = try Kedjescenario.las(fil, satt: satt) } catch { throw .scenario(error) }
        let korning = Kedjekorning(kedja, befolkningsdata: befolkningsdata)
        let steg: Kedjekorning.Steg
        var resultat: Kedjeresultat
        do {
            steg = try korning.forbered()
            resultat = try Kedjekorning.berakna([steg])[0]
        } catch { throw .dataEllerAntaganden(error) }
        resultat.upplost = kedja.upplost
        resultat.varningar = varningar(satt)
        if let simuleringar {
            resultat.intervall = try korning.intervall(steg, banor: simuleringar, seed: seed, framsteg: framsteg)
        }
        return resultat
    }

    /// Warnings on `satt` values that count one thing twice: wage indexation changed both in the workforce
    /// (whose personnel cost difference against the reference reaches the budget) and in the budget's own
    /// indexation of personnel costs (which raises the whole personnel cost).
    static func varningar(_ satt: [String]) -> [String] {
        let nycklar = satt.compactMap { Satt.delar($0)?.nycklar }
        let sattAv = { (nyckel: [String]) in nycklar.contains { $0.starts(with: nyckel) } }
        guard sattAv(["personal", "indexering"]),
              sattAv(["budget", "antaganden", "indexering", "personalkostnader"])
                || nycklar.contains(["budget", "antaganden", "indexering"]) else { return [] }
        return ["Personalkostnadernas uppräkning är ändrad både för personalen (personal.indexering) och i budgeten "
                + "(budget.antaganden.indexering.personalkostnader). Kedjan räknar båda: personalens når budgeten som skillnaden i "
                + "personalkostnad mot referensen, budgetens räknar upp hela personalkostnaden, så samma löneökning kommer med två "
                + "gånger. Ändra bara den ena."]
    }
}
