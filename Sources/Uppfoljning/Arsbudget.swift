import Vokabular

/// A budget amount for a whole year, as a budget decided per year is exported: unit, row, year and the
/// amount in öre, signed as booked (see `Bokforing`). The ledger holds budget per month, so a year's amount
/// is spread over the months (`Periodisering`) when it is imported.
public struct Arsbudget: Hashable, Sendable {
    public let nyckel: Serienyckel
    public let ar: Int
    public let ore: Int64

    /// Creates an amount.
    public init(enhet: String, konto: String, ar: Int, ore: Int64) {
        nyckel = Serienyckel(enhet: enhet, konto: konto)
        self.ar = ar
        self.ore = ore
    }
}

/// How a year's budget was spread over its months.
public enum Periodiseringsmetod: String, CaseIterable, Sendable {
    /// By the series' own seasonal profile: its outcome per month in up to three complete earlier years.
    case egenProfil = "egen-profil"
    /// By the row's profile over all units, where the series has no usable history of its own.
    case kontotsProfil = "kontots-profil"
    /// Even twelfths, where there is no usable history.
    case tolftedelar

    /// How many of `metoder` are each method.
    static func antal(_ metoder: some Sequence<Periodiseringsmetod>) -> [Periodiseringsmetod: Int] {
        Dictionary(metoder.map { ($0, 1) }, uniquingKeysWith: +)
    }

    /// "seriens egen säsongsprofil ur utfallet", "kontots säsongsprofil över alla enheter", "tolftedelar".
    public var text: String {
        switch self {
        case .egenProfil: "seriens egen säsongsprofil ur utfallet"
        case .kontotsProfil: "kontots säsongsprofil över alla enheter"
        case .tolftedelar: "tolftedelar"
        }
    }
}
