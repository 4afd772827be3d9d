/// What a scenario's assumptions make of each (segment × age) state, computed once per scenario rather than
/// once per year: retirement and turnover by age, the share that stays to the next year, and each group's
/// hiring profile spread over single ages, and each segment's base-year need.
struct Aldersfloden {
    /// Retirement by age.
    let pension: [Double]
    /// Turnover by `[segment][age]`.
    let omsattning: [[Double]]
    /// Per state, the share that stays: neither retiring nor leaving.
    let overlevnad: [Double]
    /// Per group, the share of its hires at each age: the band's share spread evenly over its ages.
    let profil: [String: [Double]]
    /// Per segment, the base year's need (`Personalmodell.basbehov`).
    let basbehov: [Double]

    init(_ modell: Personalmodell, _ a: Personalantaganden) {
        let pension = modell.aldrar.map { a.avgangar.pension($0) }
        let omsattning = modell.omsattning(a)
        self.pension = pension
        self.omsattning = omsattning
        overlevnad = omsattning.flatMap { segment in zip(segment, pension).map { (1 - $1) * (1 - $0) } }
        basbehov = modell.bestand.segment.indices.map { modell.basbehov($0, a) }
        let bandAvAlder = modell.bandAvAlder
        let aldrarIBand: [Double] = bandAvAlder.map { Double(modell.bestand.aldersband.band[$0].count) }
        profil = a.grupper.mapValues { g -> [Double] in
            bandAvAlder.indices.map { (i: Int) -> Double in g.anstallningsprofil[bandAvAlder[i]] / aldrarIBand[i] }
        }
    }
}
