import Vokabular

extension Periodrapport {
    /// Builds the report for `period` from the ledger's amounts for its year: outcome and budget per series to
    /// date and for the whole year (`Liggare.summor`), the whole ledger per month (`Liggare.manadssummor`),
    /// the year's prognosis versions, the organisation tree and how the budget of series given per year was spread
    /// (`Liggare.budgetperiodisering`), and the kontoplan for the key figures (`Liggare.kontoplan`). `prognos` and `foregaende` choose versions by
    /// id; by default the latest and the latest before it (see `Periodrapport.foregaende`). Throws when the
    /// outcome does not reach `period`, and for a chosen version that is not among those made by then.
    public init(period: Period, utfall: Arsbelopp, budget: Arsbelopp, prognoser: [Prognosversion],
                organisation: Organisation, periodisering: [Serienyckel: Periodiseringsmetod] = [:], kontoplan: [String: Resultatrad] = [:],
                prognos valdPrognos: Int64? = nil, foregaende valdForegaende: Int64? = nil)
        throws(PeriodrapportFel) {
        guard let sista = utfall.manader.keys.max(), sista >= period.manad else {
            throw .utfallSaknas(period: period, sista: utfall.manader.keys.max())
        }
        let gjorda = prognoser.filter { $0.ar == period.ar && $0.gjordEfter <= period.manad }
        func index(_ id: Int64?) throws(PeriodrapportFel) -> Int? {
            guard let id else { return nil }
            guard let i = gjorda.firstIndex(where: { $0.id == id }) else {
                throw .okandVersion(id: id, period: period, finns: gjorda.compactMap(\.id))
            }
            return i
        }
        self.period = period
        versioner = gjorda.map(Versionsnamn.init)
        poster = gjorda.map(\.poster)
        let vald = try index(valdPrognos) ?? (gjorda.isEmpty ? nil : gjorda.count - 1)
        prognos = vald
        foregaende = try index(valdForegaende) ?? vald.flatMap { Self.foregaende(till: $0, i: gjorda) }
        harBudget = !budget.ar.isEmpty
        self.periodisering = Periodiseringsmetod.antal(periodisering.values)
        manader = (1...12).map { m in Manad(manad: m, utfall: m <= period.manad ? utfall.manader[m] : nil, budget: budget.manader[m]) }
        let underlag = Periodunderlag(period: period, utfall: utfall, budget: budget, prognoser: gjorda)
        nyckeltal = kontoplan.isEmpty ? nil : underlag.nyckeltal(kontoplan, prognos: vald)
        let grupper = Periodgrupper(organisation: organisation, nycklar: underlag.nycklar)
        rader = grupper.grupper.map(underlag.rad)
        foraldrar = grupper.foraldrar
        oplacerade = organisation.namnder.isEmpty ? [] : grupper.oplacerade
    }

    /// The version a prognosis is compared with: the latest made after an earlier month, of the same origin
    /// when there is one.
    static func foregaende(till index: Int, i versioner: [Prognosversion]) -> Int? {
        let tidigare = versioner.indices.filter { versioner[$0].gjordEfter < versioner[index].gjordEfter }
        return tidigare.last { versioner[$0].upphov == versioner[index].upphov } ?? tidigare.last
    }
}

/// A year's amounts of outcome or budget as a period report needs them: per series to date and for the whole
/// year, and the whole ledger per month.
public struct Arsbelopp: Equatable, Sendable {
    /// January to the report's month, per series.
    public let ack: [Serienyckel: Double]
    /// The whole year, per series.
    public let ar: [Serienyckel: Double]
    /// The whole ledger per month 1–12; months without amounts are missing.
    public let manader: [Int: Double]

    /// Creates the amounts.
    public init(ack: [Serienyckel: Double], ar: [Serienyckel: Double], manader: [Int: Double]) {
        self.ack = ack
        self.ar = ar
        self.manader = manader
    }
}
