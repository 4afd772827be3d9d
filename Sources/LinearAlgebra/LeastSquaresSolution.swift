/// Result of ``Matrix/leastSquares(_:rcond:)``.
public struct LeastSquaresSolution: Equatable, Sendable {
    /// The minimum-norm solution `X` (`columns × b.columns`) minimising `‖A X − B‖₂`
    /// column by column.
    public let solution: Matrix
    /// The effective rank of `A`: the number of singular values greater than
    /// `rcond * largest singular value`.
    public let rank: Int
    /// The singular values of `A` in decreasing order (`min(rows, columns)` values).
    public let singularValues: [Double]
}
