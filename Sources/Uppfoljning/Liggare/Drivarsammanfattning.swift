import Vokabular

/// What an import of drivers did: how many values it read, how many were new, changed or already there,
/// which units it added, and which links row → driver are new or were removed.
public struct Drivarsammanfattning: Equatable, Sendable {
    /// The values in the file.
    public let antalVarden: Int
    /// The first and last month in the file; nil for a file without values.
    public let perioder: ClosedRange<Period>?
    /// The drivers in the file, sorted.
    public let drivare: [String]
    /// Values for a unit, driver and month the ledger had none for.
    public let nyaVarden: Int
    /// Values that replaced a different value.
    public let andradeVarden: Int
    /// Values the ledger already held.
    public let oforandradeVarden: Int
    /// Units the import added, in the order the file names them first.
    public let nyaEnheter: [String]
    /// Links row → driver the ledger did not have, as (row code, driver).
    public let nyaKopplingar: [Koppling]
    /// Links from the file's drivers to rows the import did not name, which it removed.
    public let borttagnaKopplingar: [Koppling]

    /// A row and a driver that explains it.
    public struct Koppling: Equatable, Sendable {
        /// The row's code.
        public let konto: String
        /// The driver's name.
        public let drivare: String

        /// The link from row `konto` to driver `drivare`.
        public init(konto: String, drivare: String) {
            self.konto = konto
            self.drivare = drivare
        }
    }

    /// True when the import left the ledger as it was.
    public var ingenAndring: Bool {
        nyaVarden == 0 && andradeVarden == 0 && nyaEnheter.isEmpty && nyaKopplingar.isEmpty && borttagnaKopplingar.isEmpty
    }
}
