import LinearAlgebra

/// The shrunk error covariance of MinT, `W = λ D + (1 − λ) Σ̂` with `Σ̂ = eᵀe / T` and `D` its diagonal, kept
/// as the errors `e` (`T × n`), the diagonal and λ instead of an `n × n` matrix: `Σ̂` has rank at most `T`
/// (the years of errors, a handful), so `W` is a diagonal plus a low-rank part and a product `W x` costs
/// `O(nT)`, not `O(n²)`. The diagonal of `W` is `D` itself (`λ Σ̂_ii + (1 − λ) Σ̂_ii`).
public struct ShrunkCovariance: Sendable {
    /// The errors `e`, `T × n`: one row per time, one column per series.
    public let errors: Matrix
    /// `D`: every series' mean squared error, `Σ̂_ii`.
    public let variances: [Double]
    /// The shrinkage intensity λ: 0 keeps the sample covariance, 1 only its diagonal.
    public let shrinkage: Double

    /// `W_ij`: `Σ̂_ii` on the diagonal, `(1 − λ) Σ̂_ij` off it.
    public subscript(i: Int, j: Int) -> Double {
        if i == j { return variances[i] }
        var sum = 0.0
        for t in 0..<errors.rows { sum += errors[t, i] * errors[t, j] }
        return (1 - shrinkage) * sum / Double(errors.rows)
    }

    /// `W x = λ D x + ((1 − λ) / T) eᵀ (e x)`, in `O(nT)`.
    ///
    /// - Throws: ``LinearAlgebraError`` when `x` does not have one value per series or is not finite.
    public func multiplied(by x: [Double]) throws(LinearAlgebraError) -> [Double] {
        let low = try errors.multiplied(by: try errors.multiplied(by: x), transposingSelf: true)
        let weight = (1 - shrinkage) / Double(errors.rows)
        return x.indices.map { shrinkage * variances[$0] * x[$0] + weight * low[$0] }
    }
}

extension ShrunkCovariance {
    /// Estimates `W` from `errors` (`T × n`, `T ≥ 2`) around zero, λ as R hts's `shrink.estim` (Schäfer &
    /// Strimmer 2005): `λ = Σ_{i≠j} Var(r̂_ij) / Σ_{i≠j} r̂_ij²`, clamped to [0, 1], from the errors standardised
    /// by their root mean square, `x_ti = e_ti / √Σ̂_ii`, with `r̂_ij = (1/T) Σ_t x_ti x_tj` and
    /// `Var(r̂_ij) = (Σ_t x_ti² x_tj² − T r̂_ij²) / (T (T − 1))`.
    ///
    /// Both sums over the `n (n − 1)` pairs come from the `T × T` Gram matrix `G = X Xᵀ`
    /// (`G_ts = Σ_i x_ti x_si`), without an `n × n` matrix:
    ///
    ///     Σ_{i,j} r̂_ij²          = (1/T²) Σ_{i,j} (Σ_t x_ti x_tj)² = (1/T²) ‖XᵀX‖_F² = (1/T²) ‖G‖_F²
    ///     Σ_{i,j} Σ_t x_ti² x_tj² = Σ_t (Σ_i x_ti²)²              = Σ_t G_tt²
    ///
    /// and the pairs i = j are taken off: `Σ_i r̂_ii²` and `Σ_i Σ_t x_ti⁴`. The cost is `O(nT²)`.
    /// Uncorrelated errors (no pair's `r̂_ij²` above the sums' rounding) leave `Σ̂` diagonal, and every λ gives
    /// the same `W`; λ is then 1.
    ///
    /// - Throws: ``ForecastingError/invalidHierarchy(reason:)`` for a column with zero or non-finite mean
    ///   square.
    init(estimatedFrom errors: Matrix) throws(ForecastingError) {
        let t = errors.rows, n = errors.columns, count = Double(t)
        var variances = [Double](repeating: 0, count: n)
        var standardised = errors
        for i in 0..<n {
            var sum = 0.0
            for r in 0..<t { sum += errors[r, i] * errors[r, i] }
            variances[i] = sum / count
            let scale = variances[i].squareRoot()
            guard scale > 0 && scale.isFinite else {
                throw .invalidHierarchy(reason: "serie nr \(i + 1) har inga fel skilda från noll att skatta kovariansen på")
            }
            for r in 0..<t { standardised[r, i] = errors[r, i] / scale }
        }
        var fourth = 0.0, ownSquares = 0.0
        for i in 0..<n {
            var own = 0.0
            for r in 0..<t {
                let square = standardised[r, i] * standardised[r, i]
                own += square
                fourth += square * square
            }
            ownSquares += (own / count) * (own / count)
        }
        let gram: Matrix
        do {
            gram = try standardised.multiplied(by: standardised, transposingOther: true)
        } catch {
            throw .invalidHierarchy(reason: "felen gick inte att multiplicera (\(error))")
        }
        var frobenius = 0.0, diagonal = 0.0
        for s in 0..<t {
            diagonal += gram[s, s] * gram[s, s]
            for r in 0..<t { frobenius += gram[r, s] * gram[r, s] }
        }
        let all = frobenius / (count * count)
        let squares = all - ownSquares
        let variance = (diagonal - fourth - count * squares) / (count * (count - 1))
        let lambda = squares > Self.rounding * all ? min(max(variance / squares, 0), 1) : 1
        self.init(errors: errors, variances: variances, shrinkage: lambda)
    }

    /// The relative size below which `Σ_{i≠j} r̂_ij²`, a difference of two sums over all pairs, is rounding:
    /// a few hundred units in the last place of the sum over all pairs.
    static let rounding = 1e-13
}
