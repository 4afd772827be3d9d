/// Eigen-decomposition `A = V Λ Vᵀ` of a symmetric matrix, produced by
/// ``Matrix/symmetricEigen()``.
public struct SymmetricEigenDecomposition: Equatable, Sendable {
    /// The eigenvalues in ascending order (the diagonal of `Λ`).
    public let values: [Double]
    /// The orthonormal eigenvectors as columns: column `k` belongs to `values[k]`
    /// (so `A V = V Λ` and `Vᵀ V = I`). Each vector's sign is arbitrary.
    public let vectors: Matrix
}
