import CLapack

extension Matrix {
    /// Least-squares solution of `A X ≈ B` (`A` is `self`) via LAPACK `dgelsd`
    /// (divide-and-conquer SVD).
    ///
    /// Works for over-determined (`rows > columns`), under-determined and rank-deficient `A`;
    /// it returns the minimum-norm `X` among all minimisers of `‖A X − B‖₂`.
    ///
    /// - Parameters:
    ///   - b: right-hand sides, one per column; `b.rows` must equal `rows`.
    ///   - rcond: singular values `≤ rcond * σ_max` are treated as zero when determining the
    ///     rank. A negative value (the default) means machine precision.
    /// - Throws: ``LinearAlgebraError/dimensionMismatch(operation:left:right:)`` (operation
    ///   `"leastSquares"`), ``LinearAlgebraError/nonFinite(operation:)`` (also for a NaN
    ///   `rcond`), ``LinearAlgebraError/noConvergence(routine:info:)`` when the SVD fails to
    ///   converge, ``LinearAlgebraError/dimensionTooLarge(operation:value:)``,
    ///   ``LinearAlgebraError/internalFailure(routine:info:)``.
    public func leastSquares(_ b: Matrix, rcond: Double = -1) throws(LinearAlgebraError) -> LeastSquaresSolution {
        let operation = "leastSquares"
        guard b.rows == rows else {
            throw .dimensionMismatch(operation: operation, left: shape, right: b.shape)
        }
        try requireFinite(operation)
        try b.requireFinite(operation)
        guard !rcond.isNaN else { throw .nonFinite(operation: operation) }
        guard rows > 0, columns > 0 else {
            return LeastSquaresSolution(solution: Matrix(rows: columns, columns: b.columns),
                                        rank: 0, singularValues: [])
        }

        let m = try int32(rows, operation)
        let n = try int32(columns, operation)
        let nrhs = try int32(b.columns, operation)
        let lda = try leadingDimension(rows, operation)
        let ldbCount = max(rows, columns)
        let ldb = try leadingDimension(ldbCount, operation)

        var a = elements  // overwritten by dgelsd
        // B must have room for the n-row solution when the system is under-determined.
        var bx = [Double](repeating: 0, count: ldbCount * b.columns)
        for j in 0..<b.columns {
            for i in 0..<rows { bx[i + j * ldbCount] = b.elements[i + j * rows] }
        }
        var singularValues = [Double](repeating: 0, count: min(rows, columns))
        var rank: Int32 = 0

        let info = a.withUnsafeMutableBufferPointer { ap in
            bx.withUnsafeMutableBufferPointer { bp in
                singularValues.withUnsafeMutableBufferPointer { sp in
                    LAPACKE_dgelsd(columnMajorLayout, m, n, nrhs, ap.baseAddress, lda,
                                   bp.baseAddress, ldb, sp.baseAddress, rcond, &rank)
                }
            }
        }
        try checkInternal(info, "dgelsd")
        if info > 0 { throw .noConvergence(routine: "dgelsd", info: info) }

        var x = [Double](repeating: 0, count: columns * b.columns)
        for j in 0..<b.columns {
            for i in 0..<columns { x[i + j * columns] = bx[i + j * ldbCount] }
        }
        let solution = Matrix(rows: columns, columns: b.columns, unchecked: x)
        try solution.requireFinite(operation)
        return LeastSquaresSolution(solution: solution, rank: Int(rank), singularValues: singularValues)
    }
}
