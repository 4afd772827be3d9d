import CLapack

// Internal helpers shared by the BLAS/LAPACK wrappers. Nothing here is public.

/// LAPACKE layout constant for column-major storage.
let columnMajorLayout = Int32(LAPACK_COL_MAJOR)

/// Converts an ASCII character to the `char` expected by LAPACKE (`'L'`, `'V'`, ...).
func lapackChar(_ scalar: Unicode.Scalar) -> CChar {
    CChar(truncatingIfNeeded: UInt8(ascii: scalar))
}

/// Converts a dimension to `Int32`, throwing instead of trapping on overflow.
func int32(_ value: Int, _ operation: String) throws(LinearAlgebraError) -> Int32 {
    guard let converted = Int32(exactly: value) else {
        throw .dimensionTooLarge(operation: operation, value: value)
    }
    return converted
}

/// Leading dimension for a column-major array with `rows` rows (BLAS requires at least 1).
func leadingDimension(_ rows: Int, _ operation: String) throws(LinearAlgebraError) -> Int32 {
    try int32(max(1, rows), operation)
}

/// Maps a negative LAPACK `info` (illegal argument / allocation failure) to an error.
func checkInternal(_ info: Int32, _ routine: String) throws(LinearAlgebraError) {
    if info < 0 { throw .internalFailure(routine: routine, info: info) }
}

extension Matrix {
    /// `true` when every element is finite (no NaN, no ±infinity).
    var isFinite: Bool { elements.allSatisfy { $0.isFinite } }

    /// Throws ``LinearAlgebraError/nonFinite(operation:)`` unless every element is finite.
    func requireFinite(_ operation: String) throws(LinearAlgebraError) {
        guard isFinite else { throw .nonFinite(operation: operation) }
    }

    /// Throws ``LinearAlgebraError/notSquare(operation:shape:)`` unless the matrix is square.
    func requireSquare(_ operation: String) throws(LinearAlgebraError) {
        guard rows == columns else { throw .notSquare(operation: operation, shape: shape) }
    }

    /// Relative tolerance used by ``requireSymmetric()``: `|a[i,j] - a[j,i]|` may be at most
    /// `symmetryTolerance * max|a|`. Loose enough for matrices such as `M * Mᵀ` computed in
    /// floating point (whose two triangles may differ by rounding), tight enough to reject
    /// genuinely non-symmetric input.
    static let symmetryTolerance = 1e-10

    /// Throws ``LinearAlgebraError/notSymmetric`` unless the (square, finite) matrix is
    /// symmetric within ``symmetryTolerance`` relative to its largest element.
    func requireSymmetric() throws(LinearAlgebraError) {
        let limit = Matrix.symmetryTolerance * maxAbsoluteElement
        for j in 0..<columns {
            for i in (j + 1)..<max(j + 1, rows) where abs(self[i, j] - self[j, i]) > limit {
                throw .notSymmetric
            }
        }
    }
}

extension Array where Element == Double {
    /// Throws ``LinearAlgebraError/nonFinite(operation:)`` unless every element is finite.
    func requireFinite(_ operation: String) throws(LinearAlgebraError) {
        guard allSatisfy({ $0.isFinite }) else { throw .nonFinite(operation: operation) }
    }
}
