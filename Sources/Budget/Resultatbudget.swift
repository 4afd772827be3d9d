/// Resultatbudget (budgeted income statement) per plan year, mnkr, signed as published: revenue
/// positive, costs negative, so every subtotal is the plain sum of the lines above it.
public struct Resultatbudget: Budgetrapport, Equatable {
    /// Verksamhetens intäkter.
    public let verksamhetensIntakter: [Double]
    /// Verksamhetens kostnader (negative).
    public let verksamhetensKostnader: [Double]
    /// Avskrivningar (negative).
    public let avskrivningar: [Double]
    /// Skatteintäkter.
    public let skatteintakter: [Double]
    /// Generella statsbidrag och utjämning.
    public let statsbidrag: [Double]
    /// Finansiella intäkter.
    public let finansiellaIntakter: [Double]
    /// Finansiella kostnader (negative).
    public let finansiellaKostnader: [Double]

    /// Creates the statement from its lines; the subtotals are computed.
    public init(verksamhetensIntakter: [Double], verksamhetensKostnader: [Double], avskrivningar: [Double],
                skatteintakter: [Double], statsbidrag: [Double], finansiellaIntakter: [Double],
                finansiellaKostnader: [Double]) {
        self.verksamhetensIntakter = verksamhetensIntakter
        self.verksamhetensKostnader = verksamhetensKostnader
        self.avskrivningar = avskrivningar
        self.skatteintakter = skatteintakter
        self.statsbidrag = statsbidrag
        self.finansiellaIntakter = finansiellaIntakter
        self.finansiellaKostnader = finansiellaKostnader
    }

    /// Verksamhetens nettoresultat = intäkter + kostnader + avskrivningar.
    public var verksamhetensNettoresultat: [Double] {
        summa(verksamhetensIntakter, verksamhetensKostnader, avskrivningar)
    }
    /// Verksamhetens resultat = nettoresultat + skatteintäkter + statsbidrag.
    public var verksamhetensResultat: [Double] { summa(verksamhetensNettoresultat, skatteintakter, statsbidrag) }
    /// Resultat finansiella poster.
    public var resultatFinansiellaPoster: [Double] { summa(finansiellaIntakter, finansiellaKostnader) }
    /// Årets resultat.
    public var resultat: [Double] { summa(verksamhetensResultat, resultatFinansiellaPoster) }

    public var rubrik: String { "Resultatbudget" }

    /// What the population factor of `a` (the assumptions these statements were computed with) adds to
    /// skatteintäkter and generella statsbidrag och utjämning, mnkr per year: both scale with the factor, the
    /// grants' own change does not, so the amount without the factor is (taxes + grants − change) / factor.
    public func befolkningseffekt(_ a: Budgetantaganden) -> [Double] {
        skatteintakter.indices.map { i in
            (skatteintakter[i] + statsbidrag[i] - a.statsbidragsforandring[i]) * (1 - 1 / a.befolkningsfaktor[i])
        }
    }

    public var rader: [Budgetrad] {
        [
            Budgetrad("verksamhetens_intakter", "Verksamhetens intäkter", verksamhetensIntakter),
            Budgetrad("verksamhetens_kostnader", "Verksamhetens kostnader", verksamhetensKostnader),
            Budgetrad("avskrivningar", "Avskrivningar", avskrivningar),
            Budgetrad("verksamhetens_nettoresultat", "Verksamhetens nettoresultat", verksamhetensNettoresultat, summering: true),
            Budgetrad("skatteintakter", "Skatteintäkter", skatteintakter),
            Budgetrad("statsbidrag", "Statsbidrag", statsbidrag),
            Budgetrad("verksamhetens_resultat", "Verksamhetens resultat", verksamhetensResultat, summering: true),
            Budgetrad("finansiella_intakter", "Finansiella intäkter", finansiellaIntakter),
            Budgetrad("finansiella_kostnader", "Finansiella kostnader", finansiellaKostnader),
            Budgetrad("resultat_finansiella_poster", "Resultat finansiella poster", resultatFinansiellaPoster, summering: true),
            Budgetrad("resultat", "Resultat", resultat, summering: true),
        ]
    }
}

/// Element-wise sum of equally long per-year series.
func summa(_ serier: [Double]...) -> [Double] {
    guard let first = serier.first else { return [] }
    return (0..<first.count).map { i in serier.reduce(0) { $0 + $1[i] } }
}
