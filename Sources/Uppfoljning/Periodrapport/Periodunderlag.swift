import Vokabular

/// The amounts a period report sums per line: outcome and budget to date and for the year, and each
/// version's prognosis per series.
struct Periodunderlag {
    let utfall: Arsbelopp
    let budget: Arsbelopp
    /// Whether the year is over, so that the year's outcome is shown.
    let bokslut: Bool
    /// Each version's prognosis per series.
    let prognoser: [[Serienyckel: Double]]
    /// Every series with outcome or budget in the year or a prognosis, sorted.
    let nycklar: [Serienyckel]

    init(period: Period, utfall: Arsbelopp, budget: Arsbelopp, prognoser: [Prognosversion]) {
        self.utfall = utfall
        self.budget = budget
        bokslut = period.manad == 12
        self.prognoser = prognoser.map { v in Dictionary(v.poster.map { ($0.nyckel, $0.prognos) }, uniquingKeysWith: +) }
        var alla = Set(utfall.ar.keys).union(budget.ar.keys)
        for p in self.prognoser { alla.formUnion(p.keys) }
        nycklar = alla.sorted()
    }

    /// Whether series `nyckel` has outcome or budget in the year.
    func bokford(_ nyckel: Serienyckel) -> Bool { utfall.ar[nyckel] != nil || budget.ar[nyckel] != nil }

    /// The line summing `grupp`'s series.
    func rad(_ grupp: Periodgrupper.Grupp) -> Periodrapport.Rad {
        let n = grupp.nycklar
        func summa(_ belopp: [Serienyckel: Double]) -> Double { n.reduce(0) { $0 + (belopp[$1] ?? 0) } }
        let harBudget = !budget.ar.isEmpty
        return Periodrapport.Rad(
            niva: grupp.niva, namn: grupp.namn, enhet: grupp.enhet, konto: grupp.konto,
            utfallAck: summa(utfall.ack), budgetAck: harBudget ? summa(budget.ack) : nil, budgetAr: harBudget ? summa(budget.ar) : nil,
            prognoser: prognoser.map { Nivaprognos($0, nycklar: n, budget: budget.ar, bokford: bokford) },
            utfallAr: bokslut ? summa(utfall.ar) : nil)
    }
}
