/// Which monthly series: a unit's amounts on one row.
public struct Serienyckel: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The unit's code.
    public let enhet: String
    /// The row's code.
    public let konto: String

    /// Creates a key; the codes are compared in their normalised form (`Kod.normaliserad`).
    public init(enhet: String, konto: String) {
        self.enhet = Kod.normaliserad(enhet)
        self.konto = Kod.normaliserad(konto)
    }

    /// "enhet/konto".
    public var description: String { "\(enhet)/\(konto)" }

    public static func < (a: Serienyckel, b: Serienyckel) -> Bool {
        (a.enhet.unicodeScalars.lexicographicallyPrecedes(b.enhet.unicodeScalars))
            || (a.enhet == b.enhet && a.konto.unicodeScalars.lexicographicallyPrecedes(b.konto.unicodeScalars))
    }
}
