/// The assumptions of a scenario: what an economist changes to run a what-if. Amounts in mnkr, rates in
/// percent, every series with one value per plan year.
public struct Budgetantaganden: Equatable, Sendable {
    /// Indexation of personnel and operating costs assumed by the scenario.
    public var indexering: Indexering
    /// Personnel costs as a share of verksamhetens kostnader, percent; splits the cost base for indexation.
    public var personalkostnadsandel: Double
    /// Deviation of the tax base from the forecast the decided budget used, percent per year; cumulative,
    /// so −1 in the first year lowers tax revenue by 1 % in that year and every later year.
    public var skatteunderlagsavvikelse: [Double]
    /// Change in general state grants (statsbidrag) relative to the decided budget, mnkr.
    public var statsbidragsforandring: [Double]
    /// Additional pension costs (e.g. a higher price base amount), mnkr; they raise verksamhetens kostnader
    /// and the pension provisions, and do not use cash in the year.
    public var pensionskostnadsforandring: [Double]
    /// Personnel costs beyond the indexed decided level, mnkr: e.g. what a workforce scenario costs more or
    /// less than its reference (own and hired staff). Raises verksamhetens kostnader and is paid in the year.
    public var personalkostnadsforandring: [Double]
    /// The population relative to the one the decided budget's tax and equalisation revenue was computed for
    /// (1 = the same), per year: skatteintäkter and generella statsbidrag och utjämning are per-inhabitant
    /// amounts times the population, so they scale with it. A chained scenario sets it from its projection.
    public var befolkningsfaktor: [Double]
    /// Finansiella intäkter (return on financial assets), mnkr.
    public var finansiellaIntakter: [Double]
    /// Avskrivningar (depreciation), mnkr as a positive amount.
    public var avskrivningar: [Double]
    /// Investments per asset class.
    public var investeringar: Investeringsplan
    /// Changes of nämnd budget frames (net cost, mnkr), keyed by nämnd; an increase raises costs.
    public var ramforandringar: [String: [Double]]

    /// Creates a set of assumptions.
    public init(indexering: Indexering, personalkostnadsandel: Double, skatteunderlagsavvikelse: [Double],
                statsbidragsforandring: [Double], pensionskostnadsforandring: [Double], finansiellaIntakter: [Double],
                avskrivningar: [Double], investeringar: Investeringsplan, ramforandringar: [String: [Double]] = [:],
                personalkostnadsforandring: [Double]? = nil, befolkningsfaktor: [Double]? = nil) {
        self.indexering = indexering
        self.personalkostnadsandel = personalkostnadsandel
        self.skatteunderlagsavvikelse = skatteunderlagsavvikelse
        self.statsbidragsforandring = statsbidragsforandring
        self.pensionskostnadsforandring = pensionskostnadsforandring
        self.personalkostnadsforandring = personalkostnadsforandring ?? pensionskostnadsforandring.map { _ in 0 }
        self.befolkningsfaktor = befolkningsfaktor ?? pensionskostnadsforandring.map { _ in 1 }
        self.finansiellaIntakter = finansiellaIntakter
        self.avskrivningar = avskrivningar
        self.investeringar = investeringar
        self.ramforandringar = ramforandringar
    }

    /// The population may at most halve or double against the decided budget's: beyond that per-inhabitant
    /// amounts are no model of tax and equalisation revenue.
    static let befolkningsfaktorer: ClosedRange<Double> = 0.5...2

    func kontrollera(_ period: Planperiod, namnder: [String]) throws(BudgetFel) {
        _ = try indexering.validerad(for: period)
        guard personalkostnadsandel.isFinite, Granser.andel.contains(personalkostnadsandel) else {
            throw .orimligAndel(personalkostnadsandel)
        }
        try Serie.kontrollera(skatteunderlagsavvikelse, namn: "Skatteunderlagsavvikelse", period: period,
                              intervall: Granser.procent)
        for (namn, serie) in [("Förändring statsbidrag", statsbidragsforandring),
                              ("Förändring pensionskostnader", pensionskostnadsforandring),
                              ("Förändring personalkostnader", personalkostnadsforandring),
                              ("Finansiella intäkter", finansiellaIntakter), ("Avskrivningar", avskrivningar)] {
            try Serie.kontrollera(serie, namn: namn, period: period)
        }
        try Serie.kontrollera(befolkningsfaktor, namn: "Befolkningsfaktor", period: period, intervall: Self.befolkningsfaktorer)
        try investeringar.kontrollera(period)
        for (namnd, serie) in ramforandringar.sorted(by: { $0.key < $1.key }) {
            guard namnder.contains(namnd) else { throw .okandNamnd(namnd, kanda: namnder) }
            try Serie.kontrollera(serie, namn: "Ramförändring \(namnd)", period: period)
        }
    }
}
