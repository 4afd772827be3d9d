/// A nämnd's budget frame (budgetram): its net cost per plan year in mnkr, as decided
/// (positive = net cost, negative = net income, as in Regionplan Bilaga 2).
public struct Budgetram: Equatable, Sendable {
    /// The nämnd (committee) or the finance administration (Finansförvaltningen).
    public var namnd: String
    /// Net cost frame per plan year, mnkr.
    public var belopp: [Double]

    /// Creates a frame for one nämnd.
    public init(namnd: String, belopp: [Double]) {
        self.namnd = namnd
        self.belopp = belopp
    }
}
