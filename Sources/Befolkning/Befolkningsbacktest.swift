import Vokabular

/// A backtest: the model estimated only from data up to a base year, projected, and held against what
/// happened in the years after it that the data hold. Reports the error of the total and of each age group
/// per horizon year, and whether the outcome lies inside the 80 % and 95 % intervals. The projection is the
/// one the product reports (`Kombinationsprognos`), with the cohort-component projection beside it; the
/// intervals are the simulated paths' until `med(_:)` puts a table of past errors' in their place.
public struct Befolkningsbacktest: Equatable, Sendable {
    /// Where the intervals come from.
    public enum Intervall: Equatable, Sendable {
        /// The simulated paths (`Befolkningsmodell.simulera`).
        case banor
        /// A table of past projection errors (`Prognosfel`), as `prognos befolkning` draws its age groups' intervals.
        case prognosfel
    }

    /// One year after the base year.
    public struct Rad: Equatable, Sendable {
        /// The year.
        public let ar: Int
        /// The deterministic (medium) projection, combined as the product reports it, and the observed total.
        public let prognos: Double, utfall: Double
        /// The quantiles of the total from the stochastic projection.
        public let kvantiler: Kvantiler
        /// Projected and observed population per age group, by `Aldersgrupp.rawValue`, with the group's
        /// quantiles from the stochastic projection (moved with the combination).
        public let grupper: [(prognos: Double, utfall: Double, kvantiler: Kvantiler)]
        /// The cohort-component projection alone per age group, by `Aldersgrupp.rawValue`.
        public let kohortkomponent: [Double]

        /// Error of the total in per cent of the outcome.
        public var felProcent: Double { (prognos - utfall) / utfall * 100 }
        /// Whether the outcome lies inside the 80 % interval (p10–p90).
        public var inom80: Bool { kvantiler.inom80(utfall) }
        /// Whether the outcome lies inside the 95 % interval (p2,5–p97,5).
        public var inom95: Bool { kvantiler.inom95(utfall) }
        /// Error of an age group in per cent of its outcome.
        public func felProcent(_ grupp: Aldersgrupp) -> Double {
            let g = grupper[grupp.rawValue]
            return g.utfall > 0 ? (g.prognos - g.utfall) / g.utfall * 100 : 0
        }

        public static func == (a: Rad, b: Rad) -> Bool {
            a.ar == b.ar && a.prognos == b.prognos && a.utfall == b.utfall && a.kvantiler == b.kvantiler
                && a.kohortkomponent == b.kohortkomponent
                && a.grupper.elementsEqual(b.grupper) { $0.prognos == $1.prognos && $0.utfall == $1.utfall && $0.kvantiler == $1.kvantiler }
        }
    }

    /// The base year.
    public let basar: Int
    /// The years after the base year with an outcome, at most the horizon.
    public let rader: [Rad]
    /// Where the rows' intervals come from.
    public let intervall: Intervall

    /// Runs the backtest: the model sees only data up to `basar` (see `Befolkningsmodell`); the outcomes are
    /// read from `region` for the years after it.
    public init(region: Befolkningsdata, riket: Befolkningsdata, basar: Int, horisont: Int, banor: Int, seed: UInt64,
                fonster: Fonster = Fonster(), framsteg: ((Int) -> Void)? = nil) throws(BefolkningsFel) {
        guard basar < region.ar.upperBound else {
            throw .ogiltigtAntagande("basåret \(basar) lämnar inga år med utfall; data slutar \(region.ar.upperBound)")
        }
        let modell = try Befolkningsmodell(region: region, riket: riket, basar: basar, fonster: fonster)
        let antaganden = Befolkningsantaganden(horisont: horisont)
        let kohort = try modell.projicera(antaganden)
        let kombination = Kombinationsprognos(medel: kohort, data: try region.till(basar))
        let prognos = kombination.kombinera(kohort)
        let intervall = Kombinationsprognos.intervall(try modell.simulera(antaganden, banor: banor, seed: seed, framsteg: framsteg),
                                                      modell: kohort, kombinerad: prognos)
        let sista = min(basar + horisont, region.ar.upperBound)
        self.basar = basar
        self.intervall = .banor
        self.rader = ((basar + 1)...sista).map { year in
            let t = year - basar - 1
            return Rad(ar: year, prognos: prognos.summa(.total, t), utfall: region.total(year),
                       kvantiler: intervall.kvantiler(.total, t),
                       grupper: Aldersgrupp.allCases.map { (prognos.summa($0, t), region.summa($0, year), intervall.kvantiler($0, t)) },
                       kohortkomponent: Aldersgrupp.allCases.map { kohort.summa($0, t) })
        }
    }

    private init(basar: Int, rader: [Rad], intervall: Intervall) {
        self.basar = basar
        self.rader = rader
        self.intervall = intervall
    }

    /// The same backtest with the intervals `tabell` gives around each year's projection, as `prognos befolkning`
    /// draws them (`Prognosfel.intervall(_:simulerat:)`): every group the table holds gets the table's, the others
    /// keep the paths'. Unchanged when the table has nothing for the total. The table must rest on nothing after
    /// the base year for the backtest to stay honest (`Befolkningskorning.backtest`).
    public func med(_ tabell: Prognosfel) -> Befolkningsbacktest {
        let totaler = rader.compactMap { tabell.kvantiler(.total, horisont: $0.ar - basar, prognos: $0.prognos) }
        guard totaler.count == rader.count, !rader.isEmpty else { return self }
        let nya = zip(rader, totaler).map { r, total in
            Rad(ar: r.ar, prognos: r.prognos, utfall: r.utfall, kvantiler: total,
                grupper: zip(Aldersgrupp.allCases, r.grupper).map { g, v in
                    (v.prognos, v.utfall, tabell.kvantiler(g, horisont: r.ar - basar, prognos: v.prognos) ?? v.kvantiler)
                },
                kohortkomponent: r.kohortkomponent)
        }
        return Befolkningsbacktest(basar: basar, rader: nya, intervall: .prognosfel)
    }
}
