import Foundation
import Budget
import Vokabular

/// A chained scenario (YAML): one run from population to budget result. It names the population, workforce
/// and budget scenarios it chains — each a file, or a table with `bas:` and the keys that change — how far
/// the plan period runs, and whether tax and equalisation revenue follow the projected population. See
/// `scenarios/README.md` for the format.
public struct Kedjescenario: Sendable {
    /// The chain file.
    public let fil: URL
    /// The scenario's name, shown in every output.
    public let namn: String
    /// The population scenario.
    public let befolkning: Befolkningsscenario
    /// The workforce scenario; its own population scenario is replaced by `befolkning`.
    public let personal: Personalscenario
    /// The workforce scenario the decided budget's personnel cost stands for, with its own population
    /// scenario: the workforce scenario's `budget.referens`, or the workforce scenario itself.
    public let referens: Personalscenario
    /// The budget scenario.
    public let budget: Scenario
    /// Whether skatteintäkter and utjämning follow the projected population (true unless the file says no).
    public let intakterFoljerBefolkningen: Bool
    /// The chain as it was resolved from its files and `--satt` values, as YAML (see `Scenario.upplost`).
    public let upplost: String

    /// The keys whose text values name the scenario files the chain includes.
    static let delar: Set<String> = ["befolkning", "personal", "budget"]

    /// Reads a chain file with the files it names, and `satt` values (`--satt nyckel=värde`, e.g.
    /// `befolkning.migration.skala=0.5`) laid over it.
    public static func las(_ fil: URL, satt: [String] = []) throws(ScenarioFel) -> Kedjescenario {
        // The workforce's own population scenario is not read in a chain, whose population drives it; a value
        // set there would change nothing.
        if let ignorerad = satt.lazy.compactMap({ Satt.delar($0)?.nycklar }).first(where: { $0.starts(with: ["personal", "befolkning"]) }) {
            throw ScenarioFel(fil: Yamlnod.Ursprung.kommandoraden.namn, rad: nil, nyckel: ignorerad.joined(separator: "."),
                              problem: "personalens befolkning används inte i en kedja, där befolkningen driver personalen; "
                                + "ändra kedjans befolkning, t.ex. befolkning.migration.skala=0.5")
        }
        var rot = try Scenariofil.las(fil, satt: satt, inkludera: delar)
        var t = try rot.tabell(tillatna: Array(delar) + ["namn", "planperiod_till", "intakter_folja_befolkningen"])
        // The plan period is laid into the budget before anything reads it, so that the scenario's and
        // --satt's values for the extension's years are read against the whole period.
        let till = t["planperiod_till"]
        if let till {
            rot = YamlVarde(try forlangd(rot, t, till: till))
            t = try rot.tabell(tillatna: Array(delar) + ["namn", "planperiod_till", "intakter_folja_befolkningen"])
        }
        func del(_ nyckel: String, _ vad: String) throws(ScenarioFel) -> (YamlVarde, URL) {
            let v = try rot.kravd(nyckel, i: t, forvantat: vad)
            return (v, v.filURL ?? fil)
        }
        let (personalVarde, personalfil) = try del("personal", "personalscenariots fil")
        let personal = try Personalscenario.las(personalVarde, fil: personalfil)
        let (befolkningVarde, befolkningsfil) = try del("befolkning", "befolkningsscenariots fil")
        let (budgetVarde, budgetfil) = try del("budget", "budgetscenariots fil")
        let budget: Scenario
        do {
            budget = try Scenario.las(budgetVarde, fil: budgetfil)
        } catch where error.nyckel == "budget.planperiod" && till != nil {
            throw till!.fel(error.problem)
        }
        return Kedjescenario(
            fil: fil,
            namn: try rot.kravd("namn", i: t, forvantat: "scenariots namn").text("scenariots namn"),
            befolkning: try Befolkningsscenario.las(befolkningVarde, fil: befolkningsfil),
            personal: personal,
            referens: try personal.budget.map { b throws(ScenarioFel) in try Personalscenario.las(b.referens) } ?? personal,
            budget: budget,
            intakterFoljerBefolkningen: try t["intakter_folja_befolkningen"]?.sanningsvarde("true eller false") ?? true,
            upplost: rot.yaml(sokvagar: ["budget.underlag", "befolkning.data", "befolkning.utfall", "personal.data",
                                         "personal.befolkning", "personal.budget.scenario", "personal.budget.referens"]))
    }

    /// The chain's tree with the budget's plan period running from its first year to the year `till` names,
    /// each year written where `till` is; how far past the decided budget it may run, the budget's reader
    /// checks (`Forlangning.maxAr`).
    private static func forlangd(_ rot: YamlVarde, _ t: [String: YamlVarde], till: YamlVarde) throws(ScenarioFel) -> Yamlnod {
        let budget = try rot.kravd("budget", i: t, forvantat: "budgetscenariots fil")
        guard let period = try budget.poster("budgetscenariot").first(where: { $0.nyckel == "planperiod" })?.varde,
              let forstaVarde = try period.lista("en lista med budgetår").first,
              let sistaVarde = try period.lista("en lista med budgetår").last else {
            throw till.fel("budgetscenariot har ingen planperiod att förlänga")
        }
        let forsta = try forstaVarde.heltal("ett årtal", intervall: Artal.giltiga)
        // The budget's own years hold its decided amounts and assumptions, so the period is lengthened, never cut.
        let beslutad = try sistaVarde.heltal("ett årtal", intervall: Artal.giltiga)
        let sista = try till.heltal("det sista året i planperioden, från budgetscenariots sista år \(beslutad) (planperioden kan "
                                    + "förlängas men inte kortas)", intervall: max(forsta, beslutad)...Artal.giltiga.upperBound)
        let ar = (forsta...sista).map { Yamlnod(.skalar(String($0), citerad: false), ursprung: till.nod.ursprung, rad: till.rad) }
        return rot.nod.med("budget", budget.nod.med("planperiod", Yamlnod(.lista(ar), ursprung: till.nod.ursprung, rad: till.rad)))
    }
}
