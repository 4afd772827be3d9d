extension Matrix {
    /// Element-wise sum.
    ///
    /// - Throws: ``LinearAlgebraError/dimensionMismatch(operation:left:right:)`` (operation
    ///   `"add"`) when the shapes differ; ``LinearAlgebraError/nonFinite(operation:)`` when an
    ///   operand or the result (overflow) contains NaN/infinity.
    public static func + (lhs: Matrix, rhs: Matrix) throws(LinearAlgebraError) -> Matrix {
        try elementwise(lhs, rhs, operation: "add", +)
    }

    /// Element-wise difference `lhs - rhs`.
    ///
    /// - Throws: ``LinearAlgebraError/dimensionMismatch(operation:left:right:)`` (operation
    ///   `"subtract"`) when the shapes differ; ``LinearAlgebraError/nonFinite(operation:)`` when
    ///   an operand or the result (overflow) contains NaN/infinity.
    public static func - (lhs: Matrix, rhs: Matrix) throws(LinearAlgebraError) -> Matrix {
        try elementwise(lhs, rhs, operation: "subtract", -)
    }

    private static func elementwise(
        _ lhs: Matrix, _ rhs: Matrix, operation: String, _ combine: (Double, Double) -> Double
    ) throws(LinearAlgebraError) -> Matrix {
        guard lhs.shape == rhs.shape else {
            throw .dimensionMismatch(operation: operation, left: lhs.shape, right: rhs.shape)
        }
        try lhs.requireFinite(operation)
        try rhs.requireFinite(operation)
        let combined = zip(lhs.elements, rhs.elements).map(combine)
        let result = Matrix(rows: lhs.rows, columns: lhs.columns, unchecked: combined)
        try result.requireFinite(operation)  // overflow to ±infinity
        return result
    }
}
