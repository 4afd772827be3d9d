import CLapack

/// The Cholesky factorisation `A = L Lᵀ` of a symmetric positive-definite matrix, produced by
/// ``Matrix/cholesky()``.
public struct CholeskyFactorization: Equatable, Sendable {
    /// The lower-triangular factor `L` (positive diagonal, zeros above the diagonal).
    public let lower: Matrix

    /// Solves `A X = B` using the factorisation, via LAPACK `dpotrs`.
    ///
    /// - Parameter b: right-hand sides, one per column; `b.rows` must equal the order of `A`.
    /// - Returns: `X`, with the same shape as `b`.
    /// - Throws: ``LinearAlgebraError/dimensionMismatch(operation:left:right:)`` (operation
    ///   `"choleskySolve"`), ``LinearAlgebraError/nonFinite(operation:)``,
    ///   ``LinearAlgebraError/dimensionTooLarge(operation:value:)``,
    ///   ``LinearAlgebraError/internalFailure(routine:info:)``.
    public func solve(_ b: Matrix) throws(LinearAlgebraError) -> Matrix {
        let operation = "choleskySolve"
        guard b.rows == lower.rows else {
            throw .dimensionMismatch(operation: operation, left: lower.shape, right: b.shape)
        }
        try b.requireFinite(operation)
        guard lower.rows > 0, b.columns > 0 else { return Matrix(rows: b.rows, columns: b.columns) }

        let n = try int32(lower.rows, operation)
        let nrhs = try int32(b.columns, operation)
        let lda = try leadingDimension(lower.rows, operation)
        var x = b.elements  // overwritten with the solution

        let info = lower.elements.withUnsafeBufferPointer { l in
            x.withUnsafeMutableBufferPointer { bx in
                LAPACKE_dpotrs(columnMajorLayout, lapackChar("L"), n, nrhs, l.baseAddress, lda,
                               bx.baseAddress, lda)
            }
        }
        try checkInternal(info, "dpotrs")
        let result = Matrix(rows: b.rows, columns: b.columns, unchecked: x)
        try result.requireFinite(operation)
        return result
    }
}
