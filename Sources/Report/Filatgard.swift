/// The step of writing reports that a system error interrupted.
public enum Filatgard: Sendable, Equatable {
    case skapaForalder, lasaMal, skapaTillfallig, skrivaFiler, bytaUt, taBortTidigare

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
