import CLapack

extension Matrix {
    /// Eigenvalues and eigenvectors of a symmetric matrix via LAPACK `dsyevd`
    /// (divide and conquer, lower triangle).
    ///
    /// Symmetry is checked with the same relative tolerance as ``cholesky()``
    /// (`|a[i,j] − a[j,i]| ≤ 1e-10 · max|a|`).
    ///
    /// - Returns: eigenvalues in ascending order and the matching orthonormal eigenvectors as
    ///   columns.
    /// - Throws: ``LinearAlgebraError/notSquare(operation:shape:)`` (operation
    ///   `"symmetricEigen"`), ``LinearAlgebraError/nonFinite(operation:)``,
    ///   ``LinearAlgebraError/notSymmetric``, ``LinearAlgebraError/noConvergence(routine:info:)``,
    ///   ``LinearAlgebraError/dimensionTooLarge(operation:value:)``,
    ///   ``LinearAlgebraError/internalFailure(routine:info:)``.
    public func symmetricEigen() throws(LinearAlgebraError) -> SymmetricEigenDecomposition {
        let operation = "symmetricEigen"
        try requireSquare(operation)
        try requireFinite(operation)
        try requireSymmetric()
        guard rows > 0 else { return SymmetricEigenDecomposition(values: [], vectors: self) }

        let n = try int32(rows, operation)
        let lda = try leadingDimension(rows, operation)
        var vectors = elements  // dsyevd overwrites A with the eigenvectors
        var values = [Double](repeating: 0, count: rows)

        let info = vectors.withUnsafeMutableBufferPointer { a in
            values.withUnsafeMutableBufferPointer { w in
                LAPACKE_dsyevd(columnMajorLayout, lapackChar("V"), lapackChar("L"), n,
                               a.baseAddress, lda, w.baseAddress)
            }
        }
        try checkInternal(info, "dsyevd")
        if info > 0 { throw .noConvergence(routine: "dsyevd", info: info) }
        return SymmetricEigenDecomposition(
            values: values, vectors: Matrix(rows: rows, columns: rows, unchecked: vectors))
    }
}
