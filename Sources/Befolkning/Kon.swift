/// Sex as SCB's population statistics record it.
public enum Kon: Int, CaseIterable, Sendable, Hashable {
    case kvinnor = 0
    case man = 1

    /// The word SCB's tables use ("kvinnor", "män").
    public var namn: String { self == .kvinnor ? "kvinnor" : "män" }
}

/// Single years of age 0–99 and the open group 100+, as in SCB's tables.
public enum Alder {
    /// The open age group "100+" has index 100.
    public static let hogsta = 100
    /// Number of age groups, 0…100+.
    public static let antal = hogsta + 1
    /// The mother's ages with age-specific fertility rates; births to younger and older mothers count at
    /// 15 and 49.
    public static let fertila = 15...49

    /// A state vector's index for an age and sex: women 0…100, then men 0…100.
    @inline(__always)
    public static func index(_ kon: Kon, _ alder: Int) -> Int { kon.rawValue * antal + alder }
}
