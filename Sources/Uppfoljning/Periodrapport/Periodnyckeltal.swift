/// The region's key figures in a period report (`Regionnyckeltal`): from the outcome and budget to date,
/// the year's budget and the reported prognosis, with the budget carried forward for the series that
/// version lacks.
public struct Periodnyckeltal: Equatable, Sendable {
    public let utfallAck: Regionnyckeltal
    public let budgetAck: Regionnyckeltal?
    public let budgetAr: Regionnyckeltal?
    /// Nil without a prognosis, or when it lacks series and the year has no budget to carry forward.
    public let prognos: Regionnyckeltal?
    /// The rows with amounts in the year that the kontoplan gives no line, sorted: left out of the figures.
    public let utanRad: [String]
}

extension Periodunderlag {
    /// The key figures by `kontoplan`, with version `prognos` as the prognosis.
    func nyckeltal(_ kontoplan: [String: Resultatrad], prognos: Int?) -> Periodnyckeltal {
        let harBudget = !budget.ar.isEmpty
        let version = prognos.flatMap { Nivaprognos.medBudget(prognoser[$0], nycklar: nycklar, budget: budget.ar, bokford: bokford)?.belopp }
        let utanRad = Set(nycklar.map(\.konto).filter { kontoplan[$0] == nil })
        return Periodnyckeltal(
            utfallAck: Regionnyckeltal(utfall.ack, kontoplan: kontoplan),
            budgetAck: harBudget ? Regionnyckeltal(budget.ack, kontoplan: kontoplan) : nil,
            budgetAr: harBudget ? Regionnyckeltal(budget.ar, kontoplan: kontoplan) : nil,
            prognos: version.map { Regionnyckeltal($0, kontoplan: kontoplan) },
            utanRad: utanRad.sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) })
    }
}
