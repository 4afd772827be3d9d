import Vokabular

/// What an import did: how many amounts it read, how many were new, changed or already there with the
/// same value, and which units and rows it added to the ledger.
public struct Importsammanfattning: Equatable, Sendable {
    /// Outcome or budget.
    public let slag: Beloppsslag
    /// The amounts in the file.
    public let antalBelopp: Int
    /// The first and last month in the file; nil for a file without amounts.
    public let perioder: ClosedRange<Period>?
    /// Amounts for a unit, row and month the ledger had none for.
    public let nyaBelopp: Int
    /// Amounts that replaced a different amount.
    public let andradeBelopp: Int
    /// Amounts the ledger already held with the same value.
    public let oforandradeBelopp: Int
    /// Units the import added, in the order the file names them first.
    public let nyaEnheter: [String]
    /// Rows the import added, in the order the file names them first, with the kind read from their sign.
    public let nyaKonton: [Konto]
    /// For a budget given per year: how many series-years were spread over the months, by method.
    public let periodiserade: [Periodiseringsmetod: Int]

    /// True when the import left the ledger as it was.
    public var ingenAndring: Bool { nyaBelopp == 0 && andradeBelopp == 0 && nyaEnheter.isEmpty && nyaKonton.isEmpty }
}
