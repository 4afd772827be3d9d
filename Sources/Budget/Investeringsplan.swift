/// Investments per plan year in mnkr (positive amounts), by the asset classes of the balance sheet.
public struct Investeringsplan: Equatable, Sendable {
    /// Investments in immateriella anläggningstillgångar.
    public var immateriella: [Double]
    /// Investments in mark och byggnader (the Regionplan's investeringsslag Fastighet).
    public var markOchByggnader: [Double]
    /// Investments in maskiner och inventarier (medicinsk teknik, it, övrigt).
    public var maskinerOchInventarier: [Double]
    /// Acquisitions of financial fixed assets.
    public var finansiella: [Double]

    /// Creates an investment plan.
    public init(immateriella: [Double], markOchByggnader: [Double], maskinerOchInventarier: [Double],
                finansiella: [Double]) {
        self.immateriella = immateriella
        self.markOchByggnader = markOchByggnader
        self.maskinerOchInventarier = maskinerOchInventarier
        self.finansiella = finansiella
    }

    /// Total investments per year.
    public var summa: [Double] {
        (0..<markOchByggnader.count).map { immateriella[$0] + markOchByggnader[$0] + maskinerOchInventarier[$0] + finansiella[$0] }
    }

    func kontrollera(_ period: Planperiod) throws(BudgetFel) {
        for (namn, serie) in [("Investeringar immateriella", immateriella), ("Investeringar mark och byggnader", markOchByggnader),
                              ("Investeringar maskiner och inventarier", maskinerOchInventarier),
                              ("Förvärv finansiella tillgångar", finansiella)] {
            try Serie.kontrollera(serie, namn: namn, period: period)
        }
    }
}
