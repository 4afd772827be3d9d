import Foundation

/// What a scenario file describes, told by its keys: a chain (`befolkning`, `personal`, `budget`) or a
/// budget (`underlag`). Commands that take either, such as `jamfor`, read it first.
public enum Scenariotyp: Sendable {
    case kedja, budget

    /// The kind of the scenario file `fil`.
    public static func las(_ fil: URL) throws(ScenarioFel) -> Scenariotyp {
        let text = try Textfil.las(fil, slag: "scenariofilen", maxStorlek: Textfil.maxScenariostorlek)
        let nycklar = Set(try YamlVarde.las(text, fil: fil.path).poster("en scenariofil").map(\.nyckel))
        if nycklar.contains("underlag") { return .budget }
        if nycklar.isSuperset(of: ["befolkning", "personal", "budget"]) { return .kedja }
        throw ScenarioFel(fil: fil.path, rad: 1, nyckel: "", problem:
            "förväntade ett kedjescenario (med befolkning, personal och budget) eller ett budgetscenario (med underlag)")
    }
}
