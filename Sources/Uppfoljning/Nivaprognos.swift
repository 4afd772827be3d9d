/// A prognosis version's figure for a level of a report: the sum of its amounts for the level's series, with
/// the full-year budget standing in for the series it has no amount for ("budget framförd"), so that a
/// version made for some units still gives the whole region a figure, marked with how many series were
/// carried forward.
public struct Nivaprognos: Equatable, Sendable {
    /// The prognosis, in kronor as booked.
    public let belopp: Double
    /// The number of the level's series whose full-year budget stands in for a missing prognosis.
    public let budgetFramford: Int

    /// Creates a level's figure.
    public init(belopp: Double, budgetFramford: Int) {
        self.belopp = belopp
        self.budgetFramford = budgetFramford
    }

    /// Version `prognos`'s figure for the series `nycklar`: nil when it covers none of them, or lacks some of
    /// those with outcome or budget (`bokford`) while the year has no budget (`budget` empty) to carry forward.
    /// A series without budget in a year with budget carries 0 kr.
    init?(_ prognos: [Serienyckel: Double], nycklar: [Serienyckel], budget: [Serienyckel: Double], bokford: (Serienyckel) -> Bool) {
        guard nycklar.contains(where: { prognos[$0] != nil }),
              let (belopp, framforda) = Self.medBudget(prognos, nycklar: nycklar, budget: budget, bokford: bokford) else { return nil }
        self.init(belopp: nycklar.reduce(0) { $0 + (belopp[$1] ?? 0) }, budgetFramford: framforda)
    }

    /// `prognos` with the full-year budget (0 kr without one) for those of `nycklar` with outcome or budget
    /// (`bokford`) that it lacks, and how many those are; nil when it lacks some and the year has no budget.
    static func medBudget(_ prognos: [Serienyckel: Double], nycklar: [Serienyckel], budget: [Serienyckel: Double],
                          bokford: (Serienyckel) -> Bool) -> (belopp: [Serienyckel: Double], framforda: Int)? {
        let saknade = nycklar.filter { prognos[$0] == nil && bokford($0) }
        guard saknade.isEmpty || !budget.isEmpty else { return nil }
        return (prognos.merging(saknade.map { ($0, budget[$0] ?? 0) }) { a, _ in a }, saknade.count)
    }
}
