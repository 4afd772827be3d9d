import LinearAlgebra

/// Minimises ½‖r(u)‖² over the unit box [0, 1]ⁿ by Levenberg–Marquardt with a forward-difference Jacobian:
///
///   δ = argmin ‖J δ + r‖² + μ ‖δ‖²   (solved as the least-squares problem [J; √μ I] δ = [−r; 0]),
///   u ← clip(u + δ) when that lowers ‖r‖², μ ← μ/3; otherwise μ ← 4μ and the step is tried again.
///
/// The damping rows keep the system full-rank when a parameter moves no residual (a zero column of J, as on a
/// flat piece of a capacity limit), so such a parameter stays where it is instead of jumping. Steps leaving the
/// box are clipped to it (a projected step; Kanzow, Yamashita and Fukushima, J. Comput. Appl. Math. 172, 2004).
/// Callers scale their parameters to the unit box.
struct BoundedLevenbergMarquardt {
    /// Forward-difference step in unit coordinates: well above rounding of the model's sums, far below any
    /// parameter's meaningful digits.
    static let differenceStep = 1e-6
    /// The first damping: nearly a Gauss–Newton step.
    static let initialDamping = 1e-3
    /// The damping beyond which no step lowers the sum: the search has stopped.
    static let maximumDamping = 1e10
    /// At most this many accepted steps.
    static let maximumIterations = 200
    /// A step that lowers the sum by less than this share of it ends the search.
    static let relativeDecrease = 1e-12

    /// The lowest point found from `start`, its sum of squares and the number of evaluations of `r`; `r`
    /// returns nil where the model cannot be computed (treated as no improvement).
    func minimise(_ r: ([Double]) -> [Double]?, from start: [Double]) -> (x: [Double], value: Double, evaluations: Int) {
        func clip(_ u: [Double]) -> [Double] { u.map { min(max($0, 0), 1) } }
        func summa(_ v: [Double]) -> Double { v.reduce(0) { $0 + $1 * $1 } }
        var u = clip(start)
        guard var res = r(u) else { return (u, .infinity, 1) }
        var f = summa(res), evaluations = 1
        var mu = Self.initialDamping
        let n = u.count, m = res.count
        iterations: for _ in 0..<Self.maximumIterations {
            var jacobian = Matrix(rows: m + n, columns: n)
            for j in 0..<n {
                var v = u
                let h = u[j] + Self.differenceStep <= 1 ? Self.differenceStep : -Self.differenceStep
                v[j] += h
                guard let rv = r(v) else { continue }
                evaluations += 1
                for i in 0..<m { jacobian[i, j] = (rv[i] - res[i]) / h }
            }
            while mu <= Self.maximumDamping {
                for j in 0..<n { jacobian[m + j, j] = mu.squareRoot() }
                guard let delta = try? jacobian.leastSquares(Matrix(column: res.map { -$0 } + [Double](repeating: 0, count: n))) else { break iterations }
                let v = clip(zip(u, (0..<n).map { delta.solution[$0, 0] }).map { $0 + $1 })
                guard v != u else { break iterations }
                evaluations += 1
                if let rv = r(v), summa(rv) < f {
                    let fNy = summa(rv)
                    let liten = f - fNy <= Self.relativeDecrease * f
                    (u, res, f) = (v, rv, fNy)
                    mu = max(mu / 3, 1e-15)
                    if liten { break iterations }
                    continue iterations
                }
                mu *= 4
            }
            break
        }
        return (u, f, evaluations)
    }
}
