/// Derivative-free minimisation by the Nelder–Mead simplex method (Nelder & Mead 1965), with the
/// dimension-adapted coefficients of Gao & Han (2012), which keep the simplex from collapsing in a dozen
/// or more dimensions. Points where the objective is +∞ or NaN are treated as infeasible.
struct NelderMead {
    /// Stop after this many evaluations of the objective.
    var maxEvaluations: Int
    /// Stop when the objective differs across the simplex by at most `tolerance·(|f_best| + tolerance)`.
    var tolerance: Double

    /// Minimises `objective` from the simplex spanned by `start` and `start + steps[i]·eᵢ`.
    func minimize(_ objective: ([Double]) -> Double, from start: [Double], steps: [Double]) -> OptimizationResult {
        minimize(bounded: { x, _ in objective(x) }, from: start, steps: steps)
    }

    /// ``minimize(_:from:steps:)`` for an objective that is told, at each point, the value below which the
    /// simplex would take the point: `objective(x, bound)` must return f(x) when f(x) < bound and may
    /// return any other value ≥ bound (or NaN) when f(x) ≥ bound. A point the simplex rejects then needs no
    /// exact value: the ETS likelihood leaves out its most expensive check of the region (a point outside
    /// is +∞, and so rejected anyway). The steps, the points and the result are those of
    /// ``minimize(_:from:steps:)`` with the exact f.
    func minimize(bounded objective: ([Double], Double) -> Double, from start: [Double],
                  steps: [Double]) -> OptimizationResult {
        let n = start.count
        let d = Double(max(n, 2))  // one dimension keeps the classic coefficients
        let reflection = 1.0, expansion = 1 + 2 / d
        let contraction = 0.75 - 1 / (2 * d), shrinkage = 1 - 1 / d
        var evaluations = 0
        func value(_ x: [Double], below bound: Double = .infinity) -> Double {
            evaluations += 1
            let f = objective(x, bound)
            return f.isNaN ? .infinity : f
        }

        // The simplex in one buffer, vertex i at i·n…i·n + n − 1; trial points are evaluated in place, so
        // a step allocates nothing. Buffers rather than arrays: the steps below read and write them without
        // checks of bounds or of exclusive access.
        let simplex = UnsafeMutableBufferPointer<Double>.allocate(capacity: (n + 1) * n)
        // Each vertex divided by n, kept beside the simplex and updated with it: the centroid is then a sum
        // with the same terms as Σ xᵢ/n, without n² divisions every step.
        let scaled = UnsafeMutableBufferPointer<Double>.allocate(capacity: (n + 1) * n)
        let values = UnsafeMutableBufferPointer<Double>.allocate(capacity: n + 1)
        let centroid = UnsafeMutableBufferPointer<Double>.allocate(capacity: n)
        defer {
            simplex.deallocate()
            scaled.deallocate()
            values.deallocate()
            centroid.deallocate()
        }
        for i in 0...n {
            for j in 0..<n { simplex[i * n + j] = start[j] }
            if i > 0 { simplex[i * n + i - 1] += steps[i - 1] }
        }
        let dimension = Double(n)
        for index in 0..<((n + 1) * n) { scaled[index] = simplex[index] / dimension }
        centroid.initialize(repeating: 0)
        var trial = start, other = start
        for i in 0...n {
            for j in 0..<n { trial[j] = simplex[i * n + j] }
            values[i] = value(trial)
        }
        func accept(_ point: [Double], _ f: Double, at i: Int) {
            for j in 0..<n {
                simplex[i * n + j] = point[j]
                scaled[i * n + j] = point[j] / dimension
            }
            values[i] = f
        }

        while evaluations < maxEvaluations {
            // The first lowest vertex and the last highest, as comparing each vertex with the ones found so far.
            var bestIndex = 0, worstIndex = 0
            var lowest = values[0], highest = values[0]
            for i in 1...n {
                let f = values[i]
                if f < lowest { lowest = f; bestIndex = i }
                if f >= highest { highest = f; worstIndex = i }
            }
            if bestIndex == worstIndex { worstIndex = bestIndex == 0 ? 1 : 0 }
            var secondWorst = -Double.infinity
            for i in 0...n where i != worstIndex { secondWorst = max(secondWorst, values[i]) }
            let best = values[bestIndex], worst = values[worstIndex]
            if worst.isFinite, worst - best <= tolerance * (abs(best) + tolerance) { break }

            Self.sum(UnsafeBufferPointer(scaled), skipping: worstIndex, dimension: n, into: centroid)
            let worstStart = worstIndex * n
            func point(_ coefficient: Double, into x: inout [Double]) {
                for j in 0..<n { x[j] = centroid[j] + coefficient * (centroid[j] - simplex[worstStart + j]) }
            }
            // Each trial is compared with the highest value that would still take it: the reflection with the
            // worst vertex (below it, the steps differ), the expansion with the reflection, the contraction
            // with the lower of the two.
            point(reflection, into: &trial)
            let fReflected = value(trial, below: worst)
            if fReflected < best {
                point(expansion, into: &other)
                let fExpanded = value(other, below: fReflected)
                if fExpanded < fReflected {
                    accept(other, fExpanded, at: worstIndex)
                } else {
                    accept(trial, fReflected, at: worstIndex)
                }
            } else if fReflected < secondWorst {
                accept(trial, fReflected, at: worstIndex)
            } else {
                let outside = fReflected < worst
                point(outside ? contraction : -contraction, into: &other)
                let fContracted = value(other, below: min(fReflected, worst))
                if fContracted < min(fReflected, worst) {
                    accept(other, fContracted, at: worstIndex)
                } else {
                    for i in 0...n where i != bestIndex {
                        for j in 0..<n {
                            simplex[i * n + j] = simplex[bestIndex * n + j] + shrinkage * (simplex[i * n + j] - simplex[bestIndex * n + j])
                            scaled[i * n + j] = simplex[i * n + j] / dimension
                        }
                        for j in 0..<n { trial[j] = simplex[i * n + j] }
                        values[i] = value(trial)
                    }
                }
            }
        }
        let bestIndex = (0...n).min { values[$0] < values[$1] }!
        return OptimizationResult(point: Array(UnsafeBufferPointer(rebasing: simplex[(bestIndex * n)..<(bestIndex * n + n)])),
                                  value: values[bestIndex], evaluations: evaluations)
    }

    /// `c[j] = Σ_{i ≠ skipped} x[i·n + j]` over the n + 1 vertices, added in the order of i starting from 0;
    /// four coordinates at a time.
    static func sum(_ x: UnsafeBufferPointer<Double>, skipping skipped: Int, dimension n: Int,
                    into c: UnsafeMutableBufferPointer<Double>) {
        let base = x.baseAddress!
        var j = 0
        while j + 4 <= n {
            var lanes = SIMD4<Double>()
            for i in 0...n where i != skipped {
                lanes += UnsafeRawPointer(base + i * n + j).loadUnaligned(as: SIMD4<Double>.self)
            }
            for k in 0..<4 { c[j + k] = lanes[k] }
            j += 4
        }
        while j < n {
            var total = 0.0
            for i in 0...n where i != skipped { total += base[i * n + j] }
            c[j] = total
            j += 1
        }
    }

    /// Minimises from `start`, then restarts from the best point with a fresh simplex as long as a restart
    /// improves the objective by more than the tolerance: a collapsed or stalled simplex gets a new shape.
    func minimizeWithRestarts(_ objective: ([Double]) -> Double, from start: [Double], steps: [Double],
                              maxRestarts: Int) -> OptimizationResult {
        var result = minimize(objective, from: start, steps: steps)
        var total = result.evaluations
        for _ in 0..<maxRestarts {
            let again = minimize(objective, from: result.point, steps: steps)
            total += again.evaluations
            let improved = again.value < result.value - tolerance * (abs(result.value) + tolerance)
            if again.value < result.value { result = again }
            if !improved { break }
        }
        result.evaluations = total
        return result
    }
}
