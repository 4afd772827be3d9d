import Foundation
import LinearAlgebra

/// Forecast reconciliation by minimum trace (MinT; Wickramasuriya, Athanasopoulos & Hyndman 2019, JASA
/// 114(526), eq. 9) with the error covariance shrunk toward its diagonal (Schäfer & Strimmer 2005), as
/// R hts's `MinT(covariance = "shr")` and HierarchicalForecast's `MinTrace(method = "mint_shrink")`.
///
/// A hierarchy of `n` series has `m` at the bottom and `k = n − m` aggregates, each the sum of some bottom
/// series: in the summing matrix `S` (`n × m`), with the bottom series first, `S = [I_m; A]` and row p of `A`
/// says which bottom series add up to aggregate p. Base forecasts `ŷ` of every series, made one by one, need
/// not add up; the reconciled forecasts `ỹ = S (Sᵀ W⁻¹ S)⁻¹ Sᵀ W⁻¹ ŷ` do, and of all coherent forecasts that are
/// linear and unbiased in `ŷ` they have the least total error variance when `W` is the covariance of the base
/// forecasts' errors. `W` is the shrinkage estimate from past errors (`ShrunkCovariance`). Coherent base
/// forecasts come back unchanged whatever `W` is: the map is a projection onto the coherent forecasts.
///
/// The same `ỹ` is computed in the constraint form, which Wickramasuriya et al. (2019) also give
/// (`P = J − J W U (Uᵀ W U)⁻¹ Uᵀ`, the form HierarchicalForecast's `MinTrace` computes): with the constraints
/// `C = [−A  I_k]` (`k × n`; `C y = 0` exactly when `y` is coherent),
///
///     ỹ = ŷ − W Cᵀ (C W Cᵀ)⁻¹ C ŷ.
///
/// Both are the coherent `y` closest to `ŷ` in the norm `(y − ŷ)ᵀ W⁻¹ (y − ŷ)`: the first minimises it over
/// `y = S b`, the second over `C y = 0` (Lagrange: `W⁻¹ (y − ŷ) = Cᵀ μ`), and the coherent forecasts are the
/// same set either way, so the minimiser is the same. The only factorisation is of `C W Cᵀ`, `k × k` (the
/// aggregates: a few hundred for a region's ledger of 10⁴ series), and with `W` diagonal plus rank `T`,
/// `C W Cᵀ = λ (A D_b Aᵀ + D_a) + ((1 − λ) / T) (e Cᵀ)ᵀ (e Cᵀ)` and `W Cᵀ z` cost `O(nT)` besides the sums over
/// `A`'s entries. No `n × n` or `m × m` matrix is formed. The reconciled bottom forecasts are `ỹ`'s first `m`
/// values, and every aggregate is returned as the sum of its bottom series, so the result adds up exactly.
public struct MinTrace: Sendable {
    /// The number of bottom series, `m`.
    public let bottomCount: Int
    /// The aggregates: for each, the bottom series (indices `0..<m`) whose sum it is.
    public let aggregates: [[Int]]
    /// The shrunk error covariance `W`.
    public let covariance: ShrunkCovariance
    /// The Cholesky factor of `C W Cᵀ`, `k × k`.
    private let constraintFactor: CholeskyFactorization

    /// The shrinkage intensity λ: 0 keeps the sample covariance, 1 only its diagonal.
    public var shrinkage: Double { covariance.shrinkage }

    /// Estimates `W` from `errors` (`T × n`: one row per time, one column per series: the `bottom` series, then
    /// the `aggregates`) and prepares the reconciliation.
    ///
    /// - Throws: ``ForecastingError/invalidHierarchy(reason:)`` when the shapes do not match, an aggregate names
    ///   a series outside `0..<bottom`, there are fewer than two rows of errors, a series' errors are all zero or
    ///   not finite (its variance would be 0, and `W` singular), or `W` or `C W Cᵀ` is not positive definite.
    public init(bottom: Int, aggregates: [[Int]], errors: Matrix) throws(ForecastingError) {
        guard bottom >= 1 else { throw .invalidHierarchy(reason: "hierarkin har inga understa serier") }
        guard errors.columns == bottom + aggregates.count else {
            throw .invalidHierarchy(reason: "felen har \(errors.columns) serier men hierarkin \(bottom + aggregates.count)")
        }
        if let p = aggregates.firstIndex(where: { $0.contains { !(0..<bottom).contains($0) } }) {
            throw .invalidHierarchy(reason: "summa nr \(p + 1) har en del utanför de \(bottom) understa serierna")
        }
        guard errors.rows >= 2 else {
            throw .invalidHierarchy(reason: "kovariansen behöver fel från minst två tidpunkter, inte \(errors.rows)")
        }
        let covariance = try ShrunkCovariance(estimatedFrom: errors)
        // λ = 0 leaves W = Σ̂, of rank at most T: singular with more series than times.
        guard covariance.shrinkage > 0 || errors.columns <= errors.rows else {
            throw .invalidHierarchy(reason: "kovariansen utan krympning har rang högst \(errors.rows) men \(errors.columns) serier")
        }
        self.bottomCount = bottom
        self.aggregates = aggregates
        self.covariance = covariance
        do {
            constraintFactor = try Self.constraintCovariance(bottom: bottom, aggregates: aggregates, covariance: covariance).cholesky()
        } catch {
            throw .invalidHierarchy(reason: "bivillkorens kovarians C W Cᵀ är inte positivt definit (\(error))")
        }
    }

    /// The reconciled forecasts of every series, bottom then aggregates as `base`; they add up as the aggregates say.
    ///
    /// - Throws: ``ForecastingError/invalidHierarchy(reason:)`` when `base` does not have one value per series
    ///   or a value is not finite.
    public func reconcile(_ base: [Double]) throws(ForecastingError) -> [Double] {
        let n = bottomCount + aggregates.count
        guard base.count == n else {
            throw .invalidHierarchy(reason: "\(base.count) basprognoser men hierarkin har \(n) serier")
        }
        guard base.allSatisfy(\.isFinite) else { throw .invalidHierarchy(reason: "en basprognos är inte ett tal") }
        do {
            // z = (C W Cᵀ)⁻¹ C ŷ, then ỹ = ŷ − W (Cᵀ z).
            let z = try constraintFactor.solve(Matrix(column: Self.gaps(base, bottom: bottomCount, aggregates: aggregates))).column(0)
            var ctz = base.indices.map { $0 < bottomCount ? 0.0 : z[$0 - bottomCount] }
            for (p, parts) in aggregates.enumerated() { for j in parts { ctz[j] -= z[p] } }
            let moved = try covariance.multiplied(by: ctz)
            let reconciledBottom = (0..<bottomCount).map { base[$0] - moved[$0] }
            return reconciledBottom + aggregates.map { parts in parts.reduce(0) { $0 + reconciledBottom[$1] } }
        } catch {
            throw .invalidHierarchy(reason: "avstämningen gick inte att räkna (\(error))")
        }
    }

    /// `C y`: every aggregate's value less the sum of its bottom series' (`y` bottom first).
    private static func gaps(_ y: [Double], bottom: Int, aggregates: [[Int]]) -> [Double] {
        aggregates.enumerated().map { p, parts in y[bottom + p] - parts.reduce(0) { $0 + y[$1] } }
    }

    /// `C W Cᵀ = λ (A D_b Aᵀ + D_a) + ((1 − λ) / T) (e Cᵀ)ᵀ (e Cᵀ)`, `k × k`: entry (p, q) of `A D_b Aᵀ` is the
    /// sum of `D` over the bottom series in both aggregates, added series by series over the aggregates it is in.
    private static func constraintCovariance(bottom: Int, aggregates: [[Int]],
                                             covariance w: ShrunkCovariance) throws(LinearAlgebraError) -> Matrix {
        let k = aggregates.count, e = w.errors, lambda = w.shrinkage
        var memberships = [[Int]](repeating: [], count: bottom)
        for (p, parts) in aggregates.enumerated() { for j in parts { memberships[j].append(p) } }
        var result = Matrix(rows: k, columns: k)
        for j in 0..<bottom {
            for p in memberships[j] { for q in memberships[j] { result[p, q] += lambda * w.variances[j] } }
        }
        for p in 0..<k { result[p, p] += lambda * w.variances[bottom + p] }
        // e Cᵀ: every time's constraint gaps of the errors, T × k.
        var errorGaps = Matrix(rows: e.rows, columns: k)
        for t in 0..<e.rows {
            let row = gaps(e.row(t), bottom: bottom, aggregates: aggregates)
            for p in 0..<k { errorGaps[t, p] = row[p] }
        }
        let lowRank = try errorGaps.multiplied(by: errorGaps, transposingSelf: true)
        let weight = (1 - lambda) / Double(e.rows)
        for q in 0..<k { for p in 0..<k { result[p, q] += weight * lowRank[p, q] } }
        return result
    }
}
