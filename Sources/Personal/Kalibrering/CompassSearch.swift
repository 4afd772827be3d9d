/// Minimises a function over a box without derivatives, by compass search (a coordinate pattern search):
///
///   from x, poll x ± h·(uᵢ − lᵢ)·eᵢ for each coordinate i, clipped to the box [l, u];
///   move to the first poll point that lowers f; when none does, halve h; stop when h < `minimumStep`.
///
/// It needs only values of f, so it works on objectives that are piecewise linear — a workforce model's
/// capacity limits and ceilings make the gradient zero on flat pieces and undefined at the kinks, where a
/// Gauss–Newton or gradient step stalls. For a continuously differentiable f every limit point is stationary
/// (Kolda, Lewis and Torczon, "Optimization by direct search", SIAM Review 45(3), 2003, section 3). Kept in
/// `Personal` because the calibration is its only user; `Forecasting`'s Nelder–Mead is internal to ETS and
/// the domain modules do not depend on `Forecasting`.
struct CompassSearch {
    /// The step, as a share of the range, at which the search stops: far below any parameter's meaningful digits.
    static let minimumStep = 1e-6
    /// At most this many evaluations of f per search.
    static let maximumEvaluations = 20_000

    let lower: [Double], upper: [Double]
    /// The first step, as a share of each coordinate's range.
    let initialStep: Double

    /// The lowest point found from `start` (clipped to the box), its value and the number of evaluations.
    func minimise(_ f: ([Double]) -> Double, from start: [Double]) -> (x: [Double], value: Double, evaluations: Int) {
        var x = zip(start, zip(lower, upper)).map { min(max($0, $1.0), $1.1) }
        var best = f(x), evaluations = 1
        var step = initialStep
        while step >= Self.minimumStep, evaluations < Self.maximumEvaluations {
            var moved = false
            poll: for i in x.indices where upper[i] > lower[i] {
                for sign in [1.0, -1.0] {
                    var y = x
                    y[i] = min(max(x[i] + sign * step * (upper[i] - lower[i]), lower[i]), upper[i])
                    guard y[i] != x[i] else { continue }
                    let value = f(y)
                    evaluations += 1
                    if value < best {
                        (x, best, moved) = (y, value, true)
                        break poll
                    }
                }
            }
            if !moved { step /= 2 }
        }
        return (x, best, evaluations)
    }
}
