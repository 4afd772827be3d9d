import Foundation
import LinearAlgebra
import Vokabular

/// Intervals from past projection errors (the empirical method of the demographic literature: Keilman,
/// "Ex-post errors in official population forecasts in industrialized countries", *Journal of Official
/// Statistics* 13, 1997; Smith & Sincich, "Stability over time in the distribution of population forecast
/// errors", *Demography* 25, 1988).
///
/// The model projects from many base years b of many regions r; the error of age group g at horizon h is the
/// log ratio of outcome to projection,
///
///     e(r, b) = ln(P_utfall(b + h) / P_prognos(b + h)).
///
/// The errors of one base year move together in every region (the national swings in fertility and
/// migration), so they are not independent draws: e(r, b) = n(b) + u(r, b), a period effect shared by all
/// regions and a regional one. With m(b) the mean error of base year b over its regions, ē the mean of the
/// m(b) over the n_b base years,
///
///     σ_n² = Σ_b (m(b) − ē)² / (n_b − 1),          σ_u² = Σ_r,b (e(r, b) − m(b))² / (N − n_b),
///
/// (σ_u² = 0 when each base year has one region), and k = ⌊n_b / h⌋ the number of periods of h years that do
/// not overlap (errors from base years less than h apart share outcome years), the error of a new
/// projection is predicted as the next draw of both parts, the period mean's uncertainty included, with
/// Student's t on k − 1 degrees of freedom:
///
///     q_p = ē + t(p; k − 1) · √(σ_n² · (1 + 1/k) + σ_u²),
///
/// and the interval at probability p around a new projection P is P · exp(q_p). A region with a short history
/// borrows from the others, as all regions' errors are pooled. The random variation of deaths and births depends
/// on a region's size, so σ_u² is the regional variance less the mean variance that variation gives the errors'
/// own projections (`Fel.slumpvarians`), and a region's intervals add its own, v = V/P² of `Slumpvariation`
/// (`med(_:)`): q_p = ē + t(p; k − 1) · √(σ_n² · (1 + 1/k) + σ_u² + v). The table holds the horizons 1…H with at
/// least `Befolkningsmodellval.prognosfelMinstaPerioder` periods each. Past H it holds, for every horizon
/// the errors reach from at least as many base years, the ratio s(h)/s_h(H) of the pooled spread at h to that
/// of the same regions and base years at H (`Spridningskvot`), which the spread grows by; the median grows
/// in proportion to the horizon (see `Prognosfel+Bortom.swift`).
public struct Prognosfel: Equatable, Sendable {
    /// One past projection error.
    public struct Fel: Equatable, Sendable {
        /// The region, the base year the projection started from and the years after it.
        public let region: String, basar: Int, horisont: Int
        /// The age group.
        public let grupp: Aldersgrupp
        /// ln(utfall / prognos).
        public let logkvot: Double
        /// The variance of ln(utfall / prognos) that the region's random deaths and births alone give this
        /// projection (`Slumpvariation.logvarians`).
        public let slumpvarians: Double

        /// Creates an error.
        public init(region: String, basar: Int, horisont: Int, grupp: Aldersgrupp, logkvot: Double, slumpvarians: Double = 0) {
            self.region = region
            self.basar = basar
            self.horisont = horisont
            self.grupp = grupp
            self.logkvot = logkvot
            self.slumpvarians = slumpvarians
        }
    }

    /// The quantiles of the log ratio of one group at one horizon, how many errors, base years and periods
    /// (k) they rest on.
    public struct Rad: Equatable, Sendable {
        public let grupp: Aldersgrupp, horisont: Int, antal: Int, basar: Int, perioder: Int
        /// Quantiles of ln(utfall / prognos).
        public let kvantiler: Kvantiler

        /// Creates a row.
        public init(grupp: Aldersgrupp, horisont: Int, antal: Int, basar: Int, perioder: Int, kvantiler: Kvantiler) {
            self.grupp = grupp
            self.horisont = horisont
            self.antal = antal
            self.basar = basar
            self.perioder = perioder
            self.kvantiler = kvantiler
        }
    }

    /// The pooled spread of one group's errors at a horizon h past the table's last H relative to the spread
    /// at H of the same regions and base years, s(h)/s_h(H) (see `Prognosfel+Bortom.swift`), and how many
    /// errors, base years and periods
    /// of h years without overlap (⌊n_b/h⌋, fewer than the table's minimum) the spread at h rests on.
    public struct Spridningskvot: Equatable, Sendable {
        public let grupp: Aldersgrupp, horisont: Int, antal: Int, basar: Int, perioder: Int
        /// s(h)/s_h(H).
        public let kvot: Double

        /// Creates a ratio.
        public init(grupp: Aldersgrupp, horisont: Int, antal: Int, basar: Int, perioder: Int, kvot: Double) {
            self.grupp = grupp
            self.horisont = horisont
            self.antal = antal
            self.basar = basar
            self.perioder = perioder
            self.kvot = kvot
        }
    }

    /// The rows, by group (`Aldersgrupp` order) and then horizon 1…H of that group.
    public let rader: [Rad]
    /// The spread ratios, by group and then horizon H + 1, H + 2, … of that group.
    public let kvoter: [Spridningskvot]
    /// The random variation of deaths and births of the region the intervals are for (`med(_:)`), added to
    /// the table's spread; nil for the table alone.
    public private(set) var slump: Slumpvariation?

    /// The table of given rows and ratios; each group's horizons must run 1, 2, … without a gap, the rows
    /// first, and a ratio must be a positive number.
    public init(rader: [Rad], kvoter: [Spridningskvot] = []) throws(BefolkningsFel) {
        for grupp in Aldersgrupp.allCases {
            let egna = rader.filter { $0.grupp == grupp }
            guard egna.map(\.horisont).sorted() == Array(1..<(egna.count + 1)) else {
                throw .ogiltigaData("prognosfelen för \(grupp.rubrik) ska ha horisonterna 1, 2, … utan lucka")
            }
            guard egna.allSatisfy({ $0.kvantiler.varden.count == Kvantiler.sannolikheter.count
                    && $0.kvantiler.varden.allSatisfy(\.isFinite) && $0.kvantiler.varden == $0.kvantiler.varden.sorted() }) else {
                throw .ogiltigaData("prognosfelens kvantiler för \(grupp.rubrik) ska vara ändliga tal i stigande ordning")
            }
            let egnaKvoter = kvoter.filter { $0.grupp == grupp }
            guard egnaKvoter.isEmpty || (!egna.isEmpty
                    && egnaKvoter.map(\.horisont).sorted() == Array((egna.count + 1)..<(egna.count + 1 + egnaKvoter.count))) else {
                throw .ogiltigaData("spridningskvoterna för \(grupp.rubrik) ska följa tabellens sista horisont utan lucka")
            }
            guard egnaKvoter.allSatisfy({ $0.kvot > 0 && $0.kvot.isFinite }) else {
                throw .ogiltigaData("spridningskvoterna för \(grupp.rubrik) ska vara ändliga tal > 0")
            }
        }
        self.rader = Aldersgrupp.allCases.flatMap { g in rader.filter { $0.grupp == g }.sorted { $0.horisont < $1.horisont } }
        self.kvoter = Aldersgrupp.allCases.flatMap { g in kvoter.filter { $0.grupp == g }.sorted { $0.horisont < $1.horisont } }
    }

    /// The table of `fel`: per group the horizons 1…H that each have at least `minstaPerioder` periods, and
    /// past H the spread ratio of every horizon with errors from at least `minstaPerioder` base years.
    public init(_ fel: [Fel], minstaPerioder: Int = Befolkningsmodellval.prognosfelMinstaPerioder) {
        var perGrupp: [[[Fel]]] = Aldersgrupp.allCases.map { _ in [] }
        for f in fel where f.horisont >= 1 {
            var lista = perGrupp[f.grupp.rawValue]
            while lista.count < f.horisont { lista.append([]) }
            lista[f.horisont - 1].append(f)
            perGrupp[f.grupp.rawValue] = lista
        }
        let minsta = max(minstaPerioder, 2)
        var rader: [Rad] = [], kvoter: [Spridningskvot] = []
        for g in Aldersgrupp.allCases {
            let horisonter = perGrupp[g.rawValue]
            var egna: [Rad] = []
            for (i, e) in horisonter.enumerated() {
                guard let rad = Self.rad(g, horisont: i + 1, e, minstaPerioder: minsta) else { break }
                egna.append(rad)
            }
            rader += egna
            kvoter += Self.spridningskvoter(g, horisonter, efter: egna.count, minstaBasar: minsta)
        }
        self.rader = rader
        self.kvoter = kvoter
    }

    /// The parts of the errors `fel` of one group at one horizon: the mean ē of the base years' means, the
    /// period variance σ_n², the regional variance σ_u² less the mean random variance of deaths and births in
    /// the errors' own regions (`Fel.slumpvarians`; at least 0), which a region's own variation replaces
    /// (`med(_:)`), and the number of base years n_b; nil with fewer than two base years.
    static func delar(_ fel: [Fel]) -> (medel: Double, sn2: Double, su2: Double, basar: Int)? {
        // By base year in order, so that the sums run in the same order in every run.
        let perAr = Dictionary(grouping: fel, by: \.basar).sorted { $0.key < $1.key }.map { $0.value.map(\.logkvot) }
        guard perAr.count >= 2 else { return nil }
        let medel = perAr.map { $0.reduce(0, +) / Double($0.count) }
        let nb = Double(perAr.count)
        let e = medel.reduce(0, +) / nb
        let sn2 = medel.reduce(0) { $0 + ($1 - e) * ($1 - e) } / (nb - 1)
        let inom = zip(perAr, medel).reduce(0.0) { acc, ar in acc + ar.0.reduce(0) { $0 + ($1 - ar.1) * ($1 - ar.1) } }
        let su2 = fel.count > perAr.count ? inom / Double(fel.count - perAr.count) : 0
        let slump = fel.reduce(0) { $0 + $1.slumpvarians } / Double(fel.count)
        return (e, sn2, max(su2 - slump, 0), perAr.count)
    }

    /// The row of the errors `fel` of one group at one horizon; nil with fewer than `minstaPerioder` periods.
    static func rad(_ g: Aldersgrupp, horisont h: Int, _ fel: [Fel], minstaPerioder: Int) -> Rad? {
        guard let d = delar(fel) else { return nil }
        let k = d.basar / h
        guard k >= minstaPerioder else { return nil }
        let sd = (d.sn2 * (1 + 1 / Double(k)) + d.su2).squareRoot()
        return Rad(grupp: g, horisont: h, antal: fel.count, basar: d.basar, perioder: k,
                   kvantiler: Fordelning(median: d.medel, skala: sd, frihetsgrader: k - 1).kvantiler)
    }

    /// The table for the intervals of one region's projections: its spread with `slump`, the region's own
    /// random variation of deaths and births, added (`fordelning(_:horisont:prognos:)`).
    public func med(_ slump: Slumpvariation) -> Prognosfel {
        var tabell = self
        tabell.slump = slump
        return tabell
    }

    /// The interval around the projection `prognos` of `grupp` at `horisont` years: `prognos · exp(q)`, q
    /// from `fordelning(_:horisont:prognos:)`.
    public func kvantiler(_ grupp: Aldersgrupp, horisont: Int, prognos: Double) -> Kvantiler? {
        let q = slump == nil ? logkvantiler(grupp, horisont: horisont) : fordelning(grupp, horisont: horisont, prognos: prognos)?.kvantiler
        return q.map { Kvantiler(varden: $0.varden.map { prognos * exp($0) }) }
    }

    /// The stochastic intervals `simulerat` with the age groups' quantiles taken from this table around the
    /// deterministic `prognos` instead, for every group the table holds; the dependency ratio and the
    /// components keep the simulated quantiles.
    public func intervall(_ prognos: Befolkningsprognos, simulerat: Befolkningsintervall) -> Befolkningsintervall {
        Befolkningsintervall(
            basar: simulerat.basar, ar: simulerat.ar, banor: simulerat.banor,
            grupper: simulerat.grupper.enumerated().map { t, rad in
                Aldersgrupp.allCases.map { g in kvantiler(g, horisont: t + 1, prognos: prognos.summa(g, t)) ?? rad[g.rawValue] }
            },
            forsorjningskvot: simulerat.forsorjningskvot, fodda: simulerat.fodda, doda: simulerat.doda,
            migration: simulerat.migration)
    }

    /// The base years the model can be estimated from in `data`: from the first with a full minimal
    /// uncertainty window to the year before the last, so that every one has an outcome.
    public static func basar(_ data: Befolkningsdata) -> ClosedRange<Int>? {
        let forsta = data.ar.lowerBound + Befolkningsmodellval.minstaOsakerhetsfonster
        let sista = data.ar.upperBound - 1
        return forsta <= sista ? forsta...sista : nil
    }

    /// The errors of the deterministic (medium) projections of `region` from each of `basar`, combined as the
    /// product reports them (`Kombinationsprognos`), every group at every horizon up to `horisont` that the
    /// data have an outcome for. Each projection is estimated from the data up to its base year only (see
    /// `Befolkningsmodell`).
    public static func fel(_ region: Befolkningsdata, riket: Befolkningsdata, basar: [Int], horisont: Int,
                           fonster: Fonster = Fonster()) throws(BefolkningsFel) -> [Fel] {
        var fel: [Fel] = []
        for b in basar {
            let h = min(horisont, region.ar.upperBound - b)
            guard h >= 1 else { continue }
            let modell = try Befolkningsmodell(region: region, riket: riket, basar: b, fonster: fonster)
            let kohort = try modell.projicera(Befolkningsantaganden(horisont: h))
            let prognos = Kombinationsprognos(medel: kohort, data: try region.till(b)).kombinera(kohort)
            let slump = Slumpvariation(region, basar: b, horisont: h)
            for t in 0..<h {
                for g in Aldersgrupp.allCases {
                    let p = prognos.summa(g, t), u = region.summa(g, b + t + 1)
                    guard p > 0, u > 0 else { continue }
                    fel.append(Fel(region: region.region, basar: b, horisont: t + 1, grupp: g, logkvot: log(u / p),
                                   slumpvarians: slump.logvarians(g, horisont: t + 1, prognos: p)))
                }
            }
        }
        return fel
    }
}
