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
    /// Avstämningspost: a labelled reconciling item on the asset side that carries a source's own
    /// discrepancy (its printed lines do not balance), so that the balance sheet balances openly instead of
    /// hiding the difference. Zero for data that balance; it has no flows and keeps its value every year.
    public var avstamningspost: Double

    /// Creates a balance sheet.
    public init(immateriellaTillgangar: Double, materiellaTillgangar: Double, finansiellaAnlaggningstillgangar: Double,
                forrad: Double, kortfristigaFordringar: Double, kortfristigaPlaceringar: Double, kassaOchBank: Double,
                egetKapital: Double, avsattningarPensioner: Double, langfristigaSkulder: Double,
                kortfristigaSkulder: Double, avstamningspost: Double = 0) {
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
        self.avstamningspost = avstamningspost
    }

    /// Summa anläggningstillgångar.
    public var summaAnlaggningstillgangar: Double {
        immateriellaTillgangar + materiellaTillgangar + finansiellaAnlaggningstillgangar
    }
    /// Summa omsättningstillgångar.
    public var summaOmsattningstillgangar: Double {
        forrad + kortfristigaFordringar + kortfristigaPlaceringar + kassaOchBank
    }
    /// Summa tillgångar, the reconciling item included.
    public var summaTillgangar: Double { summaAnlaggningstillgangar + summaOmsattningstillgangar + avstamningspost }
    /// Equity and liabilities minus the assets of the lines themselves: the amount by which the lines do not
    /// balance, before any reconciling item.
    public var differensIRaderna: Double {
        summaSkulderOchEgetKapital - summaAnlaggningstillgangar - summaOmsattningstillgangar
    }
    /// The same balance sheet with the reconciling item set to the lines' own difference, so that it balances.
    public var medAvstamningspost: Balansposter {
        var balanserad = self
        balanserad.avstamningspost = differensIRaderna
        return balanserad
    }
    /// Summa eget kapital, avsättningar och skulder.
    public var summaSkulderOchEgetKapital: Double {
        egetKapital + avsattningarPensioner + langfristigaSkulder + kortfristigaSkulder
    }
}
