import Foundation

/// Maximum-likelihood estimation of one ETS model: smoothing parameters and initial states together, as
/// R's ets does, over R's default region (usual bounds and admissibility), but searched more thoroughly.
///
/// - Additive error: the initial states are solved exactly by least squares at every trial of the
///   smoothing parameters (``LinearStateProfile``), and Nelder–Mead searches the one to four smoothing
///   parameters from R's own starting point and from the best points of a coarse grid, three searches in
///   all.
/// - Multiplicative error: parameters and states are searched together. The starts are R's starting
///   values, the least-squares fit of the matching additive-error model, and the best points of the same
///   grid with that model's least-squares states at each point; one Nelder–Mead simplex from each screens
///   them, and from the two most promising Nelder–Mead with restarts alternates with a quasi-Newton (BFGS)
///   polish until neither improves.
///
/// R's starting point is always searched, whatever its likelihood, so that the search covers the basin
/// R's own optimiser starts in; the likelihood has several local optima, and the grid alone can miss it.
struct ETSEstimator {
    let series: [Double]
    let specification: ETSSpecification
    let period: Int

    /// The estimate and its `−2 log L` (R's `lik`).
    struct Estimate {
        var parameters: ETSParameters
        var state: ETSState
        var minusTwiceLogLikelihood: Double
    }

    private var transform: SmoothingTransform { SmoothingTransform(specification: specification) }
    private var region: ETSParameterRegion { ETSParameterRegion(specification: specification, period: period) }

    /// Full searches for additive error, R's starting point included; grid points kept for multiplicative
    /// error.
    private static let searchedStarts = 3
    /// Screened starting points searched in full for multiplicative error.
    private static let fullSearches = 2
    private static let optimiser = NelderMead(maxEvaluations: 2_000, tolerance: 1e-10)

    /// - Throws: ``ForecastingError/noModelFitted(count:)`` when no point of the search has a finite
    ///   likelihood.
    func estimate() throws(ForecastingError) -> Estimate {
        let estimate = specification.error == .additive ? additive() : multiplicative()
        guard let estimate, estimate.minusTwiceLogLikelihood.isFinite else {
            throw .noModelFitted(count: series.count)
        }
        return estimate
    }

    // MARK: Additive error

    private func additive() -> Estimate? {
        let start = ETSStartingValues.parameters(specification, period: period)
        var profile = LinearStateProfile(series: series, specification: specification, period: period)
        let region = self.region, transform = self.transform
        var scratch = [Double](repeating: 0, count: 3 * (region.period + 2))
        let n = Double(series.count)
        func objective(_ u: [Double]) -> Double {
            let p = transform.parameters(u)
            let inside = scratch.withUnsafeMutableBufferPointer {
                region.contains(alpha: p.alpha, beta: p.beta ?? 0, gamma: p.gamma ?? 0, phi: p.phi ?? 1, scratch: $0)
            }
            guard inside, let solution = profile.solve(p) else { return .infinity }
            return max(n * log(solution.sumOfSquares), -1e10)
        }
        let best = search(objective, always: [transform.coordinates(start)], candidates: gridCoordinates(),
                          dimension: transform.count)
        guard let best else { return nil }
        let parameters = transform.parameters(best.point)
        guard let solution = profile.solve(parameters) else { return nil }
        return Estimate(parameters: parameters, state: solution.state, minusTwiceLogLikelihood: best.value)
    }

    /// Coordinates of a coarse grid over the usual bounds (``gridParameters()``).
    private func gridCoordinates() -> [[Double]] { gridParameters().map(transform.coordinates) }

    /// A coarse grid over the usual bounds: α, β/α, γ/(1 − α) and φ at a few values each, shares near 1
    /// included because optima often lie on the bounds β = α or γ = 1 − α.
    private func gridParameters() -> [ETSParameters] {
        var points: [ETSParameters] = []
        for alpha in [0.02, 0.1, 0.25, 0.5, 0.75, 0.95] {
            for betaShare in specification.hasTrend ? [0.01, 0.1, 0.5, 0.95] : [0.0] {
                for gammaShare in specification.hasSeason ? [0.01, 0.1, 0.5, 0.95] : [0.0] {
                    for phi in specification.isDamped ? [0.82, 0.9, 0.97] : [1.0] {
                        points.append(ETSParameters(
                            alpha: alpha,
                            beta: specification.hasTrend ? betaShare * alpha : nil,
                            gamma: specification.hasSeason ? gammaShare * (1 - alpha) : nil,
                            phi: specification.isDamped ? phi : nil))
                    }
                }
            }
        }
        return points
    }

    /// Nelder–Mead with restarts from each of `always` and from the best of `candidates` up to
    /// ``searchedStarts`` searches in all; the best result.
    private func search(_ objective: ([Double]) -> Double, always: [[Double]], candidates: [[Double]],
                        dimension: Int) -> OptimizationResult? {
        let ranked = candidates.map { ($0, objective($0)) }.filter { $0.1.isFinite }.sorted { $0.1 < $1.1 }
        var best: OptimizationResult?
        let fixed = always.filter { objective($0).isFinite }
        for start in fixed + ranked.prefix(max(Self.searchedStarts - fixed.count, 0)).map(\.0) {
            let result = Self.optimiser.minimizeWithRestarts(
                objective, from: start, steps: Array(repeating: 0.5, count: dimension), maxRestarts: 6)
            if result.value < best?.value ?? .infinity { best = result }
        }
        return best
    }

    // MARK: Multiplicative error

    private func multiplicative() -> Estimate? {
        let region = self.region, transform = self.transform, specification = self.specification
        let m = region.period
        let scale = series.reduce(0) { $0 + abs($1) } / Double(series.count)
        var scratch = [Double](repeating: 0, count: 3 * (m + 2))
        var ring = [Double](repeating: 0, count: m)
        let k = transform.count
        let seasonalMultiplicative = specification.season == .multiplicative

        func state(_ u: [Double]) -> ETSState {
            var index = k
            let level = u[index] * scale
            index += 1
            var slope: Double?
            if specification.hasTrend { slope = u[index] * scale; index += 1 }
            var seasonal: [Double] = []
            if specification.hasSeason {
                seasonal = u[index...].map { seasonalMultiplicative ? $0 : $0 * scale }
                let sum = seasonal.reduce(0, +)
                seasonal.append(seasonalMultiplicative ? Double(m) - sum : -sum)
            }
            return ETSState(level: level, slope: slope, seasonal: seasonal)
        }
        func coordinates(_ parameters: ETSParameters, _ state: ETSState) -> [Double] {
            var u = transform.coordinates(parameters)
            u.append(state.level / scale)
            if let slope = state.slope { u.append(slope / scale) }
            u += state.seasonal.dropLast().map { seasonalMultiplicative ? $0 : $0 / scale }
            return u
        }
        // The region test for the smoothing parameters last tried: a step that moves only the initial
        // states (most of the quasi-Newton gradient's probes) does not repeat it.
        var testedSmoothing = [Double](repeating: .nan, count: k), testedInside = false
        func objective(_ u: [Double]) -> Double {
            let p = transform.parameters(u)
            if !(0..<k).allSatisfy({ u[$0] == testedSmoothing[$0] }) {
                testedInside = scratch.withUnsafeMutableBufferPointer {
                    region.contains(alpha: p.alpha, beta: p.beta ?? 0, gamma: p.gamma ?? 0, phi: p.phi ?? 1, scratch: $0)
                }
                for i in 0..<k { testedSmoothing[i] = u[i] }
            }
            guard testedInside else { return .infinity }
            // The state as ``state(_:)`` reads it, written straight into the ring (oldest first), without
            // building arrays at every evaluation.
            var index = k
            var level = u[index] * scale, slope = 0.0
            index += 1
            if specification.hasTrend { slope = u[index] * scale; index += 1 }
            if specification.hasSeason {
                var sum = 0.0
                for j in 0..<(m - 1) {
                    let value = seasonalMultiplicative ? u[index + j] : u[index + j] * scale
                    if seasonalMultiplicative, value < 0 { return .infinity }
                    ring[m - 1 - j] = value
                    sum += value
                }
                ring[0] = seasonalMultiplicative ? Double(m) - sum : -sum
                if seasonalMultiplicative, ring[0] < 0 { return .infinity }
            }
            let filter = ETSFilter(specification: specification, period: m, parameters: p)
            let totals = series.withUnsafeBufferPointer { y in
                ring.withUnsafeMutableBufferPointer { s in filter.run(y, level: &level, slope: &slope, seasonal: s) }
            }
            let value = ETSLikelihood.minusTwiceLogLikelihood(totals, count: series.count, error: .multiplicative)
            return max(value, -1e10)
        }

        var starts: [[Double]] = []
        if let heuristic = try? ETSStartingValues.state(series, specification: specification, period: period) {
            starts.append(coordinates(ETSStartingValues.parameters(specification, period: period), heuristic))
        }
        if let additive = additiveAnalogue() {
            starts.append(coordinates(additive.parameters, additive.state))
        }
        let grid = analogueGrid().map { coordinates($0.parameters, $0.state) }
        starts += grid.map { ($0, objective($0)) }.filter { $0.1.isFinite }.sorted { $0.1 < $1.1 }
            .prefix(Self.searchedStarts).map(\.0)
        let steps = (0..<k).map { _ in 0.5 } + (starts.first ?? []).dropFirst(k).map { max(0.1 * abs($0), 0.01) }
        let optimiser = NelderMead(maxEvaluations: 400 * (steps.count + 1), tolerance: 1e-10)
        let polish = QuasiNewton(maxIterations: 500, tolerance: 1e-12)
        // One simplex from every start screens them; the full search runs from the most promising.
        let screened = starts.filter { objective($0).isFinite }
            .map { optimiser.minimize(objective, from: $0, steps: steps) }.sorted { $0.value < $1.value }
        var best: OptimizationResult?
        for first in screened.prefix(Self.fullSearches) {
            var result = optimiser.minimizeWithRestarts(objective, from: first.point, steps: steps, maxRestarts: 10)
            // Alternate the polish and a fresh simplex while either still improves.
            for _ in 0..<5 {
                let polished = polish.minimize(objective, from: result.point)
                let again = optimiser.minimize(objective, from: polished.point, steps: steps)
                let next = again.value < polished.value ? again : polished
                guard next.value < result.value - 1e-9 * abs(result.value) else {
                    if next.value < result.value { result = next }
                    break
                }
                result = next
            }
            if result.value < best?.value ?? .infinity { best = result }
        }
        guard let best else { return nil }
        return Estimate(parameters: transform.parameters(best.point), state: state(best.point),
                        minusTwiceLogLikelihood: best.value)
    }

    /// The additive-error model with the same trend and an additive season.
    private var analogue: ETSSpecification {
        ETSSpecification(error: .additive, trend: specification.trend,
                         season: specification.hasSeason ? .additive : .none)
    }

    /// The additive-error analogue fitted by least squares, as a starting point (see ``asStart(_:)``).
    private func additiveAnalogue() -> Estimate? {
        ETSEstimator(series: series, specification: analogue, period: period).additive().flatMap(asStart)
    }

    /// The grid's smoothing parameters, each with the additive-error analogue's least-squares initial
    /// states at those parameters (see ``asStart(_:)``): starting points in every part of the region.
    private func analogueGrid() -> [Estimate] {
        var profile = LinearStateProfile(series: series, specification: analogue, period: period)
        return gridParameters().compactMap { parameters in
            profile.solve(parameters).flatMap {
                asStart(Estimate(parameters: parameters, state: $0.state, minusTwiceLogLikelihood: .nan))
            }
        }
    }

    /// An additive-error estimate as a start for this model: `nil` without a positive level; for a
    /// multiplicative season its seasonal terms become factors `1 + s/ℓ₀`, normalised to average 1.
    private func asStart(_ estimate: Estimate) -> Estimate? {
        guard estimate.state.level > 0 else { return nil }
        var estimate = estimate
        if specification.season == .multiplicative {
            let factors = estimate.state.seasonal.map { max(1 + $0 / estimate.state.level, 1e-2) }
            let mean = factors.reduce(0, +) / Double(factors.count)
            estimate.state.seasonal = factors.map { $0 / mean }
        }
        return estimate
    }
}
