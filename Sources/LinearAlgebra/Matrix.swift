/// A dense matrix of `Double` values stored in **column-major** order.
///
/// Element `(i, j)` (row `i`, column `j`, both 0-based) lives at `elements[i + j * rows]`,
/// which is the layout BLAS and LAPACK expect, so no copying or transposition is needed at
/// the library boundary. Use ``init(rowMajor:)`` for a readable literal form:
///
/// ```swift
/// let a = try Matrix(rowMajor: [[1, 2, 3],
///                               [4, 5, 6]])   // 2×3
/// a[1, 0]      // 4
/// a.elements   // [1, 4, 2, 5, 3, 6]
/// ```
///
/// `Matrix` is a value type: copies are independent (copy-on-write through the array).
public struct Matrix: Equatable, Sendable {
    /// Number of rows.
    public let rows: Int
    /// Number of columns.
    public let columns: Int
    /// The elements in column-major order: element `(i, j)` is `elements[i + j * rows]`.
    public private(set) var elements: [Double]

    /// Creates a `rows × columns` matrix with every element equal to `value`.
    ///
    /// - Precondition: `rows >= 0` and `columns >= 0`.
    public init(rows: Int, columns: Int, repeating value: Double = 0) {
        precondition(rows >= 0 && columns >= 0, "Matrix dimensions must be non-negative")
        self.rows = rows
        self.columns = columns
        self.elements = Array(repeating: value, count: Matrix.elementCount(rows, columns))
    }

    /// Creates a matrix from elements already in column-major order
    /// (element `(i, j)` at `elements[i + j * rows]`).
    ///
    /// - Throws: ``LinearAlgebraError/elementCountMismatch(expected:actual:)`` when
    ///   `elements.count != rows * columns`.
    /// - Precondition: `rows >= 0` and `columns >= 0`.
    public init(rows: Int, columns: Int, columnMajor elements: [Double]) throws(LinearAlgebraError) {
        precondition(rows >= 0 && columns >= 0, "Matrix dimensions must be non-negative")
        let expected = Matrix.elementCount(rows, columns)
        guard elements.count == expected else {
            throw .elementCountMismatch(expected: expected, actual: elements.count)
        }
        self.rows = rows
        self.columns = columns
        self.elements = elements
    }

    /// Creates a matrix from a list of rows — the readable literal form.
    ///
    /// An empty list gives a 0×0 matrix.
    ///
    /// - Throws: ``LinearAlgebraError/raggedRows(row:expected:actual:)`` when a row's length
    ///   differs from the first row's.
    public init(rowMajor rowList: [[Double]]) throws(LinearAlgebraError) {
        let columnCount = rowList.first?.count ?? 0
        for (index, row) in rowList.enumerated() where row.count != columnCount {
            throw .raggedRows(row: index, expected: columnCount, actual: row.count)
        }
        var storage = [Double](repeating: 0, count: rowList.count * columnCount)
        for (i, row) in rowList.enumerated() {
            for (j, value) in row.enumerated() {
                storage[i + j * rowList.count] = value
            }
        }
        self.rows = rowList.count
        self.columns = columnCount
        self.elements = storage
    }

    /// Internal memberwise initializer for results computed by this module; the caller
    /// guarantees `elements.count == rows * columns`.
    init(rows: Int, columns: Int, unchecked elements: [Double]) {
        assert(rows >= 0 && columns >= 0 && elements.count == rows * columns)
        self.rows = rows
        self.columns = columns
        self.elements = elements
    }

    /// Creates an `n × 1` column vector.
    public init(column: [Double]) {
        self.rows = column.count
        self.columns = 1
        self.elements = column
    }

    /// The `n × n` identity matrix.
    ///
    /// - Precondition: `n >= 0`.
    public static func identity(_ n: Int) -> Matrix {
        var result = Matrix(rows: n, columns: n)
        for i in 0..<n { result.elements[i + i * n] = 1 }
        return result
    }

    /// The dimensions as a ``Shape``.
    public var shape: Shape { Shape(rows: rows, columns: columns) }

    /// Element at row `row`, column `column` (0-based).
    ///
    /// - Precondition: both indices are in range.
    public subscript(row: Int, column: Int) -> Double {
        get {
            precondition(row >= 0 && row < rows && column >= 0 && column < columns,
                         "Matrix index (\(row), \(column)) out of range for \(shape)")
            return elements[row + column * rows]
        }
        set {
            precondition(row >= 0 && row < rows && column >= 0 && column < columns,
                         "Matrix index (\(row), \(column)) out of range for \(shape)")
            elements[row + column * rows] = newValue
        }
    }

    /// A copy of column `j` (0-based), top to bottom.
    ///
    /// - Precondition: `0 <= j < columns`.
    public func column(_ j: Int) -> [Double] {
        precondition(j >= 0 && j < columns, "Column \(j) out of range for \(shape)")
        return Array(elements[(j * rows)..<((j + 1) * rows)])
    }

    /// A copy of row `i` (0-based), left to right.
    ///
    /// - Precondition: `0 <= i < rows`.
    public func row(_ i: Int) -> [Double] {
        precondition(i >= 0 && i < rows, "Row \(i) out of range for \(shape)")
        return (0..<columns).map { elements[i + $0 * rows] }
    }

    /// The transpose: a `columns × rows` matrix with `result[j, i] == self[i, j]`.
    public var transposed: Matrix {
        var result = Matrix(rows: columns, columns: rows)
        for j in 0..<columns {
            for i in 0..<rows {
                result.elements[j + i * columns] = elements[i + j * rows]
            }
        }
        return result
    }

    /// `rows * columns`, trapping with a clear message if the product overflows `Int`.
    private static func elementCount(_ rows: Int, _ columns: Int) -> Int {
        let (count, overflow) = rows.multipliedReportingOverflow(by: columns)
        precondition(!overflow, "Matrix of \(rows)×\(columns) elements is too large")
        return count
    }
}

extension Matrix {
    /// Calls `body` with the elements in column-major order for in-place updates, without copying: for
    /// batch kernels that update every element between matrix products.
    public mutating func withUnsafeMutableElements<R>(
        _ body: (UnsafeMutableBufferPointer<Double>) throws -> R
    ) rethrows -> R {
        try elements.withUnsafeMutableBufferPointer { try body($0) }
    }
}
