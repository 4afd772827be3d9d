import CLapack

extension Matrix {
    /// Cholesky factorisation `A = L Lᵀ` of a symmetric positive-definite matrix via LAPACK
    /// `dpotrf` (lower triangle).
    ///
    /// Symmetry is checked first with a relative tolerance: `|a[i,j] − a[j,i]|` may be at most
    /// `1e-10 · max|a|`, so matrices that are symmetric up to rounding (e.g. `M Mᵀ` computed
    /// by `dgemm`) are accepted; only the lower triangle is then used.
    ///
    /// - Throws: ``LinearAlgebraError/notSquare(operation:shape:)`` (operation `"cholesky"`),
    ///   ``LinearAlgebraError/nonFinite(operation:)``, ``LinearAlgebraError/notSymmetric``,
    ///   ``LinearAlgebraError/notPositiveDefinite(leadingMinor:)`` (1-based order of the
    ///   first non-positive leading minor), ``LinearAlgebraError/dimensionTooLarge(operation:value:)``,
    ///   ``LinearAlgebraError/internalFailure(routine:info:)``.
    public func cholesky() throws(LinearAlgebraError) -> CholeskyFactorization {
        let operation = "cholesky"
        try requireSquare(operation)
        try requireFinite(operation)
        try requireSymmetric()
        guard rows > 0 else { return CholeskyFactorization(lower: self) }

        let n = try int32(rows, operation)
        let lda = try leadingDimension(rows, operation)
        var factor = elements  // dpotrf overwrites the lower triangle with L

        let info = factor.withUnsafeMutableBufferPointer { a in
            LAPACKE_dpotrf(columnMajorLayout, lapackChar("L"), n, a.baseAddress, lda)
        }
        try checkInternal(info, "dpotrf")
        if info > 0 { throw .notPositiveDefinite(leadingMinor: Int(info)) }

        // The strict upper triangle still holds the input; clear it so `lower` is exactly L.
        for j in 1..<max(1, rows) {
            for i in 0..<j { factor[i + j * rows] = 0 }
        }
        return CholeskyFactorization(lower: Matrix(rows: rows, columns: rows, unchecked: factor))
    }
}
