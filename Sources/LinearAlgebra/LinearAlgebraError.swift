/// Every way a ``Matrix`` operation can fail.
///
/// Errors are raised *before* any BLAS/LAPACK routine is called whenever the problem can be
/// detected up front (shapes, non-finite input, symmetry), so a failed operation never returns
/// partially computed or silently NaN-filled results.
public enum LinearAlgebraError: Error, Equatable, CustomStringConvertible {
    /// The operands of `operation` have incompatible shapes.
    case dimensionMismatch(operation: String, left: Shape, right: Shape)
    /// A flat element array did not contain `rows * columns` values.
    case elementCountMismatch(expected: Int, actual: Int)
    /// Row `row` (0-based) of a row-major literal had `actual` elements instead of `expected`.
    case raggedRows(row: Int, expected: Int, actual: Int)
    /// `operation` requires a square matrix but got one of shape `shape`.
    case notSquare(operation: String, shape: Shape)
    /// The LU factorisation found a zero (or numerically negligible) pivot at 1-based index `pivot`.
    case singular(pivot: Int)
    /// The matrix is not symmetric (within a relative tolerance).
    case notSymmetric
    /// The leading principal minor of order `leadingMinor` (1-based) is not positive.
    case notPositiveDefinite(leadingMinor: Int)
    /// The input (or, for an overflow, the result) of `operation` contains NaN or ±infinity.
    case nonFinite(operation: String)
    /// The iterative LAPACK routine `routine` did not converge (`info` is the LAPACK code).
    case noConvergence(routine: String, info: Int32)
    /// A dimension of `operation` does not fit in the 32-bit integers used by BLAS/LAPACK.
    case dimensionTooLarge(operation: String, value: Int)
    /// LAPACK reported an unexpected failure (illegal argument or out of memory), `info` is its code.
    case internalFailure(routine: String, info: Int32)

    /// A plain-language (Swedish) explanation of the error.
    public var description: String {
        switch self {
        case let .dimensionMismatch(operation, left, right):
            return "Dimensionerna passar inte ihop i \(operation): \(left) och \(right)."
        case let .elementCountMismatch(expected, actual):
            return "Fel antal element: matrisen behöver \(expected) värden men fick \(actual)."
        case let .raggedRows(row, expected, actual):
            return "Raderna är olika långa: rad \(row + 1) har \(actual) värden men rad 1 har \(expected)."
        case let .notSquare(operation, shape):
            return "\(operation) kräver en kvadratisk matris, men matrisen är \(shape)."
        case let .singular(pivot):
            return "Matrisen är singulär (pivot \(pivot) är noll): ekvationssystemet saknar entydig lösning."
        case .notSymmetric:
            return "Matrisen är inte symmetrisk."
        case let .notPositiveDefinite(leadingMinor):
            return "Matrisen är inte positivt definit (ledande minor av ordning \(leadingMinor) är inte positiv)."
        case let .nonFinite(operation):
            return "\(operation) stötte på NaN eller oändliga värden; beräkningen avbröts."
        case let .noConvergence(routine, info):
            return "Beräkningen konvergerade inte (\(routine), info = \(info))."
        case let .dimensionTooLarge(operation, value):
            return "Dimensionen \(value) är för stor för \(operation) (max \(Int32.max))."
        case let .internalFailure(routine, info):
            return "Internt fel i \(routine) (info = \(info))."
        }
    }
}
