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
        let n = start.count
        let d = Double(max(n, 2))  // one dimension keeps the classic coefficients
        let reflection = 1.0, expansion = 1 + 2 / d
        let contraction = 0.75 - 1 / (2 * d), shrinkage = 1 - 1 / d
        var evaluations = 0
        func value(_ x: [Double]) -> Double {
            evaluations += 1
            let f = objective(x)
            return f.isNaN ? .infinity : f
        }

        var vertices = [start]
        for i in 0..<n {
            var vertex = start
            vertex[i] += steps[i]
            vertices.append(vertex)
        }
        var values = vertices.map(value)
        var centroid = [Double](repeating: 0, count: n)
        var trial = start

        while evaluations < maxEvaluations {
            var bestIndex = 0, worstIndex = 0
            for i in 1...n {
                if values[i] < values[bestIndex] { bestIndex = i }
                if values[i] >= values[worstIndex] { worstIndex = i }
            }
            if bestIndex == worstIndex { worstIndex = bestIndex == 0 ? 1 : 0 }
            var secondWorst = -Double.infinity
            for i in 0...n where i != worstIndex { secondWorst = max(secondWorst, values[i]) }
            let best = values[bestIndex], worst = values[worstIndex]
            if worst.isFinite, worst - best <= tolerance * (abs(best) + tolerance) { break }

            for j in 0..<n { centroid[j] = 0 }
            for i in 0...n where i != worstIndex {
                for j in 0..<n { centroid[j] += vertices[i][j] / Double(n) }
            }
            func point(_ coefficient: Double) -> [Double] {
                for j in 0..<n { trial[j] = centroid[j] + coefficient * (centroid[j] - vertices[worstIndex][j]) }
                return trial
            }
            let reflected = point(reflection)
            let fReflected = value(reflected)
            if fReflected < best {
                let expanded = point(expansion)
                let fExpanded = value(expanded)
                if fExpanded < fReflected {
                    vertices[worstIndex] = expanded; values[worstIndex] = fExpanded
                } else {
                    vertices[worstIndex] = reflected; values[worstIndex] = fReflected
                }
            } else if fReflected < secondWorst {
                vertices[worstIndex] = reflected; values[worstIndex] = fReflected
            } else {
                let outside = fReflected < worst
                let contracted = point(outside ? contraction : -contraction)
                let fContracted = value(contracted)
                if fContracted < min(fReflected, worst) {
                    vertices[worstIndex] = contracted; values[worstIndex] = fContracted
                } else {
                    for i in 0...n where i != bestIndex {
                        for j in 0..<n {
                            vertices[i][j] = vertices[bestIndex][j] + shrinkage * (vertices[i][j] - vertices[bestIndex][j])
                        }
                        values[i] = value(vertices[i])
                    }
                }
            }
        }
        let bestIndex = values.indices.min { values[$0] < values[$1] }!
        return OptimizationResult(point: vertices[bestIndex], value: values[bestIndex], evaluations: evaluations)
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
