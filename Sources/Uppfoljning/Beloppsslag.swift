/// The two kinds of monthly amounts a ledger holds.
public enum Beloppsslag: String, CaseIterable, Sendable {
    /// What was booked.
    case utfall
    /// What was budgeted.
    case budget

    /// The word in messages: "utfall", "budget".
    public var text: String { rawValue }

    /// The table that holds the amounts.
    var tabell: String { rawValue }
}
