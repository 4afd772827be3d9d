/// Local minimisation by BFGS with central-difference gradients and a backtracking (Armijo) line search
/// (Nocedal & Wright 2006, algorithm 6.1): the polish after Nelder–Mead, which moves slowly in a dozen or
/// more dimensions once it is near an optimum. Points where the objective is +∞ or NaN are treated as
/// infeasible: the line search steps back from them.
struct QuasiNewton {
    /// Stop after this many iterations.
    var maxIterations: Int
    /// Stop when an iteration improves the objective by at most `tolerance·(|f| + tolerance)`.
    var tolerance: Double

    /// Minimises `objective` from `start`; returns `start`'s value unchanged when no descent is found.
    func minimize(_ objective: ([Double]) -> Double, from start: [Double]) -> OptimizationResult {
        let n = start.count
        var evaluations = 0
        func value(_ x: [Double]) -> Double {
            evaluations += 1
            let f = objective(x)
            return f.isNaN ? .infinity : f
        }
        func gradient(_ x: [Double]) -> [Double]? {
            var probe = x
            var g = [Double](repeating: 0, count: n)
            for i in 0..<n {
                let h = 1e-6 * max(abs(x[i]), 1)
                probe[i] = x[i] + h
                let up = value(probe)
                probe[i] = x[i] - h
                let down = value(probe)
                probe[i] = x[i]
                guard up.isFinite, down.isFinite else { return nil }
                g[i] = (up - down) / (2 * h)
            }
            return g
        }

        var x = start
        var f = value(x)
        guard f.isFinite, var g = gradient(x) else { return OptimizationResult(point: x, value: f, evaluations: evaluations) }
        // Inverse Hessian approximation, row-major; scaled after the first step.
        var inverse = [Double](repeating: 0, count: n * n)
        for i in 0..<n { inverse[i * n + i] = 1 }
        var first = true
        for _ in 0..<maxIterations {
            var direction = [Double](repeating: 0, count: n)
            for i in 0..<n {
                var sum = 0.0
                for j in 0..<n { sum -= inverse[i * n + j] * g[j] }
                direction[i] = sum
            }
            var slope = zip(direction, g).reduce(0) { $0 + $1.0 * $1.1 }
            if slope >= 0 {  // not a descent direction: fall back to steepest descent
                for i in 0..<n { inverse[i * n + i] = 1; direction[i] = -g[i] }
                for i in 0..<n { for j in 0..<n where j != i { inverse[i * n + j] = 0 } }
                slope = -g.reduce(0) { $0 + $1 * $1 }
            }
            var step = 1.0, candidate = x, fCandidate = Double.infinity
            while step > 1e-10 {
                for i in 0..<n { candidate[i] = x[i] + step * direction[i] }
                fCandidate = value(candidate)
                if fCandidate <= f + 1e-4 * step * slope { break }
                step *= 0.5
            }
            guard fCandidate < f, let gNew = gradient(candidate) else { break }
            let improvement = f - fCandidate
            let s = (0..<n).map { candidate[$0] - x[$0] }
            let y = (0..<n).map { gNew[$0] - g[$0] }
            let sy = zip(s, y).reduce(0) { $0 + $1.0 * $1.1 }
            x = candidate; f = fCandidate; g = gNew
            if improvement <= tolerance * (abs(f) + tolerance) { break }
            guard sy > 1e-12 else { continue }
            if first {
                let yy = y.reduce(0) { $0 + $1 * $1 }
                for i in 0..<n { inverse[i * n + i] = sy / yy }
                first = false
            }
            // H ← (I − ρsyᵀ) H (I − ρysᵀ) + ρssᵀ
            let rho = 1 / sy
            var hy = [Double](repeating: 0, count: n)
            for i in 0..<n { for j in 0..<n { hy[i] += inverse[i * n + j] * y[j] } }
            let yhy = zip(y, hy).reduce(0) { $0 + $1.0 * $1.1 }
            for i in 0..<n {
                for j in 0..<n {
                    inverse[i * n + j] += rho * ((1 + rho * yhy) * s[i] * s[j] - hy[i] * s[j] - s[i] * hy[j])
                }
            }
        }
        return OptimizationResult(point: x, value: f, evaluations: evaluations)
    }
}
