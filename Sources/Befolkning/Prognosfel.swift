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
/// borrows from the others, as all regions' errors are pooled. The table holds the horizons 1…H with at
/// least `Befolkningsmodellval.prognosfelMinstaPerioder` periods each; past H the median grows in proportion
/// to the horizon and the spread as a power of it, h^β, β the growth the table shows over 1…H (see
/// `logkvantiler`).
public struct Prognosfel: Equatable, Sendable {
    /// One past projection error.
    public struct Fel: Equatable, Sendable {
        /// The region, the base year the projection started from and the years after it.
        public let region: String, basar: Int, horisont: Int
        /// The age group.
        public let grupp: Aldersgrupp
        /// ln(utfall / prognos).
        public let logkvot: Double

        /// Creates an error.
        public init(region: String, basar: Int, horisont: Int, grupp: Aldersgrupp, logkvot: Double) {
            self.region = region
            self.basar = basar
            self.horisont = horisont
            self.grupp = grupp
            self.logkvot = logkvot
        }
    }

    /// The quantiles of the log ratio of one group at one horizon, how many errors and how many periods
    /// (k) they rest on.
    public struct Rad: Equatable, Sendable {
        public let grupp: Aldersgrupp, horisont: Int, antal: Int, perioder: Int
        /// Quantiles of ln(utfall / prognos).
        public let kvantiler: Kvantiler

        /// Creates a row.
        public init(grupp: Aldersgrupp, horisont: Int, antal: Int, perioder: Int, kvantiler: Kvantiler) {
            self.grupp = grupp
            self.horisont = horisont
            self.antal = antal
            self.perioder = perioder
            self.kvantiler = kvantiler
        }
    }

    /// The rows, by group (`Aldersgrupp` order) and then horizon 1…H of that group.
    public let rader: [Rad]

    /// The table of given rows; each group's horizons must run 1, 2, … without a gap.
    public init(rader: [Rad]) throws(BefolkningsFel) {
        for grupp in Aldersgrupp.allCases {
            let egna = rader.filter { $0.grupp == grupp }
            guard egna.map(\.horisont) == Array(1..<(egna.count + 1)) else {
                throw .ogiltigaData("prognosfelen för \(grupp.rubrik) ska ha horisonterna 1, 2, … utan lucka")
            }
            guard egna.allSatisfy({ $0.kvantiler.varden.count == Kvantiler.sannolikheter.count
                    && $0.kvantiler.varden.allSatisfy(\.isFinite) && $0.kvantiler.varden == $0.kvantiler.varden.sorted() }) else {
                throw .ogiltigaData("prognosfelens kvantiler för \(grupp.rubrik) ska vara ändliga tal i stigande ordning")
            }
        }
        self.rader = Aldersgrupp.allCases.flatMap { g in rader.filter { $0.grupp == g }.sorted { $0.horisont < $1.horisont } }
    }

    /// The table of `fel`: per group the horizons 1…H that each have at least `minstaPerioder` periods.
    public init(_ fel: [Fel], minstaPerioder: Int = Befolkningsmodellval.prognosfelMinstaPerioder) {
        var perGrupp: [[[Fel]]] = Aldersgrupp.allCases.map { _ in [] }
        for f in fel where f.horisont >= 1 {
            var lista = perGrupp[f.grupp.rawValue]
            while lista.count < f.horisont { lista.append([]) }
            lista[f.horisont - 1].append(f)
            perGrupp[f.grupp.rawValue] = lista
        }
        var rader: [Rad] = []
        for g in Aldersgrupp.allCases {
            for (i, e) in perGrupp[g.rawValue].enumerated() {
                guard let rad = Self.rad(g, horisont: i + 1, e, minstaPerioder: max(minstaPerioder, 2)) else { break }
                rader.append(rad)
            }
        }
        self.rader = rader
    }

    /// The row of the errors `fel` of one group at one horizon; nil with fewer than `minstaPerioder` periods.
    static func rad(_ g: Aldersgrupp, horisont h: Int, _ fel: [Fel], minstaPerioder: Int) -> Rad? {
        // By base year in order, so that the sums run in the same order in every run.
        let perAr = Dictionary(grouping: fel, by: \.basar).sorted { $0.key < $1.key }.map { $0.value.map(\.logkvot) }
        let k = perAr.count / h
        guard k >= minstaPerioder else { return nil }
        let medel = perAr.map { $0.reduce(0, +) / Double($0.count) }
        let nb = Double(perAr.count)
        let e = medel.reduce(0, +) / nb
        let sn2 = medel.reduce(0) { $0 + ($1 - e) * ($1 - e) } / (nb - 1)
        let inom = zip(perAr, medel).reduce(0.0) { acc, ar in acc + ar.0.reduce(0) { $0 + ($1 - ar.1) * ($1 - ar.1) } }
        let su2 = fel.count > perAr.count ? inom / Double(fel.count - perAr.count) : 0
        let sd = (sn2 * (1 + 1 / Double(k)) + su2).squareRoot()
        return Rad(grupp: g, horisont: h, antal: fel.count, perioder: k, kvantiler: Kvantiler(varden: Kvantiler.sannolikheter.map {
            $0 == 0.5 ? e : e + StudentT.quantile($0, degreesOfFreedom: k - 1) * sd
        }))
    }

    /// The quantiles of ln(utfall / prognos) of `grupp` at `horisont` years; nil when the table has none for the group.
    /// Within the table its row; past the table's last horizon H the distribution of `fordelning`.
    public func logkvantiler(_ grupp: Aldersgrupp, horisont: Int) -> Kvantiler? {
        let egna = rader.filter { $0.grupp == grupp }
        guard let sista = egna.last, horisont >= 1 else { return nil }
        if horisont <= sista.horisont { return egna[horisont - 1].kvantiler }
        return fordelning(grupp, horisont: horisont).map { f in Kvantiler(varden: Kvantiler.sannolikheter.map(f.kvantil)) }
    }

    /// The quantile of ln(utfall / prognos) of `grupp` at `horisont` years at probability `sannolikhet`
    /// (0 < p < 1), from the distribution of `fordelning`; nil when the table has none for the group.
    public func logkvantil(_ grupp: Aldersgrupp, horisont: Int, sannolikhet: Double) -> Double? {
        fordelning(grupp, horisont: horisont)?.kvantil(sannolikhet)
    }

    /// The distribution of ln(utfall / prognos) at one horizon: median + t(p; frihetsgrader) · skala.
    struct Fordelning {
        let median: Double, skala: Double, frihetsgrader: Int

        /// The quantile at probability p, 0 < p < 1.
        func kvantil(_ p: Double) -> Double {
            p == 0.5 ? median : median + StudentT.quantile(p, degreesOfFreedom: frihetsgrader) * skala
        }
    }

    /// The distribution of a row: its median, its standard deviation (q_97,5 − q_2,5) / (2·t(0,975; k − 1))
    /// and k − 1 degrees of freedom; nil with fewer than two periods.
    static func fordelning(_ r: Rad) -> Fordelning? {
        guard r.perioder >= 2 else { return nil }
        let t = StudentT.quantile(0.975, degreesOfFreedom: r.perioder - 1)
        return Fordelning(median: r.kvantiler.p50, skala: (r.kvantiler.p97_5 - r.kvantiler.p2_5) / (2 * t), frihetsgrader: r.perioder - 1)
    }

    /// The distribution of `grupp` at `horisont` years: the row's within the table; past its last horizon H
    /// the median grows in proportion to the horizon and the standard deviation as the table's own does,
    /// σ(h) = σ(H)·(h/H)^β, β from `tillvaxt`, with the last row's degrees of freedom.
    func fordelning(_ grupp: Aldersgrupp, horisont: Int) -> Fordelning? {
        let egna = rader.filter { $0.grupp == grupp }
        guard let sista = egna.last, horisont >= 1 else { return nil }
        if horisont <= sista.horisont { return Self.fordelning(egna[horisont - 1]) }
        guard let f = Self.fordelning(sista) else { return nil }
        let kvot = Double(horisont) / Double(sista.horisont)
        return Fordelning(median: f.median * kvot, skala: f.skala * pow(kvot, Self.tillvaxt(egna)), frihetsgrader: f.frihetsgrader)
    }

    /// How the spread of the errors grows with the horizon in `rader` (one group, horizons 1…H): the slope β
    /// of ln σ(h) on ln h by least squares, σ(h) = (q_97,5 − q_2,5) / (2·t(0,975; k − 1)) the standard
    /// deviation behind each row (its quantiles without the t factor of its k periods, which grows as k falls
    /// and is no growth of the error). With one horizon, or no spread, β = 1: growth in proportion to the
    /// horizon (Keilman 1997, Smith & Sincich 1988). The errors of the young grow faster than that, as each
    /// year's births carry the lasting error of the fertility level, and the oldest slower.
    static func tillvaxt(_ rader: [Rad]) -> Double {
        let punkter = rader.compactMap { r -> (Double, Double)? in
            guard r.perioder >= 2 else { return nil }
            let t = StudentT.quantile(0.975, degreesOfFreedom: r.perioder - 1)
            let sigma = (r.kvantiler.p97_5 - r.kvantiler.p2_5) / (2 * t)
            return sigma > 0 && sigma.isFinite ? (log(Double(r.horisont)), log(sigma)) : nil
        }
        guard punkter.count >= 2 else { return 1 }
        let mx = punkter.reduce(0) { $0 + $1.0 } / Double(punkter.count), my = punkter.reduce(0) { $0 + $1.1 } / Double(punkter.count)
        let sxx = punkter.reduce(0) { $0 + ($1.0 - mx) * ($1.0 - mx) }
        let sxy = punkter.reduce(0) { $0 + ($1.0 - mx) * ($1.1 - my) }
        return sxx > 0 ? sxy / sxx : 1
    }

    /// The interval around the projection `prognos` of `grupp` at `horisont` years: `prognos · exp(q)`.
    public func kvantiler(_ grupp: Aldersgrupp, horisont: Int, prognos: Double) -> Kvantiler? {
        logkvantiler(grupp, horisont: horisont).map { Kvantiler(varden: $0.varden.map { prognos * exp($0) }) }
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
            for t in 0..<h {
                for g in Aldersgrupp.allCases {
                    let p = prognos.summa(g, t), u = region.summa(g, b + t + 1)
                    guard p > 0, u > 0 else { continue }
                    fel.append(Fel(region: region.region, basar: b, horisont: t + 1, grupp: g, logkvot: log(u / p)))
                }
            }
        }
        return fel
    }
}
