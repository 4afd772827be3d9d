/// Classical seasonal decomposition by moving averages, as R's `stats::decompose`: a centred moving
/// average of one period (a 2×m average for even m) estimates the trend, and the seasonal figure is the
/// mean detrended value at each position in the period, normalised to sum to 0 (additive) or average 1
/// (multiplicative).
struct ClassicalDecomposition {
    /// The seasonal figure, one value per position in the period, counted from the first observation.
    let figure: [Double]

    /// - Precondition: `period ≥ 2` and `series.count ≥ 2·period`.
    init(_ series: [Double], period: Int, multiplicative: Bool) {
        precondition(period >= 2 && series.count >= 2 * period)
        let n = series.count
        let even = period % 2 == 0
        let weights: [Double] = even
            ? [0.5] + Array(repeating: 1, count: period - 1) + [0.5]
            : Array(repeating: 1, count: period)
        let half = weights.count / 2
        var sums = [Double](repeating: 0, count: period)
        var counts = [Double](repeating: 0, count: period)
        for t in half..<(n - half) {
            var trend = 0.0
            for (k, weight) in weights.enumerated() { trend += weight * series[t - half + k] }
            trend /= Double(period)
            sums[t % period] += multiplicative ? series[t] / trend : series[t] - trend
            counts[t % period] += 1
        }
        let raw = zip(sums, counts).map { $0 / $1 }
        let mean = raw.reduce(0, +) / Double(period)
        figure = raw.map { multiplicative ? $0 / mean : $0 - mean }
    }

    /// The seasonal component at observation `t` (0-based).
    func seasonal(at t: Int) -> Double { figure[t % figure.count] }
}
