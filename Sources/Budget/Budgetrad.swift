/// One line of a budget statement: a heading and an amount per plan year (mnkr).
public struct Budgetrad: Equatable, Sendable {
    /// Stable machine name, used as the row key in CSV output (e.g. "verksamhetens_intakter").
    public let nyckel: String
    /// The heading as the Regionplan writes it (e.g. "Verksamhetens intäkter").
    public let rubrik: String
    /// Amount per plan year, mnkr.
    public let belopp: [Double]
    /// True for subtotals and totals, which reports set apart.
    public let summering: Bool

    /// Creates a statement line.
    public init(_ nyckel: String, _ rubrik: String, _ belopp: [Double], summering: Bool = false) {
        self.nyckel = nyckel
        self.rubrik = rubrik
        self.belopp = belopp
        self.summering = summering
    }
}

/// A budget statement that can be listed line by line.
public protocol Budgetrapport: Sendable {
    /// The statement's title, e.g. "Resultatbudget".
    var rubrik: String { get }
    /// The statement's lines in reading order.
    var rader: [Budgetrad] { get }
    /// Notes shown under the statement, e.g. variants that could not be computed.
    var fotnoter: [String] { get }
}

extension Budgetrapport {
    /// No notes, unless a statement has some.
    public var fotnoter: [String] { [] }
}
