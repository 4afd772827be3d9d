import LinearAlgebra

extension Matrix {
    /// A random symmetric matrix `(M + Mᵀ) / 2`.
    static func randomSymmetric(_ n: Int, using generator: inout SplitMix64) -> Matrix {
        let m = Matrix.random(rows: n, columns: n, using: &generator)
        var result = Matrix(rows: n, columns: n)
        for j in 0..<n {
            for i in 0..<n { result[i, j] = (m[i, j] + m[j, i]) / 2 }
        }
        return result
    }
}

/// Reference product with the textbook triple loop.
func naiveProduct(_ a: Matrix, _ b: Matrix) -> Matrix {
    precondition(a.columns == b.rows)
    var c = Matrix(rows: a.rows, columns: b.columns)
    for i in 0..<a.rows {
        for j in 0..<b.columns {
            var sum = 0.0
            for k in 0..<a.columns { sum += a[i, k] * b[k, j] }
            c[i, j] = sum
        }
    }
    return c
}

/// Largest element-wise absolute difference (infinity if the shapes differ).
func maxDifference(_ a: Matrix, _ b: Matrix) -> Double {
    guard a.shape == b.shape else { return .infinity }
    return zip(a.elements, b.elements).map { abs($0 - $1) }.max() ?? 0
}

/// Largest element-wise absolute difference of two vectors (infinity if lengths differ).
func maxDifference(_ a: [Double], _ b: [Double]) -> Double {
    guard a.count == b.count else { return .infinity }
    return zip(a, b).map { abs($0 - $1) }.max() ?? 0
}

/// Shorthand for the row-major literal form in tests.
func matrix(_ rows: [[Double]]) throws -> Matrix {
    try Matrix(rowMajor: rows)
}
