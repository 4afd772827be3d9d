/// The dimensions of a matrix: number of rows and number of columns.
///
/// Used by ``Matrix`` and in ``LinearAlgebraError`` to describe incompatible operands.
public struct Shape: Hashable, Sendable, CustomStringConvertible {
    /// Number of rows.
    public let rows: Int
    /// Number of columns.
    public let columns: Int

    /// Creates a shape with the given number of rows and columns.
    public init(rows: Int, columns: Int) {
        self.rows = rows
        self.columns = columns
    }

    /// `true` when the shape has as many rows as columns.
    public var isSquare: Bool { rows == columns }

    /// The shape written as `rows×columns`, e.g. `3×2`.
    public var description: String { "\(rows)×\(columns)" }
}
