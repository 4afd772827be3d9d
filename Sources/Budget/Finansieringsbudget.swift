/// The cash-flow lines of a finansieringsbudget per plan year, mnkr, signed by their effect on cash
/// (inflow positive), as in Regionplan Bilaga 4.
public struct Kassaflodesposter: Equatable, Sendable {
    /// Årets resultat.
    public var aretsResultat: [Double]
    /// (+) Avskrivningar: non-cash cost added back.
    public var avskrivningar: [Double]
    /// (+) Ökning avsättningar: the non-cash part of pension costs.
    public var forandringAvsattningar: [Double]
    /// (−) Ökning / (+) minskning förråd.
    public var forandringForrad: [Double]
    /// (−) Ökning / (+) minskning kortfristiga fordringar.
    public var forandringKortfristigaFordringar: [Double]
    /// (−) Ökning / (+) minskning kortfristiga placeringar.
    public var forandringKortfristigaPlaceringar: [Double]
    /// (+) Ökning / (−) minskning kortfristiga skulder.
    public var forandringKortfristigaSkulder: [Double]
    /// (−) Investeringar i immateriella anläggningstillgångar.
    public var investeringarImmateriella: [Double]
    /// (−) Investeringar i mark och byggnader.
    public var investeringarMarkOchByggnader: [Double]
    /// (−) Investeringar i maskiner och inventarier.
    public var investeringarMaskinerOchInventarier: [Double]
    /// (−) Förvärv av finansiella tillgångar.
    public var forvarvFinansiellaTillgangar: [Double]
    /// Nyupptagna lån minus amortering av långfristiga skulder.
    public var nettoupplaning: [Double]

    /// Creates the cash-flow lines.
    public init(aretsResultat: [Double], avskrivningar: [Double], forandringAvsattningar: [Double],
                forandringForrad: [Double], forandringKortfristigaFordringar: [Double],
                forandringKortfristigaPlaceringar: [Double], forandringKortfristigaSkulder: [Double],
                investeringarImmateriella: [Double], investeringarMarkOchByggnader: [Double],
                investeringarMaskinerOchInventarier: [Double], forvarvFinansiellaTillgangar: [Double],
                nettoupplaning: [Double]) {
        self.aretsResultat = aretsResultat
        self.avskrivningar = avskrivningar
        self.forandringAvsattningar = forandringAvsattningar
        self.forandringForrad = forandringForrad
        self.forandringKortfristigaFordringar = forandringKortfristigaFordringar
        self.forandringKortfristigaPlaceringar = forandringKortfristigaPlaceringar
        self.forandringKortfristigaSkulder = forandringKortfristigaSkulder
        self.investeringarImmateriella = investeringarImmateriella
        self.investeringarMarkOchByggnader = investeringarMarkOchByggnader
        self.investeringarMaskinerOchInventarier = investeringarMaskinerOchInventarier
        self.forvarvFinansiellaTillgangar = forvarvFinansiellaTillgangar
        self.nettoupplaning = nettoupplaning
    }
}

/// Finansieringsbudget (cash-flow budget): the cash flows of each plan year and the liquid funds
/// (likvida medel) they carry from the opening balance to each year end.
public struct Finansieringsbudget: Budgetrapport, Equatable {
    /// The cash-flow lines.
    public let poster: Kassaflodesposter
    /// Likvida medel vid årets början, per year.
    public let likvidaMedelIB: [Double]

    /// Computes the budget from its lines and the liquid funds at the start of the first plan year.
    public init(poster: Kassaflodesposter, ingaendeLikvidaMedel: Double) {
        self.poster = poster
        let flode = summa(
            poster.aretsResultat, poster.avskrivningar, poster.forandringAvsattningar, poster.forandringForrad,
            poster.forandringKortfristigaFordringar, poster.forandringKortfristigaPlaceringar,
            poster.forandringKortfristigaSkulder, poster.investeringarImmateriella, poster.investeringarMarkOchByggnader,
            poster.investeringarMaskinerOchInventarier, poster.forvarvFinansiellaTillgangar, poster.nettoupplaning)
        var ib: [Double] = []
        var likvida = ingaendeLikvidaMedel
        for value in flode {
            ib.append(likvida)
            likvida += value
        }
        self.likvidaMedelIB = ib
    }

    /// Kassaflöde från den löpande verksamheten.
    public var lopandeVerksamhet: [Double] {
        summa(poster.aretsResultat, poster.avskrivningar, poster.forandringAvsattningar, poster.forandringForrad,
              poster.forandringKortfristigaFordringar, poster.forandringKortfristigaPlaceringar,
              poster.forandringKortfristigaSkulder)
    }
    /// Kassaflöde från investeringsverksamheten.
    public var investeringsverksamhet: [Double] {
        summa(poster.investeringarImmateriella, poster.investeringarMarkOchByggnader,
              poster.investeringarMaskinerOchInventarier, poster.forvarvFinansiellaTillgangar)
    }
    /// Kassaflöde från finansieringsverksamheten.
    public var finansieringsverksamhet: [Double] { poster.nettoupplaning }
    /// Årets kassaflöde.
    public var aretsKassaflode: [Double] { summa(lopandeVerksamhet, investeringsverksamhet, finansieringsverksamhet) }
    /// Likvida medel vid årets slut.
    public var likvidaMedelUB: [Double] { summa(likvidaMedelIB, aretsKassaflode) }

    public var rubrik: String { "Finansieringsbudget" }

    public var rader: [Budgetrad] {
        [
            Budgetrad("arets_resultat", "Årets resultat", poster.aretsResultat),
            Budgetrad("avskrivningar", "(+) Avskrivningar", poster.avskrivningar),
            Budgetrad("forandring_avsattningar", "(+) Ökning avsättningar", poster.forandringAvsattningar),
            Budgetrad("forandring_forrad", "(−) Ökning / (+) minskning förråd", poster.forandringForrad),
            Budgetrad("forandring_kortfristiga_fordringar", "(−) Ökning / (+) minskning kortfristiga fordringar",
                      poster.forandringKortfristigaFordringar),
            Budgetrad("forandring_kortfristiga_placeringar", "(−) Ökning / (+) minskning kortfristiga placeringar",
                      poster.forandringKortfristigaPlaceringar),
            Budgetrad("forandring_kortfristiga_skulder", "(+) Ökning / (−) minskning kortfristiga skulder",
                      poster.forandringKortfristigaSkulder),
            Budgetrad("kassaflode_lopande_verksamhet", "Kassaflöde från den löpande verksamheten", lopandeVerksamhet,
                      summering: true),
            Budgetrad("investeringar_immateriella", "(−) Investeringar i immateriella tillgångar",
                      poster.investeringarImmateriella),
            Budgetrad("investeringar_mark_och_byggnader", "(−) Investeringar i mark och byggnader",
                      poster.investeringarMarkOchByggnader),
            Budgetrad("investeringar_maskiner_och_inventarier", "(−) Investeringar i maskiner och inventarier",
                      poster.investeringarMaskinerOchInventarier),
            Budgetrad("forvarv_finansiella_tillgangar", "(−) Förvärv av finansiella tillgångar",
                      poster.forvarvFinansiellaTillgangar),
            Budgetrad("kassaflode_investeringsverksamhet", "Kassaflöde från investeringsverksamheten",
                      investeringsverksamhet, summering: true),
            Budgetrad("kassaflode_finansieringsverksamhet", "Kassaflöde från finansieringsverksamheten",
                      finansieringsverksamhet, summering: true),
            Budgetrad("arets_kassaflode", "Årets kassaflöde", aretsKassaflode, summering: true),
            Budgetrad("likvida_medel_ib", "Likvida medel vid årets början", likvidaMedelIB),
            Budgetrad("likvida_medel_ub", "Likvida medel vid årets slut", likvidaMedelUB, summering: true),
        ]
    }
}
