/// The step of writing reports that a system error interrupted.
public enum Filatgard: Sendable, Equatable {
    /// Creating the target's missing parent folders.
    case skapaForalder
    /// Reading the target to decide whether it may be replaced.
    case lasaMal
    /// Creating the temporary folder beside the target.
    case skapaTillfallig
    /// Writing and flushing the files in the temporary folder.
    case skrivaFiler
    /// The atomic rename that puts the new folder in place.
    case bytaUt
    /// Removing the replaced set after the swap.
    case taBortTidigare

    /// When it happened, in Swedish: "när filerna skrevs", …
    public var text: String {
        switch self {
        case .skapaForalder: "när överliggande mappar skapades"
        case .lasaMal: "när mappen lästes"
        case .skapaTillfallig: "när en tillfällig mapp skapades bredvid den"
        case .skrivaFiler: "när filerna skrevs"
        case .bytaUt: "när mappen byttes ut"
        case .taBortTidigare: "när den tidigare versionen togs bort"
        }
    }

    /// Whether the step writes (for telling read from write permission).
    var skriver: Bool { self != .lasaMal }
}
