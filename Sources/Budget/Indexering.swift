/// Indexation (uppräkning) of costs per budget year, in percent: personnel costs (löner och ersättningar
/// inklusive sociala avgifter) and operating costs (driftskostnader).
public struct Indexering: Equatable, Sendable {
    /// Personnel cost indexation per plan year, percent (3.1 means +3.1 %).
    public var personalkostnader: [Double]
    /// Operating cost indexation per plan year, percent.
    public var driftskostnader: [Double]

    /// Creates an indexation with one rate per plan year for each cost kind.
    public init(personalkostnader: [Double], driftskostnader: [Double]) {
        self.personalkostnader = personalkostnader
        self.driftskostnader = driftskostnader
    }

    func validerad(for period: Planperiod) throws(BudgetFel) -> Indexering {
        for (namn, serie) in [("Uppräkning personalkostnader", personalkostnader),
                              ("Uppräkning driftskostnader", driftskostnader)] {
            try Serie.kontrollera(serie, namn: namn, period: period, intervall: Granser.procent)
        }
        return self
    }
}
