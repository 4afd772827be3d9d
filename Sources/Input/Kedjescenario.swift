import Foundation
import Vokabular

/// A chained scenario (YAML): one run from population to budget result. It names the population, workforce
/// and budget scenarios it chains, and whether tax and equalisation revenue follow the projected
/// population. See `scenarios/README.md` for the format.
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

    /// Reads a chain file; the scenario files it names are relative to it.
    public static func las(_ fil: URL) throws(ScenarioFel) -> Kedjescenario {
        let text = try Textfil.las(fil, slag: "scenariofilen", maxStorlek: Textfil.maxScenariostorlek)
        let rot = try YamlVarde.las(text, fil: fil.path)
        let t = try rot.tabell(tillatna: ["namn", "befolkning", "personal", "budget", "intakter_folja_befolkningen"])
        let mapp = fil.deletingLastPathComponent()
        func sokvag(_ nyckel: String, _ vad: String) throws(ScenarioFel) -> URL {
            URL(fileURLWithPath: try rot.kravd(nyckel, i: t, forvantat: vad).text("en sökväg relativt kedjefilen"),
                relativeTo: mapp).standardizedFileURL
        }
        let personal = try Personalscenario.las(try sokvag("personal", "personalscenariots fil"))
        return Kedjescenario(
            fil: fil,
            namn: try rot.kravd("namn", i: t, forvantat: "scenariots namn").text("scenariots namn"),
            befolkning: try Befolkningsscenario.las(try sokvag("befolkning", "befolkningsscenariots fil")),
            personal: personal,
            referens: try personal.budget.map { b throws(ScenarioFel) in try Personalscenario.las(b.referens) } ?? personal,
            budget: try Scenario.las(try sokvag("budget", "budgetscenariots fil")),
            intakterFoljerBefolkningen: try t["intakter_folja_befolkningen"]?.sanningsvarde("true eller false") ?? true)
    }
}
