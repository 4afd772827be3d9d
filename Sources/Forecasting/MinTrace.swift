import Foundation
import LinearAlgebra

/// Forecast reconciliation by minimum trace (MinT; Wickramasuriya, Athanasopoulos & Hyndman 2019, JASA
/// 114(526), eq. 9) with the error covariance shrunk toward its diagonal (Schäfer & Strimmer 2005), as
/// R hts's `MinT(covariance = "shr")` and HierarchicalForecast's `MinTrace(method = "mint_shrink")`.
///
/// A hierarchy of `n` series, `m` of them at the bottom, is described by its summing matrix `S` (`n × m`):
/// row i says which bottom series add up to series i. Base forecasts `ŷ` of every series, made one by one,
/// need not add up; the reconciled forecasts `ỹ = S (Sᵀ W⁻¹ S)⁻¹ Sᵀ W⁻¹ ŷ` do, and of all coherent forecasts
/// that are linear and unbiased in `ŷ` they have the least total error variance when `W` is the covariance
/// of the base forecasts' errors. `W` is estimated from past errors of the base forecasts (`T × n`, one row
/// per time) by the shrinkage estimator: `W = λ D + (1 − λ) Σ̂`, `Σ̂ = eᵀe / T` and `D` its diagonal, with
/// λ the Schäfer–Strimmer estimate `Σ_{i≠j} Var(r̂_ij) / Σ_{i≠j} r̂_ij²` (clamped to [0, 1]) from the
/// errors standardised by their root mean square (hts's `shrink.estim`). Coherent base forecasts come back
/// unchanged whatever `W` is: the map is a projection onto the coherent forecasts.
public struct MinTrace: Sendable {
    /// The summing matrix `S`, `n × m`.
    public let summing: Matrix
    /// The shrunk error covariance `W`, `n × n`.
    public let covariance: Matrix
    /// The shrinkage intensity λ: 0 keeps the sample covariance, 1 only its diagonal.
    public let shrinkage: Double
    /// `W⁻¹ S`, `n × m`.
    private let weightedSumming: Matrix
    /// The Cholesky factor of `Sᵀ W⁻¹ S`, `m × m`.
    private let normal: CholeskyFactorization

    /// Estimates `W` from `errors` (`T × n`: one row per time, one column per series in the order of
    /// `summing`'s rows) and prepares the reconciliation.
    ///
    /// - Throws: ``ForecastingError/invalidHierarchy(reason:)`` when the shapes do not match, there are fewer
    ///   than two rows of errors, a series' errors are all zero or not finite (its variance would be 0, and
    ///   `W` singular), or `S` does not have full column rank.
    public init(summing: Matrix, errors: Matrix) throws(ForecastingError) {
        guard summing.rows >= summing.columns, summing.columns >= 1 else {
            throw .invalidHierarchy(reason: "summeringsmatrisen har \(summing.rows) rader och \(summing.columns) "
                                    + "kolumner; den ska ha minst en kolumn och minst lika många rader som kolumner")
        }
        guard errors.columns == summing.rows else {
            throw .invalidHierarchy(reason: "felen har \(errors.columns) serier men hierarkin \(summing.rows)")
        }
        guard errors.rows >= 2 else {
            throw .invalidHierarchy(reason: "kovariansen behöver fel från minst två tidpunkter, inte \(errors.rows)")
        }
        let (covariance, shrinkage) = try Self.shrunkCovariance(errors)
        self.summing = summing
        self.covariance = covariance
        self.shrinkage = shrinkage
        do {
            weightedSumming = try covariance.cholesky().solve(summing)
            normal = try summing.multiplied(by: weightedSumming, transposingSelf: true).cholesky()
        } catch {
            throw .invalidHierarchy(reason: "summeringsmatrisen har inte full kolumnrang (\(error))")
        }
    }

    /// The reconciled forecasts of every series, in the order of `summing`'s rows; they add up as `S` says.
    ///
    /// - Throws: ``ForecastingError/invalidHierarchy(reason:)`` when `base` does not have one value per series
    ///   or a value is not finite.
    public func reconcile(_ base: [Double]) throws(ForecastingError) -> [Double] {
        guard base.count == summing.rows else {
            throw .invalidHierarchy(reason: "\(base.count) basprognoser men hierarkin har \(summing.rows) serier")
        }
        guard base.allSatisfy(\.isFinite) else { throw .invalidHierarchy(reason: "en basprognos är inte ett tal") }
        do {
            let bottom = try normal.solve(Matrix(column: weightedSumming.multiplied(by: base, transposingSelf: true)))
            return try summing.multiplied(by: bottom.column(0))
        } catch {
            throw .invalidHierarchy(reason: "avstämningen gick inte att räkna (\(error))")
        }
    }

    /// The shrinkage estimate of the covariance of `errors`' columns around zero and its intensity λ (see
    /// the type's description).
    ///
    /// - Throws: ``ForecastingError/invalidHierarchy(reason:)`` for a column with zero or non-finite mean
    ///   square.
    static func shrunkCovariance(_ errors: Matrix) throws(ForecastingError) -> (Matrix, Double) {
        let t = errors.rows, n = errors.columns, count = Double(t)
        var sample = Matrix(rows: n, columns: n)
        for i in 0..<n {
            for j in 0...i {
                var sum = 0.0
                for r in 0..<t { sum += errors[r, i] * errors[r, j] }
                sample[i, j] = sum / count
                sample[j, i] = sum / count
            }
        }
        let scale = (0..<n).map { sample[$0, $0].squareRoot() }
        if let i = scale.firstIndex(where: { !($0 > 0 && $0.isFinite) }) {
            throw .invalidHierarchy(reason: "serie nr \(i + 1) har inga fel skilda från noll att skatta kovariansen på")
        }
        // Σ_{i≠j} Var(r̂_ij) and Σ_{i≠j} r̂_ij² from the standardised errors x = e / scale:
        // r̂_ij = mean(x_i x_j), Var(r̂_ij) = (Σ_r (x_ri x_rj)² − T r̂_ij²) / (T (T − 1)).
        var variances = 0.0, squares = 0.0
        for i in 0..<n {
            for j in 0..<i {
                var sum = 0.0, sumOfSquares = 0.0
                for r in 0..<t {
                    let w = errors[r, i] / scale[i] * errors[r, j] / scale[j]
                    sum += w
                    sumOfSquares += w * w
                }
                let correlation = sum / count
                variances += (sumOfSquares - count * correlation * correlation) / (count * (count - 1))
                squares += correlation * correlation
            }
        }
        // Uncorrelated errors: the sample covariance is already diagonal, and every λ gives the same W.
        let lambda = squares > 0 ? min(max(variances / squares, 0), 1) : 1
        var shrunk = sample
        for i in 0..<n {
            for j in 0..<n where j != i { shrunk[i, j] = (1 - lambda) * sample[i, j] }
        }
        return (shrunk, lambda)
    }
}
