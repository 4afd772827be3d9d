/// The organisation tree of a ledger: nämnder, their förvaltningar and these förvaltningars units, each
/// level sorted by name or code, and the units an import added that are not placed yet.
public struct Organisation: Equatable, Sendable {
    /// A unit: its code and, once placed, its name.
    public struct Enhet: Equatable, Sendable {
        public let kod: String
        public let namn: String?
    }

    /// A förvaltning and its units.
    public struct Forvaltning: Equatable, Sendable {
        public let namn: String
        public let enheter: [Enhet]
    }

    /// A nämnd and its förvaltningar.
    public struct Namnd: Equatable, Sendable {
        public let namn: String
        public let forvaltningar: [Forvaltning]
    }

    /// The tree.
    public let namnder: [Namnd]
    /// Units not placed in the tree.
    public let oplacerade: [Enhet]
}

/// Where a unit belongs: its code and name, its förvaltning and that förvaltning's nämnd.
public struct Placering: Equatable, Sendable {
    public let enhet: String
    public let namn: String
    public let forvaltning: String
    public let namnd: String

    /// Creates a placement; all four are stored in their normalised form (`Kod.normaliserad`).
    public init(enhet: String, namn: String, forvaltning: String, namnd: String) {
        self.enhet = Kod.normaliserad(enhet)
        self.namn = Kod.normaliserad(namn)
        self.forvaltning = Kod.normaliserad(forvaltning)
        self.namnd = Kod.normaliserad(namnd)
    }
}
