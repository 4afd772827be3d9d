/// The year's amounts a deviation report sums per level: outcome, budget and each version's prognosis per
/// series, and the series they cover.
struct Avvikelseunderlag {
    let utfall: [Serienyckel: Double]
    let budget: [Serienyckel: Double]
    /// Each version's prognosis per series.
    let prognoser: [[Serienyckel: Double]]
    /// Every series with outcome, budget or a prognosis, sorted.
    let nycklar: [Serienyckel]

    init(utfall: [Serienyckel: Double], budget: [Serienyckel: Double], prognoser: [Prognosversion]) {
        self.utfall = utfall
        self.budget = budget
        self.prognoser = prognoser.map { v in
            Dictionary(v.poster.map { ($0.nyckel, $0.prognos) }, uniquingKeysWith: +)
        }
        var alla = Set(utfall.keys).union(budget.keys)
        for p in self.prognoser { alla.formUnion(p.keys) }
        nycklar = alla.sorted()
    }

    /// The line summing `grupp`'s series.
    func rad(_ grupp: Nivagrupp) -> Avvikelserapport.Rad {
        let bokforda = grupp.nycklar.filter { utfall[$0] != nil || budget[$0] != nil }
        let prognos = prognoser.map { p -> Double? in
            guard bokforda.allSatisfy({ p[$0] != nil }) else { return nil }
            return grupp.nycklar.compactMap { p[$0] }.reduce(0, +)
        }
        return Avvikelserapport.Rad(
            niva: grupp.niva, namn: grupp.namn, enhet: grupp.enhet, konto: grupp.konto,
            budget: budget.isEmpty ? nil : grupp.nycklar.compactMap { budget[$0] }.reduce(0, +),
            prognoser: prognos, utfall: grupp.nycklar.compactMap { utfall[$0] }.reduce(0, +))
    }
}
