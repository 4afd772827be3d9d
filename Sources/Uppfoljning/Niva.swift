/// The levels a ledger's amounts are summed at, from the whole ledger down to a unit's row.
public enum Niva: String, CaseIterable, Sendable {
    case totalt, namnd, forvaltning, enhet, konto

    /// "totalt", "nämnd", "förvaltning", "enhet", "konto".
    public var text: String {
        switch self {
        case .totalt: "totalt"
        case .namnd: "nämnd"
        case .forvaltning: "förvaltning"
        case .enhet: "enhet"
        case .konto: "konto"
        }
    }
}
