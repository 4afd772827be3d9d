/// The decided budget (beslutad budget) that a scenario starts from: result-statement lines per plan year
/// in mnkr with the signs of the published result budget (costs negative), the indexation the decided cost
/// level was built on, and the nämnd frames.
///
/// A scenario changes assumptions relative to this base; with unchanged assumptions the model reproduces it.
public struct Basbudget: Equatable, Sendable {
    /// Verksamhetens intäkter (operating revenue), positive.
    public var verksamhetensIntakter: [Double]
    /// Verksamhetens kostnader (operating costs), negative.
    public var verksamhetensKostnader: [Double]
    /// Skatteintäkter (tax revenue), positive.
    public var skatteintakter: [Double]
    /// Generella statsbidrag och utjämning (state grants and equalisation), positive.
    public var statsbidrag: [Double]
    /// Finansiella kostnader (financial costs), negative.
    public var finansiellaKostnader: [Double]
    /// The indexation rates the decided cost level was built on.
    public var indexering: Indexering
    /// Budget frames per nämnd; the last one named `finansforvaltningen` balances the rest.
    public var budgetramar: [Budgetram]

    /// The name of the frame that carries taxes, grants, financial items and central reserves.
    public static let finansforvaltningen = "Finansförvaltningen"

    /// Creates a decided budget.
    public init(verksamhetensIntakter: [Double], verksamhetensKostnader: [Double],
                skatteintakter: [Double], statsbidrag: [Double], finansiellaKostnader: [Double],
                indexering: Indexering, budgetramar: [Budgetram]) {
        self.verksamhetensIntakter = verksamhetensIntakter
        self.verksamhetensKostnader = verksamhetensKostnader
        self.skatteintakter = skatteintakter
        self.statsbidrag = statsbidrag
        self.finansiellaKostnader = finansiellaKostnader
        self.indexering = indexering
        self.budgetramar = budgetramar
    }

    /// The nämnder whose frames a scenario may change (all frames but Finansförvaltningen).
    public var namnder: [String] {
        budgetramar.map(\.namnd).filter { $0 != Self.finansforvaltningen }
    }

    func kontrollera(_ period: Planperiod) throws(BudgetFel) {
        let serier: [(String, [Double])] = [
            ("Verksamhetens intäkter", verksamhetensIntakter), ("Verksamhetens kostnader", verksamhetensKostnader),
            ("Skatteintäkter", skatteintakter), ("Statsbidrag", statsbidrag),
            ("Finansiella kostnader", finansiellaKostnader),
        ] + budgetramar.map { ("Budgetram \($0.namnd)", $0.belopp) }
        for (namn, serie) in serier { try Serie.kontrollera(serie, namn: namn, period: period) }
        _ = try indexering.validerad(for: period)
    }
}
