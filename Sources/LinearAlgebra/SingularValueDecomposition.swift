/// Singular value decomposition `A = U Σ Vᵀ` of an `m × n` matrix, produced by
/// ``Matrix/singularValueDecomposition(thin:)``.
///
/// With `k = min(m, n)`, the thin form has `U` of shape `m × k` and `Vᵀ` of shape `k × n`;
/// the full form has square `U` (`m × m`) and `Vᵀ` (`n × n`), whose extra columns/rows
/// complete orthonormal bases. In both forms only the first `k` columns of `U` and rows of
/// `Vᵀ` pair with singular values. Each singular vector's sign is arbitrary, but the signs of
/// `uᵢ` and `vᵢ` are linked: flipping one flips the other, so `σᵢ uᵢ vᵢᵀ` is well defined.
public struct SingularValueDecomposition: Equatable, Sendable {
    /// The left singular vectors as orthonormal columns (`Uᵀ U = I`).
    public let u: Matrix
    /// The `min(m, n)` singular values, non-negative and in descending order (the diagonal
    /// of `Σ`).
    public let singularValues: [Double]
    /// The right singular vectors as orthonormal **rows**: row `i` is `vᵢᵀ`
    /// (`Vᵀ (Vᵀ)ᵀ = I`).
    public let vTransposed: Matrix

    /// The `index`-th singular triple `(σᵢ, uᵢ, vᵢ)`, 0-based; index 0 is the dominant one.
    ///
    /// For a Lee–Carter fit of a centred ages × years matrix, `triple(0)` gives
    /// `b(x) ∝ left` and `k(t) ∝ value · right`.
    ///
    /// - Precondition: `0 <= index < singularValues.count`.
    public func triple(_ index: Int) -> SingularTriple {
        precondition(index >= 0 && index < singularValues.count,
                     "Singular triple \(index) out of range for \(singularValues.count) values")
        return SingularTriple(value: singularValues[index], left: u.column(index),
                              right: vTransposed.row(index))
    }

    /// The best rank-`rank` approximation `Σ_{i<rank} σᵢ uᵢ vᵢᵀ` (Eckart–Young), computed with
    /// BLAS `dgemm`; `rank` 0 gives the zero matrix.
    ///
    /// - Precondition: `0 <= rank <= singularValues.count`.
    /// - Throws: ``LinearAlgebraError/nonFinite(operation:)`` if the product overflows,
    ///   ``LinearAlgebraError/dimensionTooLarge(operation:value:)``.
    public func approximation(rank: Int) throws(LinearAlgebraError) -> Matrix {
        precondition(rank >= 0 && rank <= singularValues.count,
                     "Rank \(rank) out of range for \(singularValues.count) singular values")
        // U_r Σ_r: the first `rank` columns of U, column i scaled by σᵢ.
        var scaledLeft = Matrix(rows: u.rows, columns: rank)
        for i in 0..<rank {
            for row in 0..<u.rows { scaledLeft[row, i] = u[row, i] * singularValues[i] }
        }
        // V_rᵀ: the first `rank` rows of Vᵀ.
        var rightRows = Matrix(rows: rank, columns: vTransposed.columns)
        for j in 0..<vTransposed.columns {
            for i in 0..<rank { rightRows[i, j] = vTransposed[i, j] }
        }
        return try scaledLeft.multiplied(by: rightRows)
    }
}

/// One singular value with its left and right singular vectors: `A vᵢ = σᵢ uᵢ` and
/// `Aᵀ uᵢ = σᵢ vᵢ`. See ``SingularValueDecomposition/triple(_:)``.
public struct SingularTriple: Equatable, Sendable {
    /// The singular value `σᵢ ≥ 0`.
    public let value: Double
    /// The unit left singular vector `uᵢ` (length `m`).
    public let left: [Double]
    /// The unit right singular vector `vᵢ` (length `n`).
    public let right: [Double]
}
