import Vokabular

/// Spreads budgets decided per year over the months, so that a year-to-date budget can be read for any
/// month: by the series' own seasonal profile in the outcome of up to three complete years before the budget
/// year (`profilar`), else by the row's profile over all units in those years, else in even twelfths. A
/// profile is used only from years whose annual outcome is non-zero and of the same sign as the budget, so a
/// series that changed from cost to income, or had nothing booked, falls back. The months' amounts are rounded
/// to öre so that they sum exactly to the year's amount.
public struct Periodisering: Sendable {
    /// The number of complete earlier years a profile is taken from.
    public static let profilar = 3

    /// The monthly amounts to import.
    public let bokforingar: [Bokforing]
    /// How each series and year was spread.
    public let metoder: [Arsbudgetnyckel: Periodiseringsmetod]

    /// A series in a year.
    public struct Arsbudgetnyckel: Hashable, Sendable {
        public let nyckel: Serienyckel
        public let ar: Int

        /// Creates a key.
        public init(nyckel: Serienyckel, ar: Int) {
            self.nyckel = nyckel
            self.ar = ar
        }
    }

    /// Spreads `arsbudget` by the outcome `utfall` (the ledger's, nil when it has none).
    public init(_ arsbudget: [Arsbudget], utfall: Serier?) {
        var bokforingar: [Bokforing] = [], metoder: [Arsbudgetnyckel: Periodiseringsmetod] = [:]
        for post in arsbudget {
            let (andelar, metod) = Self.profil(post, utfall: utfall)
            var tidigare: Int64 = 0, kumulativ = 0.0
            for manad in 1...12 {
                kumulativ += andelar[manad - 1]
                let hittills = manad == 12 ? post.ore : Int64((Double(post.ore) * kumulativ).rounded())
                bokforingar.append(Bokforing(enhet: post.nyckel.enhet, konto: post.nyckel.konto, period: Period(ar: post.ar, manad: manad)!,
                                             ore: hittills - tidigare))
                tidigare = hittills
            }
            metoder[Arsbudgetnyckel(nyckel: post.nyckel, ar: post.ar)] = metod
        }
        self.bokforingar = bokforingar
        self.metoder = metoder
    }

    /// The twelve shares (summing to 1) for `post`, and how they were found.
    static func profil(_ post: Arsbudget, utfall: Serier?) -> ([Double], Periodiseringsmetod) {
        let tolftedelar = (Array(repeating: 1.0 / 12, count: 12), Periodiseringsmetod.tolftedelar)
        guard let utfall, post.ore != 0 else { return tolftedelar }
        let ar = (1...profilar).map { post.ar - $0 }.filter { a in
            Period(ar: a, manad: 1).map { $0 >= utfall.forsta } == true && Period(ar: a, manad: 12).map { $0 <= utfall.sista } == true
        }
        let egen = utfall.kolumn(post.nyckel).map { [$0] } ?? []
        let kontots = utfall.nycklar.indices.filter { utfall.nycklar[$0].konto == post.nyckel.konto }
        for (kolumner, metod) in [(egen, Periodiseringsmetod.egenProfil), (kontots, .kontotsProfil)] where !kolumner.isEmpty {
            var summa = Array(repeating: 0.0, count: 12)
            for a in ar {
                let rader = (1...12).map { utfall.rad(Period(ar: a, manad: $0)!)! }
                let manader = rader.map { r in kolumner.reduce(0.0) { $0 + utfall.belopp[r, $1] } }
                let arssumma = manader.reduce(0, +)
                guard arssumma != 0, (arssumma > 0) == (post.ore > 0) else { continue }
                for m in 0..<12 { summa[m] += manader[m] }
            }
            let total = summa.reduce(0, +)
            if total != 0 { return (summa.map { $0 / total }, metod) }
        }
        return tolftedelar
    }
}
