import Vokabular

/// A table as printed in a published document (e.g. Regionplan Bilaga 1): amounts per row and year,
/// the number of decimals it was printed with, and where each row was read.
public struct PubliceradTabell: Equatable, Sendable {
    /// The table's name as cited, e.g. "Bilaga 1 Resultatbudget".
    public let namn: String
    /// Decimals printed (1 for "258,8", 0 for "267"); sets how much rounding can explain.
    public let decimaler: Int
    /// The rows in printed order.
    public let rader: [PubliceradRad]

    /// Creates a published table.
    public init(namn: String, decimaler: Int, rader: [PubliceradRad]) {
        self.namn = namn
        self.decimaler = decimaler
        self.rader = rader
    }

    /// Largest rounding error of one printed figure: half a unit in the last printed decimal.
    public var avrundningsfel: Double { 0.5 * Belopp.tiopotens(-decimaler) }

    /// The row with this key, if any.
    public func rad(_ nyckel: String) -> PubliceradRad? { rader.first { $0.nyckel == nyckel } }

    /// The printed amount of a row in a year, if the table has it.
    public func belopp(_ nyckel: String, _ ar: Int) -> Double? { rad(nyckel)?.belopp[ar] }

    /// The years that every row covers, ascending.
    public var ar: [Int] {
        guard let first = rader.first else { return [] }
        return first.belopp.keys.filter { year in rader.allSatisfy { $0.belopp[year] != nil } }.sorted()
    }
}

/// One printed row of a published table.
public struct PubliceradRad: Equatable, Sendable {
    /// The row's key (e.g. "avskrivningar", or a nämnd's name in Bilaga 2).
    public let nyckel: String
    /// For a "varav" row: the row it is part of; nil otherwise.
    public let del: String?
    /// Printed amount per year.
    public let belopp: [Int: Double]
    /// Where the row was read, "file:line".
    public let kalla: String

    /// Creates a row.
    public init(nyckel: String, del: String? = nil, belopp: [Int: Double], kalla: String) {
        self.nyckel = nyckel
        self.del = del
        self.belopp = belopp
        self.kalla = kalla
    }
}

/// The published budget a scenario reproduces: the tables of the Regionplan's appendices.
public struct PubliceradBudget: Equatable, Sendable {
    /// Bilaga 1 Resultatbudget.
    public let resultatbudget: PubliceradTabell
    /// Bilaga 2 Budgetramar per nämnd (with a closing "Resultat" row).
    public let budgetramar: PubliceradTabell
    /// Bilaga 3 Balansbudget (year-end balances, base year included).
    public let balansbudget: PubliceradTabell
    /// Bilaga 4 Finansieringsbudget.
    public let finansieringsbudget: PubliceradTabell
    /// Bilaga 5 Investeringsbudget, in tkr.
    public let investeringsbudget: PubliceradTabell

    /// Groups the published tables.
    public init(resultatbudget: PubliceradTabell, budgetramar: PubliceradTabell, balansbudget: PubliceradTabell,
                finansieringsbudget: PubliceradTabell, investeringsbudget: PubliceradTabell) {
        self.resultatbudget = resultatbudget
        self.budgetramar = budgetramar
        self.balansbudget = balansbudget
        self.finansieringsbudget = finansieringsbudget
        self.investeringsbudget = investeringsbudget
    }
}
