extension Matrix: CustomStringConvertible {
    /// Largest number of rows/columns printed in full by ``description``.
    private static let printLimit = 8

    /// A readable multi-line rendering, e.g.
    ///
    /// ```
    /// Matrix 2×2
    /// [1.0, 2.0]
    /// [3.0, 4.0]
    /// ```
    ///
    /// Large matrices are abbreviated with `…` after the first few rows and columns.
    public var description: String {
        var lines = ["Matrix \(shape)"]
        let limit = Matrix.printLimit
        for i in 0..<min(rows, limit) {
            var cells = (0..<min(columns, limit)).map { String(self[i, $0]) }
            if columns > limit { cells.append("…") }
            lines.append("[" + cells.joined(separator: ", ") + "]")
        }
        if rows > limit { lines.append("…") }
        return lines.joined(separator: "\n")
    }
}
