/// Where a minimiser stopped: the best point, its objective value and the evaluations it took.
struct OptimizationResult {
    var point: [Double]
    var value: Double
    var evaluations: Int
}
