extension Matrix {
    /// The `n × n` lower-triangular matrix of ones (`L[i, j] = 1` for `j <= i`, else 0).
    ///
    /// `L * X` gives the running (cumulative) sums down each column of `X`:
    /// `(L * X)[i, c] = X[0, c] + X[1, c] + … + X[i, c]`. Domain code uses this to turn a
    /// `periods × scenarios` matrix of monthly changes into balances for every scenario with a
    /// single `dgemm` call.
    ///
    /// - Precondition: `n >= 0`.
    public static func cumulativeSum(_ n: Int) -> Matrix {
        var result = Matrix(rows: n, columns: n)
        for j in 0..<n {
            for i in j..<n { result[i, j] = 1 }
        }
        return result
    }
}
