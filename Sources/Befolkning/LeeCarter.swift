import Foundation
import LinearAlgebra

/// The Lee–Carter model of mortality: log m(x, t) = a(x) + b(x)·k(t), with a(x) the mean log rate at each
/// age, and b and k the first singular vectors of the centred matrix of log rates (ages × years), normalised
/// so that Σ b = 1 and Σ k = 0. The mortality index k follows a random walk with drift: its yearly change
/// has mean `drift` and standard deviation `sigma`.
public struct LeeCarter: Equatable, Sendable {
    /// Mean log rate by age.
    public let a: [Double]
    /// Sensitivity of each age's log rate to the index.
    public let b: [Double]
    /// The fitted index, one value per year of the fit.
    public let k: [Double]
    /// Mean yearly change of k.
    public let drift: Double
    /// Standard deviation of the yearly change of k around the drift.
    public let sigma: Double

    /// The standard error of the estimated drift: `sigma` / √(number of yearly changes).
    public var driftMedelfel: Double { sigma / Double(max(k.count - 1, 1)).squareRoot() }

    /// Fits the model to rates `m[år][ålder]` (every rate positive) by SVD of the centred log rates.
    public init(m: [[Double]]) throws(BefolkningsFel) {
        let ar = m.count
        guard ar >= 3, let aldrar = m.first?.count, aldrar > 0, m.allSatisfy({ $0.count == aldrar }) else {
            throw .ogiltigaData("Lee–Carter behöver minst tre år med dödstal för varje ålder")
        }
        guard m.allSatisfy({ $0.allSatisfy { $0 > 0 && $0.isFinite } }) else {
            throw .ogiltigaData("Lee–Carter behöver positiva dödstal i varje ålder och år")
        }
        let logm = m.map { $0.map { log($0) } }
        let a = (0..<aldrar).map { x in logm.reduce(0) { $0 + $1[x] } / Double(ar) }
        var centrerad = Matrix(rows: aldrar, columns: ar)
        for t in 0..<ar { for x in 0..<aldrar { centrerad[x, t] = logm[t][x] - a[x] } }
        let svd: SingularValueDecomposition
        do { svd = try centrerad.singularValueDecomposition() } catch { throw .berakningsfel(error) }
        let u = svd.u.column(0)
        let summa = u.reduce(0, +)
        guard abs(summa) > 1e-12 else { throw .ogiltigaData("Lee–Carter: åldersmönstret saknar en gemensam trend") }
        let b = u.map { $0 / summa }
        let k = (0..<ar).map { svd.singularValues[0] * svd.vTransposed[0, $0] * summa }
        try self.init(a: a, b: b, k: k)
    }

    /// A model from given parameters; drift and sigma are estimated from `k`.
    public init(a: [Double], b: [Double], k: [Double]) throws(BefolkningsFel) {
        guard a.count == b.count, k.count >= 3 else { throw .ogiltigaData("Lee–Carter: a och b ska vara lika långa, k minst tre år") }
        let steg = zip(k.dropFirst(), k).map { $0 - $1 }
        let drift = steg.reduce(0, +) / Double(steg.count)
        let varians = steg.reduce(0) { $0 + ($1 - drift) * ($1 - drift) } / Double(steg.count - 1)
        self.a = a
        self.b = b
        self.k = k
        self.drift = drift
        self.sigma = varians.squareRoot()
    }

    /// The rates at index value `k`: exp(a + b·k).
    public func m(k: Double) -> [Double] { zip(a, b).map { exp($0 + $1 * k) } }
}
