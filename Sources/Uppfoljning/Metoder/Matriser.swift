import LinearAlgebra

/// The fixed 12 × 12 matrices of the matrix methods and products whose errors come back as `PrognosFel`.
enum Matriser {
    /// L: lower triangle of ones. `L · X` is the year-to-date sum of every month, series and year.
    static let ackumulering = Matrix.cumulativeSum(12)

    /// U: ones strictly above the diagonal. Row m−1 of `U · B` is the budget of months m+1…12.
    static let aterstaende: Matrix = {
        var u = Matrix(rows: 12, columns: 12)
        for i in 0..<12 { for j in (i + 1)..<12 { u[i, j] = 1 } }
        return u
    }()

    /// diag(12/m) · L: row m−1 of the product with X is the run-rate prognosis after month m.
    static let runrate: Matrix = {
        var r = Matrix.cumulativeSum(12)
        for i in 0..<12 { for j in 0...i { r[i, j] = 12 / Double(i + 1) } }
        return r
    }()

    /// `a · b` through BLAS.
    static func produkt(_ a: Matrix, _ b: Matrix) throws(PrognosFel) -> Matrix {
        do {
            return try a.multiplied(by: b)
        } catch {
            throw .berakning(error.description)
        }
    }

    /// The same elements in the same column-major order, read as a `rader` × `kolumner` matrix.
    static func omformad(_ m: Matrix, rader: Int, kolumner: Int) throws(PrognosFel) -> Matrix {
        do {
            return try Matrix(rows: rader, columns: kolumner, columnMajor: m.elements)
        } catch {
            throw .berakning(error.description)
        }
    }
}
