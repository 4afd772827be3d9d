/// A row of the ledger (konto/rad): its code and whether it is an income or a cost row.
public struct Konto: Hashable, Sendable {
    /// The row's code.
    public let kod: String
    /// Income or cost row.
    public let slag: Kontoslag

    /// Creates a row.
    public init(kod: String, slag: Kontoslag) {
        self.kod = kod
        self.slag = slag
    }
}
