import LinearAlgebra

/// Running sums over the plan years of many series at once: with the series as columns of F (years × series),
/// the sums are the one matrix product L · F, L the lower-triangular matrix of ones.
enum Kumulativ {
    /// Element (t, k) is the sum of series k over the years up to and including year t.
    static func summor(_ serier: [[Double]], ar: Int) throws(BudgetFel) -> Matrix {
        do {
            let f = try Matrix(rows: ar, columns: serier.count, columnMajor: serier.flatMap { $0 })
            return try Matrix.cumulativeSum(ar).multiplied(by: f)
        } catch {
            throw .berakningsfel(error)
        }
    }
}
