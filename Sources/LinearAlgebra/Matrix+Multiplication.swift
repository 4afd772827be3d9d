import CLapack

extension Matrix {
    /// Matrix product `op(self) * op(other)` via BLAS `dgemm`, where `op(X)` is `X` or `Xᵀ`
    /// according to `transposingSelf` / `transposingOther`.
    ///
    /// Transposition is done by BLAS, so `a.multiplied(by: b, transposingSelf: true)` is
    /// cheaper than `a.transposed.multiplied(by: b)`.
    ///
    /// - Throws: ``LinearAlgebraError/dimensionMismatch(operation:left:right:)`` (operation
    ///   `"multiply"`, shapes reported *after* transposition) when the inner dimensions differ;
    ///   ``LinearAlgebraError/nonFinite(operation:)`` when an operand contains NaN/infinity or
    ///   the product overflows; ``LinearAlgebraError/dimensionTooLarge(operation:value:)``.
    public func multiplied(
        by other: Matrix, transposingSelf: Bool = false, transposingOther: Bool = false
    ) throws(LinearAlgebraError) -> Matrix {
        let operation = "multiply"
        let left = transposingSelf ? Shape(rows: columns, columns: rows) : shape
        let right = transposingOther ? Shape(rows: other.columns, columns: other.rows) : other.shape
        guard left.columns == right.rows else {
            throw .dimensionMismatch(operation: operation, left: left, right: right)
        }
        try requireFinite(operation)
        try other.requireFinite(operation)

        var product = [Double](repeating: 0, count: left.rows * right.columns)
        // Empty result, or empty inner dimension (sum over nothing = 0): nothing to compute.
        guard left.rows > 0, right.columns > 0, left.columns > 0 else {
            return Matrix(rows: left.rows, columns: right.columns, unchecked: product)
        }

        let m = try int32(left.rows, operation)
        let n = try int32(right.columns, operation)
        let k = try int32(left.columns, operation)
        let lda = try leadingDimension(rows, operation)
        let ldb = try leadingDimension(other.rows, operation)
        let ldc = try leadingDimension(left.rows, operation)
        let transA = transposingSelf ? CblasTrans : CblasNoTrans
        let transB = transposingOther ? CblasTrans : CblasNoTrans

        elements.withUnsafeBufferPointer { a in
            other.elements.withUnsafeBufferPointer { b in
                product.withUnsafeMutableBufferPointer { c in
                    cblas_dgemm(CblasColMajor, transA, transB, m, n, k,
                                1.0, a.baseAddress, lda, b.baseAddress, ldb,
                                0.0, c.baseAddress, ldc)
                }
            }
        }
        let result = Matrix(rows: left.rows, columns: right.columns, unchecked: product)
        try result.requireFinite(operation)
        return result
    }

    /// Matrix–vector product `op(self) * vector` via BLAS `dgemv`, where `op(self)` is `self`
    /// or `selfᵀ`.
    ///
    /// - Throws: ``LinearAlgebraError/dimensionMismatch(operation:left:right:)`` (operation
    ///   `"multiply"`, the vector reported as an `n×1` shape) when `vector.count` differs from
    ///   the number of columns of `op(self)`; ``LinearAlgebraError/nonFinite(operation:)``;
    ///   ``LinearAlgebraError/dimensionTooLarge(operation:value:)``.
    public func multiplied(
        by vector: [Double], transposingSelf: Bool = false
    ) throws(LinearAlgebraError) -> [Double] {
        let operation = "multiply"
        let left = transposingSelf ? Shape(rows: columns, columns: rows) : shape
        guard left.columns == vector.count else {
            throw .dimensionMismatch(operation: operation, left: left,
                                     right: Shape(rows: vector.count, columns: 1))
        }
        try requireFinite(operation)
        try vector.requireFinite(operation)

        var result = [Double](repeating: 0, count: left.rows)
        guard rows > 0, columns > 0 else { return result }

        let m = try int32(rows, operation)
        let n = try int32(columns, operation)
        let lda = try leadingDimension(rows, operation)
        let trans = transposingSelf ? CblasTrans : CblasNoTrans

        elements.withUnsafeBufferPointer { a in
            vector.withUnsafeBufferPointer { x in
                result.withUnsafeMutableBufferPointer { y in
                    cblas_dgemv(CblasColMajor, trans, m, n,
                                1.0, a.baseAddress, lda, x.baseAddress, 1,
                                0.0, y.baseAddress, 1)
                }
            }
        }
        try result.requireFinite(operation)
        return result
    }
}
