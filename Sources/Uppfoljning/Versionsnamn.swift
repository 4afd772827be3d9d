/// A stored prognosis version as a report names it: which, for what year, made after which month, by whom,
/// with its comment, without its amounts.
public struct Versionsnamn: Equatable, Sendable {
    /// The ledger's id for the version.
    public let id: Int64?
    /// The year the prognosis is for.
    public let ar: Int
    /// The month after whose outcome it was made, 1–12.
    public let gjordEfter: Int
    /// The method, or by hand.
    public let upphov: Prognosversion.Upphov
    /// The version's comment.
    public let kommentar: String

    /// The name of `version`.
    init(_ version: Prognosversion) {
        id = version.id
        ar = version.ar
        gjordEfter = version.gjordEfter
        upphov = version.upphov
        kommentar = version.kommentar
    }

    /// The month it was made after, "2018-08".
    public var period: String { "\(ar)-" + (gjordEfter < 10 ? "0" : "") + "\(gjordEfter)" }

    /// "hand" or the method's name.
    public var upphovText: String { upphov.namn }
}
