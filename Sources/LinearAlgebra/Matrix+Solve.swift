import CLapack

extension Matrix {
    /// Solves `A X = B` for square `A` (`self`) via LAPACK `dgesv` (LU factorisation with
    /// partial pivoting).
    ///
    /// After factorisation the reciprocal condition number is estimated with `dgecon`; a
    /// matrix whose estimate is below machine epsilon ("singular to working precision", the
    /// criterion LAPACK's `dgesvx` uses) is reported as singular too (with the
    /// pivot of smallest magnitude), because its "solution" would be rounding noise.
    ///
    /// - Parameter b: right-hand sides, one per column; `b.rows` must equal `rows`.
    /// - Returns: `X`, with the same shape as `b`.
    /// - Throws: ``LinearAlgebraError/notSquare(operation:shape:)``,
    ///   ``LinearAlgebraError/dimensionMismatch(operation:left:right:)`` (operation `"solve"`),
    ///   ``LinearAlgebraError/nonFinite(operation:)``, ``LinearAlgebraError/singular(pivot:)``
    ///   (1-based pivot), ``LinearAlgebraError/dimensionTooLarge(operation:value:)``,
    ///   ``LinearAlgebraError/internalFailure(routine:info:)``.
    public func solve(_ b: Matrix) throws(LinearAlgebraError) -> Matrix {
        let operation = "solve"
        try requireSquare(operation)
        guard b.rows == rows else {
            throw .dimensionMismatch(operation: operation, left: shape, right: b.shape)
        }
        try requireFinite(operation)
        try b.requireFinite(operation)
        guard rows > 0, b.columns > 0 else { return Matrix(rows: rows, columns: b.columns) }

        let n = try int32(rows, operation)
        let nrhs = try int32(b.columns, operation)
        let lda = try leadingDimension(rows, operation)
        let anorm = oneNorm
        var lu = elements  // dgesv overwrites A with its LU factors …
        var x = b.elements // … and B with the solution.
        var pivots = [Int32](repeating: 0, count: rows)

        let info = lu.withUnsafeMutableBufferPointer { a in
            x.withUnsafeMutableBufferPointer { bx in
                pivots.withUnsafeMutableBufferPointer { ipiv in
                    LAPACKE_dgesv(columnMajorLayout, n, nrhs, a.baseAddress, lda,
                                  ipiv.baseAddress, bx.baseAddress, lda)
                }
            }
        }
        try checkInternal(info, "dgesv")
        if info > 0 { throw .singular(pivot: Int(info)) }

        var rcond = 0.0
        let conInfo = lu.withUnsafeBufferPointer { a in
            LAPACKE_dgecon(columnMajorLayout, lapackChar("1"), n, a.baseAddress, lda, anorm, &rcond)
        }
        try checkInternal(conInfo, "dgecon")
        if !(rcond >= Double.ulpOfOne) {
            throw .singular(pivot: Matrix.smallestPivot(lu, n: rows) + 1)
        }

        let result = Matrix(rows: rows, columns: b.columns, unchecked: x)
        try result.requireFinite(operation)
        return result
    }

    /// Solves `A x = b` for a single right-hand side; see the `Matrix` overload of `solve(_:)`.
    ///
    /// - Throws: the same errors as the matrix form; a length mismatch is reported with `b`
    ///   as an `n×1` shape.
    public func solve(_ b: [Double]) throws(LinearAlgebraError) -> [Double] {
        try solve(Matrix(column: b)).elements
    }

    /// The 1-norm (largest absolute column sum), needed by `dgecon`.
    var oneNorm: Double {
        var best = 0.0
        for j in 0..<columns {
            var sum = 0.0
            for i in 0..<rows { sum += abs(elements[i + j * rows]) }
            best = max(best, sum)
        }
        return best
    }

    /// 0-based index of the diagonal element of smallest magnitude in an `n×n` LU factor.
    private static func smallestPivot(_ lu: [Double], n: Int) -> Int {
        (0..<n).min { abs(lu[$0 + $0 * n]) < abs(lu[$1 + $1 * n]) } ?? 0
    }
}
