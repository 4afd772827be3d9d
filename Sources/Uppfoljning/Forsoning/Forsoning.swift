/// How a full-year prognosis is made coherent over the organisation tree (försoning; not Budget's
/// `Avstamning`, which checks a budget's statements against each other). Either way every level is the sum of
/// its units' series in the report; the choice is what the series' prognoses are.
public enum Forsoning: String, CaseIterable, Sendable {
    /// Bottom-up: every series' own prognosis, and a level the sum of its parts.
    case nedifran
    /// MinT with a shrunk covariance (`MinTrace`): every level above the series also gets its own prognosis by
    /// the same method from its own summed series, and the series' prognoses are moved so that they add up to
    /// the combination of all levels' prognoses that has the least total error variance, the covariance
    /// estimated from the levels' errors after the same month in the complete years before.
    case mint

    /// One line in Swedish on what the choice does.
    public var beskrivning: String {
        switch self {
        case .nedifran: "nedifrån: varje series egen prognos, en nivå är summan av sina delar"
        case .mint: "MinT: varje nivå prognostiseras för sig och serierna stäms av mot alla nivåer med felkovariansen "
            + "från tidigare års fel efter samma månad, krympt mot diagonalen"
        }
    }
}

/// What a reconciliation of one prognosis did: which years' errors it rested on, or why it kept the series'
/// own prognoses (bottom-up).
public struct Forsoningsutfall: Equatable, Sendable {
    /// A level reconciled against: its own prognosis (by the method, from its summed series) and the
    /// reconciled one, the sum of its series' reconciled prognoses.
    public struct Niva: Equatable, Sendable {
        public let niva: Organisationsniva
        public let namn: String
        public let egen: Double
        public let avstamd: Double
    }

    /// The complete years before the prognosis year whose errors after the same month estimated the covariance;
    /// empty when the prognosis stayed bottom-up.
    public let ar: [Int]
    /// The number of series reconciled (the bottom of the tree).
    public let serier: Int
    /// The levels reconciled against, from the total down.
    public let nivaprognoser: [Niva]
    /// The series with a prognosis that were left as they are because a year in `ar` had no prognosis or no
    /// outcome for them, or the method hit them exactly every year in `ar`.
    public let utanfor: Int
    /// The shrinkage intensity λ: 0 keeps the sample covariance, 1 only its diagonal; nil when bottom-up.
    public let krympning: Double?
    /// Why the prognosis stayed bottom-up, in Swedish; nil when it was reconciled.
    public let nedifranEftersom: String?

    /// A prognosis left bottom-up because of `orsak`.
    static func nedifran(_ orsak: String) -> Forsoningsutfall {
        Forsoningsutfall(ar: [], serier: 0, nivaprognoser: [], utanfor: 0, krympning: nil, nedifranEftersom: orsak)
    }
}
