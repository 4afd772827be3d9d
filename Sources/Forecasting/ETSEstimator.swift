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
///   grid with that model's least-squares states at each point. Nelder–Mead runs from the start with the
///   highest likelihood, then a quasi-Newton (BFGS) polish; only when the polish still improves (the
///   simplex had stopped short) do a fresh simplex and the polish alternate until neither improves. The
///   same search runs from R's starting values when they are not the best start.
///
/// R's starting point is always searched, whatever its likelihood, so that the search covers the basin
/// R's own optimiser starts in; the likelihood has several local optima, and the grid alone can miss it.
///
/// With ``Effort/screening`` only the first search is made: the one from the best start. It is the first
/// step of the full search, which ``refined(_:)`` completes, so that a screened estimate refined is the
/// full estimate, number for number.
struct ETSEstimator {
    let series: [Double]
    let specification: ETSSpecification
    let period: Int
    /// How hard to search (see ``Effort``).
    var effort = Effort.full
    /// Work shared with the other candidates of one automatic choice; nil for one model alone.
    var shared: ETSSharedWork?

    /// How hard the search works.
    enum Effort {
        /// The whole search described above.
        case full
        /// The full search's first step, one search from the best start: a cheap estimate whose likelihood
        /// may fall short of the full search's, for screening candidates in automatic model choice.
        case screening
    }

    /// The estimate and its `−2 log L` (R's `lik`).
    struct Estimate {
        var parameters: ETSParameters
        var state: ETSState
        var minusTwiceLogLikelihood: Double
        /// Where the search stopped, in its own coordinates (for ``ETSEstimator/refined(_:)``).
        var coordinates: [Double] = []
    }

    /// The coordinates with multiplicative error saturate here (``SmoothingTransform/saturation``): a
    /// parameter within e⁻¹² ≈ 6·10⁻⁶ of its interval's width from a bound is on the bound. Smoothing
    /// parameters on their lower bounds are common in seasonal cost series, and without it the simplex
    /// from R's start spent most of its evaluations chasing them towards −∞. The additive-error search keeps
    /// the logistic function all the way: it searches at most four coordinates, and saturating them saved
    /// nothing measurable there.
    private static let saturation = 12.0
    private var transform: SmoothingTransform {
        SmoothingTransform(specification: specification,
                           saturation: specification.error == .multiplicative ? Self.saturation : nil)
    }
    private var region: ETSParameterRegion { ETSParameterRegion(specification: specification, period: period) }

    /// Full searches for additive error, R's starting point included; grid points kept as starts for
    /// multiplicative error.
    private static let searchedStarts = 3
    private static let optimiser = NelderMead(maxEvaluations: 2_000, tolerance: 1e-10)
    /// A polish that improves `−2 log L` by no more than this share of it counts as converged.
    private static let convergence = 1e-9

    /// - Throws: ``ForecastingError/noModelFitted(count:)`` when no point of the search has a finite
    ///   likelihood.
    func estimate() throws(ForecastingError) -> Estimate { try checked(search(from: nil)) }

    /// The full search completed from `screening`, an estimate this estimator made with
    /// ``Effort/screening``: the same estimate ``estimate()`` makes with ``Effort/full``.
    func refined(_ screening: Estimate) throws(ForecastingError) -> Estimate {
        var full = self
        full.effort = .full
        return try checked(full.search(from: screening))
    }

    private func search(from screening: Estimate?) -> Estimate? {
        specification.error == .additive ? additive(from: screening) : multiplicative(from: screening)
    }

    private func checked(_ estimate: Estimate?) throws(ForecastingError) -> Estimate {
        guard let estimate, estimate.minusTwiceLogLikelihood.isFinite else {
            throw .noModelFitted(count: series.count)
        }
        return estimate
    }

    // MARK: Additive error

    private func additive(from screening: Estimate?) -> Estimate? {
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
        // R's start and the best grid points, three in all; the one with the highest likelihood is searched
        // first (it is R's start or the best grid point, so it is always among them).
        let r = transform.coordinates(start), rValue = objective(r)
        let ranked = gridCoordinates().map { ($0, objective($0)) }.filter { $0.1.isFinite }.sorted { $0.1 < $1.1 }
        var starts = (rValue.isFinite ? [(r, rValue)] : []) + ranked.prefix(Self.searchedStarts - (rValue.isFinite ? 1 : 0))
        if let first = starts.indices.min(by: { starts[$0].1 < starts[$1].1 }) { starts.insert(starts.remove(at: first), at: 0) }
        var best = screening.map { OptimizationResult(point: $0.coordinates, value: $0.minusTwiceLogLikelihood, evaluations: 0) }
        for (i, start) in starts.enumerated() where (i == 0 && screening == nil) || (i > 0 && effort == .full) {
            let result = Self.optimiser.minimizeWithRestarts(
                objective, from: start.0, steps: Array(repeating: 0.5, count: transform.count), maxRestarts: 6)
            if result.value < best?.value ?? .infinity { best = result }
        }
        guard let best else { return nil }
        let parameters = transform.parameters(best.point)
        guard let solution = profile.solve(parameters) else { return nil }
        return Estimate(parameters: parameters, state: solution.state, minusTwiceLogLikelihood: best.value,
                        coordinates: best.point)
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

    // MARK: Multiplicative error

    private func multiplicative(from screening: Estimate?) -> Estimate? {
        let region = self.region, transform = self.transform, specification = self.specification
        let m = region.period
        let scale = series.reduce(0) { $0 + abs($1) } / Double(series.count)
        let k = transform.count
        // Work space for the objective, allocated once: buffers rather than captured arrays, which the
        // objective would otherwise check for exclusive access at every evaluation.
        let scratch = UnsafeMutableBufferPointer<Double>.allocate(capacity: 3 * (m + 2))
        let ring = UnsafeMutableBufferPointer<Double>.allocate(capacity: m)
        let testedSmoothing = UnsafeMutableBufferPointer<Double>.allocate(capacity: k)
        defer {
            scratch.deallocate()
            ring.deallocate()
            testedSmoothing.deallocate()
        }
        scratch.initialize(repeating: 0)
        ring.initialize(repeating: 0)
        testedSmoothing.initialize(repeating: .nan)
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
        // states (most of the quasi-Newton gradient's probes) does not repeat it. The roots of the
        // characteristic polynomial (Schur–Cohn, the region's expensive part) are checked only when the value
        // is below `bound`: above it, +∞ and the value are both above it (see
        // ``NelderMead/minimize(bounded:from:steps:)``). The additive-error objective above checks the roots
        // first, since its least squares cost more than they do.
        var testedInside = false
        func objective(_ u: [Double], below bound: Double) -> Double {
            let p = transform.parameters(u)
            let alpha = p.alpha, beta = p.beta ?? 0, gamma = p.gamma ?? 0, phi = p.phi ?? 1
            let smoothingMoved = !(0..<k).allSatisfy({ u[$0] == testedSmoothing[$0] })
            if smoothingMoved {
                guard region.containsByInequalities(alpha: alpha, beta: beta, gamma: gamma, phi: phi) else {
                    testedInside = false
                    for i in 0..<k { testedSmoothing[i] = u[i] }
                    return .infinity
                }
            } else {
                guard testedInside else { return .infinity }
            }
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
                filter.run(y, level: &level, slope: &slope, seasonal: ring)
            }
            let value = max(ETSLikelihood.minusTwiceLogLikelihood(totals, count: series.count, error: .multiplicative),
                            -1e10)
            if smoothingMoved {
                guard value < bound else { return value }
                testedInside = region.rootsAdmissible(alpha: alpha, beta: beta, gamma: gamma, phi: phi, scratch: scratch)
                for i in 0..<k { testedSmoothing[i] = u[i] }
                guard testedInside else { return .infinity }
            }
            return value
        }
        func objective(_ u: [Double]) -> Double { objective(u, below: .infinity) }

        var starts: [[Double]] = []
        var heuristic: Int?
        if let state = try? ETSStartingValues.state(series, specification: specification, period: period) {
            heuristic = starts.count
            starts.append(coordinates(ETSStartingValues.parameters(specification, period: period), state))
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

        // Polish; a polish that still gains means the simplex stopped short, so search again from there.
        func polished(_ start: OptimizationResult) -> OptimizationResult {
            var result = start
            for _ in 0..<5 {
                let polished = polish.minimize(objective, from: result.point)
                let gained = polished.value < result.value - Self.convergence * abs(result.value)
                if polished.value < result.value { result = polished }
                guard gained else { break }
                let again = optimiser.minimize(bounded: objective, from: result.point, steps: steps)
                if again.value < result.value { result = again }
            }
            return result
        }
        let values = starts.map(objective)
        guard let first = values.indices.filter({ values[$0].isFinite }).min(by: { values[$0] < values[$1] }) else { return nil }
        var result: OptimizationResult
        if let screening {
            result = OptimizationResult(point: screening.coordinates, value: screening.minusTwiceLogLikelihood, evaluations: 0)
        } else {
            result = optimiser.minimize(bounded: objective, from: starts[first], steps: steps)
        }
        if effort == .full {
            let searched = result.value
            result = polished(result)
            // R's own start too, when it is not the best start: the likelihood has several local optima, and
            // the basin R's optimiser starts in is not always the one the best start lies in. Its simplex is
            // polished only when it ends within what polishing gained above, since only then can it overtake.
            if let r = heuristic, r != first, values[r].isFinite {
                var other = optimiser.minimize(bounded: objective, from: starts[r], steps: steps)
                if other.value < result.value + (searched - result.value) { other = polished(other) }
                if other.value < result.value { result = other }
            }
        }
        guard result.value.isFinite else { return nil }
        return Estimate(parameters: transform.parameters(result.point), state: state(result.point),
                        minusTwiceLogLikelihood: result.value, coordinates: result.point)
    }

    /// The additive-error model with the same trend and an additive season.
    private var analogue: ETSSpecification {
        ETSSpecification(error: .additive, trend: specification.trend,
                         season: specification.hasSeason ? .additive : .none)
    }

    /// The additive-error analogue fitted by least squares, as a starting point (see ``asStart(_:)``).
    private func additiveAnalogue() -> Estimate? {
        let analogue = self.analogue
        let fit = shared?.fits[analogue] ?? ETSEstimator(series: series, specification: analogue, period: period).additive(from: nil)
        shared?.fits[analogue] = .some(fit)
        return fit.flatMap(asStart)
    }

    /// The grid's smoothing parameters, each with the additive-error analogue's least-squares initial
    /// states at those parameters (see ``asStart(_:)``): starting points in every part of the region.
    private func analogueGrid() -> [Estimate] {
        let analogue = self.analogue
        let solved = shared?.grids[analogue] ?? {
            var profile = LinearStateProfile(series: series, specification: analogue, period: period)
            return gridParameters().compactMap { parameters in
                profile.solve(parameters).map { Estimate(parameters: parameters, state: $0.state, minusTwiceLogLikelihood: .nan) }
            }
        }()
        shared?.grids[analogue] = solved
        return solved.compactMap(asStart)
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


/// Work the candidates of one automatic choice share: each additive-error model's full estimate and its
/// least-squares initial states at the grid points, which the multiplicative-error models with the same
/// trend and season start from (and which the additive-error candidate itself is). Only used within one
/// fit, on one thread.
final class ETSSharedWork {
    /// Full estimates of additive-error models, nil where the search found nothing finite.
    var fits: [ETSSpecification: ETSEstimator.Estimate?] = [:]
    /// Least-squares states at the grid points, per additive-error model.
    var grids: [ETSSpecification: [ETSEstimator.Estimate]] = [:]

    /// The full estimate of the additive-error model `specification`, made once.
    func fit(_ estimator: ETSEstimator) -> ETSEstimator.Estimate? {
        if let fit = fits[estimator.specification] { return fit }
        var full = estimator
        full.effort = .full
        let fit = try? full.estimate()
        fits[estimator.specification] = .some(fit)
        return fit
    }
}
