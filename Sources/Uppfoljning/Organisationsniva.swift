/// The levels a follow-up report sums to, from the whole ledger down to a unit's row, in the order the
/// organisation nests them.
public enum Organisationsniva: String, CaseIterable, Sendable {
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
