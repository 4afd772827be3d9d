import Foundation

/// What a scenario file describes, told by its keys once its `bas:` files are laid together: a chain
/// (`befolkning`, `personal`, `budget`) or a budget (`underlag`). Commands that take either, such as
/// `jamfor`, read it first.
public enum Scenariotyp: Sendable {
    case kedja, budget

    /// The kind of the scenario file `fil`.
    public static func las(_ fil: URL) throws(ScenarioFel) -> Scenariotyp {
        let nycklar = Set(try Scenariofil.las(fil).poster("en scenariofil").map(\.nyckel))
        if nycklar.contains("underlag") { return .budget }
        if nycklar.isSuperset(of: Kedjescenario.delar) { return .kedja }
        throw ScenarioFel(fil: fil.path, rad: 1, nyckel: "", problem:
            "förväntade ett kedjescenario (med befolkning, personal och budget) eller ett budgetscenario (med underlag)")
    }
}
