import Budget
import Foundation
import Vokabular

/// A scenario file (YAML) as an economist edits it: name, plan period, the data set it draws on and the
/// assumptions that differ from — or restate — the decided budget. See `scenarios/README.md` for the format.
public struct Scenario: Sendable {
    /// The scenario file.
    public let fil: URL
    /// The scenario's name, shown in reports.
    public let namn: String
    /// The plan period.
    public let planperiod: Planperiod
    /// The data set the scenario draws on.
    public let underlag: Underlag
    /// The budget model built from the data set.
    public let modell: Budgetmodell
    /// The scenario's assumptions: the decided ones with the file's values laid over them.
    public let antaganden: Budgetantaganden

    /// The scenario as read, with its `bas:` files and `satt` values laid together: YAML with each value's
    /// file and line in a comment and the data set's path absolute.
    public let upplost: String

    /// Reads and checks a scenario file and the data set it names. The file may build on another with
    /// `bas:`; `satt` holds `nyckel=värde` overrides from the command line, laid over the file in order.
    public static func las(_ fil: URL, satt: [String] = []) throws(ScenarioFel) -> Scenario {
        try las(try Scenariofil.las(fil, satt: satt), fil: fil)
    }

    /// Reads a scenario from a loaded tree, e.g. a section of another file; `fil` is the file that the
    /// computation's errors name.
    package static func las(_ rot: YamlVarde, fil: URL) throws(ScenarioFel) -> Scenario {
        let topp = try rot.tabell(tillatna: ["namn", "basar", "planperiod", "underlag", "acceptera_obalans", "antaganden"])
        let namn = try rot.kravd("namn", i: topp, forvantat: "scenariots namn").text("scenariots namn")
        let basarVarde = try rot.kravd("basar", i: topp, forvantat: "basåret, t.ex. 2022")
        let basar = try basarVarde.heltal("basåret som ett årtal, t.ex. 2022", intervall: Artal.giltiga)
        let periodVarde = try rot.kravd("planperiod", i: topp, forvantat: "en lista med budgetår, t.ex. [2023, 2024, 2025]")
        var ar: [Int] = []
        for varde in try periodVarde.lista("en lista med budgetår, t.ex. [2023, 2024, 2025]") {
            ar.append(try varde.heltal("ett årtal", intervall: Artal.giltiga))
        }
        let planperiod: Planperiod
        do {
            planperiod = try Planperiod(basar: basar, ar: ar)
        } catch {
            throw periodVarde.fel(error.description)
        }
        let underlagVarde = try rot.kravd("underlag", i: topp, forvantat: "sökvägen till en datamapp i notebooks-data")
        let katalog = try underlagVarde.url("sökvägen till en datamapp")
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: katalog.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw underlagVarde.fel("mappen \(katalog.path) finns inte; förväntade en datamapp relativt filen den står i")
        }
        let underlag = try Underlag.las(katalog: katalog)
        try kontrollera(planperiod, mot: underlag, basar: basarVarde, period: periodVarde)
        let accepteraObalans = try topp["acceptera_obalans"]?.sanningsvarde("true eller false") ?? false
        let modell = try underlag.modell(planperiod, accepteraObalans: accepteraObalans)
        let antaganden = try Antagandelasare(period: planperiod, namnder: modell.basbudget.namnder,
                                         skatteintakter: modell.basbudget.skatteintakter)
            .las(try rot.kravd("antaganden", i: topp, forvantat: "scenariots antaganden"),
                 beslutade: try underlag.beslutadeAntaganden(planperiod))
        return Scenario(fil: fil, namn: namn, planperiod: planperiod, underlag: underlag, modell: modell,
                        antaganden: antaganden, upplost: rot.yaml(sokvagar: ["underlag"]))
    }

    /// The plan period must lie within the years the data set covers; a mismatch is the scenario's
    /// (it chose the years), so the scenario's line is blamed and the data's years are named.
    private static func kontrollera(_ period: Planperiod, mot underlag: Underlag, basar: YamlVarde,
                                    period periodVarde: YamlVarde) throws(ScenarioFel) {
        let tackning = { (ar: [Int]) in
            guard let forsta = ar.first, let sista = ar.last else { return "inga år" }
            return ar == Array(forsta...sista) ? "\(forsta)–\(sista)" : ar.map(String.init).joined(separator: ", ")
        }
        let planar = underlag.budget.planar
        let saknas = period.ar.filter { !planar.contains($0) && $0 <= (planar.last ?? Int.max) }
        guard saknas.isEmpty else {
            throw periodVarde.fel("underlaget i \(underlag.katalog.path) saknar \(saknas.map(String.init).joined(separator: ", ")); "
                                  + "det täcker budgetåren \(tackning(planar))")
        }
        if let sista = planar.last, let slut = period.ar.last, slut > sista + Forlangning.maxAr {
            throw periodVarde.fel("planperioden får sträcka sig högst \(Forlangning.maxAr) år efter det sista beslutade året "
                                  + "\(sista) (förlängning, se docs/budget.md), alltså till \(sista + Forlangning.maxAr)")
        }
        guard underlag.budget.balansar.contains(period.basar) else {
            throw basar.fel("balansbudgeten i underlaget har ingen utgående balans för \(period.basar); "
                            + "den täcker \(tackning(underlag.budget.balansar))")
        }
    }

    /// The first plan year past the decided budget, which the model continues (`Forlangning`); nil when the
    /// plan period lies within the decided years.
    public var forlangdFran: Int? { underlag.budget.forlangningFran(planperiod) }

    /// Computes the scenario's statements.
    public func berakna() throws(ScenarioFel) -> Budgetutfall {
        do {
            return try modell.berakna(antaganden)
        } catch {
            throw ScenarioFel(fil: fil.path, rad: nil, nyckel: "antaganden", problem: error.description)
        }
    }

    /// The result's sensitivity to standard changes of the scenario's assumptions.
    public func kanslighetsanalys() throws(ScenarioFel) -> Kanslighetsanalys {
        do {
            return try Kanslighetsanalys(modell: modell, antaganden: antaganden)
        } catch {
            throw ScenarioFel(fil: fil.path, rad: nil, nyckel: "antaganden", problem: error.description)
        }
    }

    /// Reconciliation findings on the published budget the scenario draws on.
    public func avstamning() -> [Avstamningsanmarkning] {
        Avstamning(publicerad: underlag.publicerad, ar: planperiod.ar).anmarkningar()
    }
}
