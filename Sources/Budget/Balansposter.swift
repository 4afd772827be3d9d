/// The lines of a balance sheet (balansräkning) in mnkr, all positive amounts.
public struct Balansposter: Equatable, Sendable {
    /// Immateriella anläggningstillgångar.
    public var immateriellaTillgangar: Double
    /// Materiella anläggningstillgångar: mark, byggnader, maskiner och inventarier.
    public var materiellaTillgangar: Double
    /// Finansiella anläggningstillgångar.
    public var finansiellaAnlaggningstillgangar: Double
    /// Förråd (inventories).
    public var forrad: Double
    /// Kortfristiga fordringar (short-term receivables).
    public var kortfristigaFordringar: Double
    /// Kortfristiga placeringar (short-term investments).
    public var kortfristigaPlaceringar: Double
    /// Kassa och bank = likvida medel.
    public var kassaOchBank: Double
    /// Eget kapital (equity).
    public var egetKapital: Double
    /// Avsättningar för pensioner (pension provisions).
    public var avsattningarPensioner: Double
    /// Långfristiga skulder (long-term liabilities).
    public var langfristigaSkulder: Double
    /// Kortfristiga skulder (short-term liabilities).
    public var kortfristigaSkulder: Double

    /// Creates a balance sheet.
    public init(immateriellaTillgangar: Double, materiellaTillgangar: Double, finansiellaAnlaggningstillgangar: Double,
                forrad: Double, kortfristigaFordringar: Double, kortfristigaPlaceringar: Double, kassaOchBank: Double,
                egetKapital: Double, avsattningarPensioner: Double, langfristigaSkulder: Double,
                kortfristigaSkulder: Double) {
        self.immateriellaTillgangar = immateriellaTillgangar
        self.materiellaTillgangar = materiellaTillgangar
        self.finansiellaAnlaggningstillgangar = finansiellaAnlaggningstillgangar
        self.forrad = forrad
        self.kortfristigaFordringar = kortfristigaFordringar
        self.kortfristigaPlaceringar = kortfristigaPlaceringar
        self.kassaOchBank = kassaOchBank
        self.egetKapital = egetKapital
        self.avsattningarPensioner = avsattningarPensioner
        self.langfristigaSkulder = langfristigaSkulder
        self.kortfristigaSkulder = kortfristigaSkulder
    }

    /// Summa anläggningstillgångar.
    public var summaAnlaggningstillgangar: Double {
        immateriellaTillgangar + materiellaTillgangar + finansiellaAnlaggningstillgangar
    }
    /// Summa omsättningstillgångar.
    public var summaOmsattningstillgangar: Double {
        forrad + kortfristigaFordringar + kortfristigaPlaceringar + kassaOchBank
    }
    /// Summa tillgångar.
    public var summaTillgangar: Double { summaAnlaggningstillgangar + summaOmsattningstillgangar }
    /// Summa eget kapital, avsättningar och skulder.
    public var summaSkulderOchEgetKapital: Double {
        egetKapital + avsattningarPensioner + langfristigaSkulder + kortfristigaSkulder
    }
}
