import Foundation
import LinearAlgebra
import Vokabular

/// The distribution of the error at any horizon: within the table its row; past the table's last horizon H,
/// where fewer than the minimum of periods without overlap remain, the spread from the pooled errors at the
/// longer horizons.
///
/// At a horizon h > H the errors of all regions and base years b with b + h within the data still show how
/// much larger the spread is than at H. With s(h) = √(σ_n² + σ_u²), the period and regional variances of
/// `Prognosfel.delar` over those errors (without the factor 1 + 1/k, which is the uncertainty of the period
/// mean, not of the error), and s_h(H) the same over the errors at H of exactly the same regions and base
/// years, the ratio
///
///     r(h) = s(h) / s_h(H)
///
/// is the growth of the same projections' spread from H to h; over all base years at H it would also hold
/// how the early base years, the only ones that reach h, differ from the later ones. Errors from base years
/// less than h apart share outcome years, so s(h) alone rests on fewer than the minimum of independent
/// periods; like-for-like the ratio does not need independence to be unbiased (the same base years, with the
/// same overlap, are in numerator and denominator), only to be precise, and it is kept for every horizon
/// whose errors come from at least as many base years as the table asks periods of a row (each base year's
/// mean is one draw of the period effect). The distribution at h is then
///
///     median(H) · h/H + t(p; k_H − 1) · σ(H) · r(h),
///
/// σ(H) the standard deviation behind the row H (`fordelning(_:)`) and k_H its periods. Past the last
/// horizon with a ratio, h_K, the spread keeps growing as the ratios do, r(h) = r(h_K) · (h/h_K)^β, β the
/// least-squares slope of ln r(h) on ln(h/H) through the origin over the ratios (r(H) = 1 by definition).
/// A table with no ratio (too few base years past H) grows as its own rows do, σ(H) · (h/H)^β with β from
/// `tillvaxt`.
///
/// The median is not taken from the pooled errors: a bias estimate needs independent periods to tell a
/// lasting bias from one national swing, and past H there are by definition fewer than the minimum. It
/// grows in proportion to the horizon from the last row that has them, as a constant yearly error in a rate
/// does in the log of the population (Keilman 1997, Smith & Sincich 1988).
extension Prognosfel {
    /// The quantiles of ln(utfall / prognos) of `grupp` at `horisont` years; nil when the table has none for the group.
    /// Within the table its row; past the table's last horizon H the distribution of `fordelning`.
    public func logkvantiler(_ grupp: Aldersgrupp, horisont: Int) -> Kvantiler? {
        rader.first { $0.grupp == grupp && $0.horisont == horisont }?.kvantiler ?? fordelning(grupp, horisont: horisont)?.kvantiler
    }

    /// The distribution of ln(utfall / prognos) at one horizon: median + t(p; frihetsgrader) · skala.
    struct Fordelning {
        let median: Double, skala: Double, frihetsgrader: Int

        /// The quantile at probability p, 0 < p < 1.
        func kvantil(_ p: Double) -> Double {
            p == 0.5 ? median : median + StudentT.quantile(p, degreesOfFreedom: frihetsgrader) * skala
        }

        /// The quantiles at `Kvantiler.sannolikheter`.
        var kvantiler: Kvantiler { Kvantiler(varden: Kvantiler.sannolikheter.map(kvantil)) }
    }

    /// The distribution of a row: its median, its standard deviation (q_97,5 − q_2,5) / (2·t(0,975; k − 1))
    /// and k − 1 degrees of freedom; nil with fewer than two periods.
    static func fordelning(_ r: Rad) -> Fordelning? {
        guard r.perioder >= 2 else { return nil }
        let t = StudentT.quantile(0.975, degreesOfFreedom: r.perioder - 1)
        return Fordelning(median: r.kvantiler.p50, skala: (r.kvantiler.p97_5 - r.kvantiler.p2_5) / (2 * t), frihetsgrader: r.perioder - 1)
    }

    /// The distribution of `grupp` at `horisont` years: the row's within the table; past its last horizon H
    /// the median in proportion to the horizon, the standard deviation σ(H) · r(h) with the ratio r of
    /// `spridningsfaktor`, and the last row's degrees of freedom.
    func fordelning(_ grupp: Aldersgrupp, horisont: Int) -> Fordelning? {
        let egna = rader.filter { $0.grupp == grupp }
        guard let sista = egna.last, horisont >= 1 else { return nil }
        if horisont <= sista.horisont { return Self.fordelning(egna[horisont - 1]) }
        guard let f = Self.fordelning(sista) else { return nil }
        return Fordelning(median: f.median * Double(horisont) / Double(sista.horisont),
                          skala: f.skala * Self.spridningsfaktor(egna, kvoter.filter { $0.grupp == grupp }, horisont: horisont),
                          frihetsgrader: f.frihetsgrader)
    }

    /// The distribution of `grupp` at `horisont` years around a projection `prognos` of it: that of
    /// `fordelning(_:horisont:)` with the variance of the region's own random deaths and births (`slump`,
    /// relative to `prognos`) added to the square of its spread; the table's alone without `slump`.
    func fordelning(_ grupp: Aldersgrupp, horisont: Int, prognos: Double) -> Fordelning? {
        guard let f = fordelning(grupp, horisont: horisont) else { return nil }
        guard let slump else { return f }
        let v = slump.logvarians(grupp, horisont: horisont, prognos: prognos)
        return Fordelning(median: f.median, skala: (f.skala * f.skala + v).squareRoot(), frihetsgrader: f.frihetsgrader)
    }

    /// σ(h)/σ(H) of one group's `rader` (1…H) and `kvoter` (H + 1…h_K) at `horisont` > H: the ratio at h; past
    /// h_K r(h_K) · (h/h_K)^β, β from `kvottillvaxt`; without ratios (h/H)^β, β from `tillvaxt`.
    private static func spridningsfaktor(_ rader: [Rad], _ kvoter: [Spridningskvot], horisont: Int) -> Double {
        let H = rader.count
        guard let sista = kvoter.last else { return pow(Double(horisont) / Double(H), tillvaxt(rader)) }
        if horisont <= sista.horisont { return kvoter[horisont - H - 1].kvot }
        return sista.kvot * pow(Double(horisont) / Double(sista.horisont), kvottillvaxt(kvoter, H: H))
    }

    /// The growth β of the spread ratios `kvoter` past H: the least-squares slope of ln r(h) on ln(h/H)
    /// through the origin, Σ ln(h/H)·ln r(h) / Σ ln(h/H)².
    static func kvottillvaxt(_ kvoter: [Spridningskvot], H: Int) -> Double {
        let punkter = kvoter.map { (log(Double($0.horisont) / Double(H)), log($0.kvot)) }
        return punkter.reduce(0) { $0 + $1.0 * $1.1 } / punkter.reduce(0) { $0 + $1.0 * $1.0 }
    }

    /// The spread ratios of one group whose errors by horizon (1, 2, …) are `horisonter` and whose table
    /// ends at H = `efter`: r(h) = s(h)/s_h(H) for h = H + 1, H + 2, … as long as the errors at h come from
    /// at least `minstaBasar` base years and have a spread, s_h(H) over the errors at H of exactly the regions
    /// and base years whose errors enter s(h); none when the table is empty.
    static func spridningskvoter(_ g: Aldersgrupp, _ horisonter: [[Fel]], efter H: Int, minstaBasar: Int) -> [Spridningskvot] {
        let spridning = { (fel: [Fel]) -> (s: Double, basar: Int)? in
            delar(fel).map { ((($0.sn2 + $0.su2).squareRoot()), $0.basar) }
        }
        guard H >= 1 else { return [] }
        var kvoter: [Spridningskvot] = []
        for h in (H + 1)..<(horisonter.count + 1) {
            let fel = horisonter[h - 1]
            let projektioner = Set(fel.map { Projektion(region: $0.region, basar: $0.basar) })
            let vidH = horisonter[H - 1].filter { projektioner.contains(Projektion(region: $0.region, basar: $0.basar)) }
            guard let d = spridning(fel), d.basar >= minstaBasar, d.s > 0,
                  let sH = spridning(vidH)?.s, sH > 0 else { break }
            kvoter.append(Spridningskvot(grupp: g, horisont: h, antal: fel.count, basar: d.basar,
                                         perioder: d.basar / h, kvot: d.s / sH))
        }
        return kvoter
    }

    /// One projection: a region projected from a base year.
    private struct Projektion: Hashable {
        let region: String, basar: Int
    }

    /// How the spread of the errors grows with the horizon in `rader` (one group, horizons 1…H): the slope β
    /// of ln σ(h) on ln h by least squares, σ(h) = (q_97,5 − q_2,5) / (2·t(0,975; k − 1)) the standard
    /// deviation behind each row (`fordelning(_:)`: its quantiles without the t factor of its k periods, which grows as k falls
    /// and is no growth of the error). With one horizon, or no spread, β = 1: growth in proportion to the
    /// horizon (Keilman 1997, Smith & Sincich 1988). Used only by a table without spread ratios.
    static func tillvaxt(_ rader: [Rad]) -> Double {
        let punkter = rader.compactMap { r -> (Double, Double)? in
            guard let sigma = fordelning(r)?.skala, sigma > 0, sigma.isFinite else { return nil }
            return (log(Double(r.horisont)), log(sigma))
        }
        guard punkter.count >= 2 else { return 1 }
        let mx = punkter.reduce(0) { $0 + $1.0 } / Double(punkter.count), my = punkter.reduce(0) { $0 + $1.1 } / Double(punkter.count)
        let sxx = punkter.reduce(0) { $0 + ($1.0 - mx) * ($1.0 - mx) }
        let sxy = punkter.reduce(0) { $0 + ($1.0 - mx) * ($1.1 - my) }
        return sxx > 0 ? sxy / sxx : 1
    }
}
