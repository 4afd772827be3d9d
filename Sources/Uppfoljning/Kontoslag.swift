/// Whether a row (konto) is an income or a cost row. Under the ledger's sign convention (see `Bokforing`)
/// income rows carry negative amounts and cost rows positive ones; no computation depends on the kind,
/// reports use it to group rows.
public enum Kontoslag: String, Sendable {
    /// Intäktsslag.
    case intakt
    /// Kostnadsslag.
    case kostnad

    /// The kind of a row first seen in an import, from the sign of its amounts there: a negative sum is
    /// income (credit), anything else a cost (debit).
    static func harlett(summa: Double) -> Kontoslag { summa < 0 ? .intakt : .kostnad }

    /// "intäktsslag", "kostnadsslag".
    public var text: String { self == .intakt ? "intäktsslag" : "kostnadsslag" }
}
