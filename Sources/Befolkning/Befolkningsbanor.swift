import Foundation
import LinearAlgebra
import Vokabular

/// Paths of the population as the product reports it: the simulated paths' weighted sums (`Viktadebanor`)
/// with every age group's distribution taken from the table of past projection errors around the combined
/// projection, the intervals `prognos befolkning` shows, and the dependence between years, groups and
/// weights from the paths.
///
/// The age groups in `delar` (together every age, no age twice) are mapped one by one: in year t (horizon
/// h = t + 1) the paths are ranked by their simulated group sum S_j; path j of rank r gets the probability
/// u_j = (r + ½) / n and the group sum T_j = P(t) · exp(q(u_j)), P the combined projection's group sum and
/// q the table's quantile function of ln(utfall / prognos) at h with the region's own random variation
/// (`Prognosfel.fordelning(_:horisont:prognos:)`). u is held within
/// 2,5–97,5 %, the probabilities the table reports: beyond them t on the table's few degrees of freedom has
/// tails no data support (t(0,00005; 3) ≈ −47, a path at a tenth of the population), and the budget refuses
/// such a population; the paths' quantiles 2,5–97,5 % are unchanged by it. Every weighted
/// sum is the sum of its parts in the groups, each multiplied by its group's T_j / S_j; the total is mapped
/// the same way on its own, so that its quantiles are the table's too (it is then not exactly the sum of the
/// mapped groups). A group the table has nothing for keeps its simulated sums. The base year is data.
///
/// Mapping the margins onto ranks keeps the paths' joint order (a copula in the statistical sense): a path
/// high in 0–19 in one year stays high the next, and the groups move together as the paths make them.
public struct Befolkningsbanor: Sendable {
    /// The age groups mapped: disjoint, together every age.
    public static let delar: [Aldersgrupp] = [.ar0_19, .ar20_64, .ar65_79, .ar80plus]

    /// The base year, the projected years (basar + 1 …) and the number of paths.
    public let basar: Int, ar: [Int], banor: Int
    /// The number of weights.
    public let antalVikter: Int
    /// The base year's sums, the weights' then the groups' (`delar`, then the total).
    private let bas: [Double], basGrupper: [Double]
    /// `[steg][vikt][bana]` and `[steg][grupp][bana]`, groups in `delar` order and the total last.
    private let varden: [Double], grupper: [Double]

    /// The weights to simulate for `vikter` (each `2 · Alder.antal` values, women 0…100+ then men): each
    /// weight's part in every group of `delar`, weight by weight, and then each group's indicator.
    public static func delvikter(_ vikter: [[Double]]) -> [[Double]] {
        let maskerad = { (v: [Double], g: Aldersgrupp) in
            v.enumerated().map { i, w in g.aldrar.contains(i % Alder.antal) ? w : 0 }
        }
        let ettor = [Double](repeating: 1, count: 2 * Alder.antal)
        return vikter.flatMap { v in delar.map { maskerad(v, $0) } } + delar.map { maskerad(ettor, $0) }
    }

    /// The paths of `simulerade` (simulated with `delvikter` of `antalVikter` weights) mapped onto `tabell`
    /// around `prognos`, the combined projection under the paths' assumptions (same base year, at least their
    /// years).
    public init(_ simulerade: Viktadebanor, antalVikter k: Int, prognos: Befolkningsprognos, tabell: Prognosfel) {
        let d = Self.delar.count, n = simulerade.banor, steg = simulerade.ar.count
        precondition(simulerade.antalVikter == k * d + d && prognos.basar == simulerade.basar && prognos.ar.count >= steg)
        basar = simulerade.basar
        ar = simulerade.ar
        banor = n
        antalVikter = k
        bas = (0..<k).map { v in (0..<d).reduce(0) { $0 + simulerade.bas[v * d + $1] } }
        basGrupper = (0..<d).map { simulerade.bas[k * d + $0] } + [(0..<d).reduce(0) { $0 + simulerade.bas[k * d + $1] }]
        var varden = [Double](repeating: 0, count: steg * k * n)
        var grupper = [Double](repeating: 0, count: steg * (d + 1) * n)
        // t(u_r; ν) for every rank r, by degrees of freedom ν: the same for every group and year.
        var tkvantiler: [Int: [Double]] = [:]
        for t in 0..<steg {
            let summor = (0..<d).map { g in (0..<n).map { simulerade.varde(k * d + g, steg: t, bana: $0) } }
            let total = (0..<n).map { j in summor.reduce(0) { $0 + $1[j] } }
            let mappade = (Self.delar + [.total]).enumerated().map { g, grupp in
                let p = prognos.summa(grupp, t)
                return Self.mappa(g < d ? summor[g] : total, fordelning: tabell.fordelning(grupp, horisont: t + 1, prognos: p),
                                  prognos: p, t: &tkvantiler)
            }
            for g in 0...d {
                for j in 0..<n { grupper[(t * (d + 1) + g) * n + j] = mappade[g][j] }
            }
            for v in 0..<k {
                for j in 0..<n {
                    var summa = 0.0
                    for g in 0..<d {
                        let s = summor[g][j]
                        if s > 0 { summa += simulerade.varde(v * d + g, steg: t, bana: j) * mappade[g][j] / s }
                    }
                    varden[(t * k + v) * n + j] = summa
                }
            }
        }
        self.varden = varden
        self.grupper = grupper
    }

    /// The sums `s` of one group in one year mapped onto `fordelning` (the table's at the year's horizon)
    /// around `prognos` by rank; `s` itself when the table has nothing for the group. `t` holds the t
    /// quantiles of the ranks' probabilities by degrees of freedom, filled as needed.
    static func mappa(_ s: [Double], fordelning: Prognosfel.Fordelning?, prognos: Double, t: inout [Int: [Double]]) -> [Double] {
        guard let f = fordelning else { return s }
        let n = s.count
        let (lagst, hogst) = (Kvantiler.sannolikheter.first!, Kvantiler.sannolikheter.last!)
        let kvantiler = t[f.frihetsgrader] ?? (0..<n).map {
            StudentT.quantile(min(max((Double($0) + 0.5) / Double(n), lagst), hogst), degreesOfFreedom: f.frihetsgrader)
        }
        t[f.frihetsgrader] = kvantiler
        var ut = s
        for (r, j) in s.indices.sorted(by: { s[$0] < s[$1] || (s[$0] == s[$1] && $0 < $1) }).enumerated() {
            ut[j] = prognos * exp(f.median + kvantiler[r] * f.skala)
        }
        return ut
    }

    /// The sum of weight `vikt` for path `bana` at the end of `year`, the base year included; nil outside.
    public func varde(_ vikt: Int, ar year: Int, bana: Int) -> Double? {
        if year == basar { return bas[vikt] }
        guard let t = ar.firstIndex(of: year) else { return nil }
        return varden[(t * antalVikter + vikt) * banor + bana]
    }

    /// The sum of `grupp` (one of `delar`, or the total) for path `bana` at the end of `year`, the base year
    /// included; nil outside or for another group.
    public func grupp(_ grupp: Aldersgrupp, ar year: Int, bana: Int) -> Double? {
        guard let g = grupp == .total ? Self.delar.count : Self.delar.firstIndex(of: grupp) else { return nil }
        if year == basar { return basGrupper[g] }
        guard let t = ar.firstIndex(of: year) else { return nil }
        return grupper[(t * (Self.delar.count + 1) + g) * banor + bana]
    }
}
