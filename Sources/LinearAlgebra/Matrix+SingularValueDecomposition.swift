import CLapack

extension Matrix {
    /// Singular value decomposition `A = U Σ Vᵀ` via LAPACK `dgesdd` (divide and conquer).
    ///
    /// - Parameter thin: `true` (the default) returns `U` as `m × k` and `Vᵀ` as `k × n` with
    ///   `k = min(m, n)`; `false` returns the full square `U` (`m × m`) and `Vᵀ` (`n × n`).
    /// - Returns: the singular values in descending order and the matching singular vectors.
    ///   For an empty matrix there are no singular values; the thin factors are then empty
    ///   and the full ones identity matrices.
    /// - Throws: ``LinearAlgebraError/nonFinite(operation:)`` (operation
    ///   `"singularValueDecomposition"`) for NaN/infinite input or singular values that
    ///   overflow, ``LinearAlgebraError/noConvergence(routine:info:)`` when `dgesdd` fails to
    ///   converge, ``LinearAlgebraError/dimensionTooLarge(operation:value:)``,
    ///   ``LinearAlgebraError/internalFailure(routine:info:)``.
    public func singularValueDecomposition(thin: Bool = true) throws(LinearAlgebraError) -> SingularValueDecomposition {
        let operation = "singularValueDecomposition"
        try requireFinite(operation)
        let k = min(rows, columns)
        let uColumns = thin ? k : rows
        let vtRows = thin ? k : columns
        guard k > 0 else {
            return SingularValueDecomposition(
                u: thin ? Matrix(rows: rows, columns: 0) : Matrix.identity(rows),
                singularValues: [],
                vTransposed: thin ? Matrix(rows: 0, columns: columns) : Matrix.identity(columns))
        }

        let m = try int32(rows, operation)
        let n = try int32(columns, operation)
        let lda = try leadingDimension(rows, operation)
        let ldu = try leadingDimension(rows, operation)
        let ldvt = try leadingDimension(vtRows, operation)
        var a = elements  // destroyed by dgesdd
        var singularValues = [Double](repeating: 0, count: k)
        var u = [Double](repeating: 0, count: rows * uColumns)
        var vt = [Double](repeating: 0, count: vtRows * columns)

        let info = a.withUnsafeMutableBufferPointer { ap in
            singularValues.withUnsafeMutableBufferPointer { sp in
                u.withUnsafeMutableBufferPointer { up in
                    vt.withUnsafeMutableBufferPointer { vp in
                        LAPACKE_dgesdd(columnMajorLayout, lapackChar(thin ? "S" : "A"), m, n,
                                       ap.baseAddress, lda, sp.baseAddress,
                                       up.baseAddress, ldu, vp.baseAddress, ldvt)
                    }
                }
            }
        }
        try checkInternal(info, "dgesdd")
        if info > 0 { throw .noConvergence(routine: "dgesdd", info: info) }
        try singularValues.requireFinite(operation)  // σ₁ can exceed the largest Double

        return SingularValueDecomposition(
            u: Matrix(rows: rows, columns: uColumns, unchecked: u),
            singularValues: singularValues,
            vTransposed: Matrix(rows: vtRows, columns: columns, unchecked: vt))
    }

    /// The singular values alone, in descending order (`min(rows, columns)` values), via
    /// LAPACK `dgesdd` without singular vectors — cheaper than the full decomposition.
    ///
    /// - Throws: the same errors as ``singularValueDecomposition(thin:)``.
    public func singularValues() throws(LinearAlgebraError) -> [Double] {
        let operation = "singularValueDecomposition"
        try requireFinite(operation)
        let k = min(rows, columns)
        guard k > 0 else { return [] }

        let m = try int32(rows, operation)
        let n = try int32(columns, operation)
        let lda = try leadingDimension(rows, operation)
        var a = elements  // destroyed by dgesdd
        var values = [Double](repeating: 0, count: k)

        let info = a.withUnsafeMutableBufferPointer { ap in
            values.withUnsafeMutableBufferPointer { sp in
                // jobz "N": U and Vᵀ are not referenced, but the leading dimensions must be ≥ 1.
                LAPACKE_dgesdd(columnMajorLayout, lapackChar("N"), m, n, ap.baseAddress, lda,
                               sp.baseAddress, nil, 1, nil, 1)
            }
        }
        try checkInternal(info, "dgesdd")
        if info > 0 { throw .noConvergence(routine: "dgesdd", info: info) }
        try values.requireFinite(operation)
        return values
    }
}
