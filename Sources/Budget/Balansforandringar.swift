/// Planned year-on-year changes of balance-sheet items that are not driven by the result or by
/// investments, in mnkr per plan year. Each value is the change of the item itself (an increase is
/// positive), e.g. kortfristiga fordringar +50 means receivables grow by 50 and tie up 50 of cash.
public struct Balansforandringar: Equatable, Sendable {
    /// Change in förråd.
    public var forrad: [Double]
    /// Change in kortfristiga fordringar.
    public var kortfristigaFordringar: [Double]
    /// Change in kortfristiga placeringar.
    public var kortfristigaPlaceringar: [Double]
    /// Change in kortfristiga skulder.
    public var kortfristigaSkulder: [Double]
    /// Change in pension provisions (avsättningar pensioner) before any scenario change in pension costs.
    public var avsattningarPensioner: [Double]
    /// Net borrowing: new loans minus amortisation of long-term liabilities.
    public var langfristigaSkulder: [Double]

    /// Creates the planned changes.
    public init(forrad: [Double], kortfristigaFordringar: [Double], kortfristigaPlaceringar: [Double],
                kortfristigaSkulder: [Double], avsattningarPensioner: [Double], langfristigaSkulder: [Double]) {
        self.forrad = forrad
        self.kortfristigaFordringar = kortfristigaFordringar
        self.kortfristigaPlaceringar = kortfristigaPlaceringar
        self.kortfristigaSkulder = kortfristigaSkulder
        self.avsattningarPensioner = avsattningarPensioner
        self.langfristigaSkulder = langfristigaSkulder
    }

    func kontrollera(_ period: Planperiod) throws(BudgetFel) {
        for (namn, serie) in [("Förändring förråd", forrad), ("Förändring kortfristiga fordringar", kortfristigaFordringar),
                              ("Förändring kortfristiga placeringar", kortfristigaPlaceringar),
                              ("Förändring kortfristiga skulder", kortfristigaSkulder),
                              ("Förändring avsättningar pensioner", avsattningarPensioner),
                              ("Förändring långfristiga skulder", langfristigaSkulder)] {
            try Serie.kontrollera(serie, namn: namn, period: period)
        }
    }
}
