import LinearAlgebra

/// The best initial states for given smoothing parameters of an additive-error model, by least squares.
///
/// With additive error and additive (or no) trend and season the model is linear: the state moves as
/// `x_t = D·x_{t−1} + g·y_t` with the discount matrix `D = F − g·wᵀ`, so the one-step errors are
/// `ε_t = ε⁰_t − wᵀD^{t−1}·x₀`, where ε⁰ are the errors from a zero initial state (Hyndman et al. 2008,
/// §3.1). Σε² is therefore a quadratic in the initial state x₀, and its minimum — R's likelihood
/// `n·log Σε²` maximised over the initial states — is a least-squares problem. The optimiser then
/// searches only the smoothing parameters, and the initial states are exactly optimal at each point.
///
/// The seasonal states keep R's normalisation: the oldest is minus the sum of the others.
struct LinearStateProfile {
    let specification: ETSSpecification
    /// The seasonal period; 1 without season.
    let period: Int
    /// Number of free initial states (columns of the design).
    let columns: Int
    private let series: [Double]
    private var design: [Double]
    private var zeroStateErrors: [Double]
    private var normal: [Double]
    private var rightHandSide: [Double]
    private var scale: [Double]
    private var seasonalRow: [Double]
    private var ring: [Double]

    /// The least-squares initial state and the sum of squared errors it gives.
    struct Solution {
        var state: ETSState
        var sumOfSquares: Double
    }

    /// - Precondition: the model has additive error.
    init(series: [Double], specification: ETSSpecification, period: Int) {
        precondition(specification.error == .additive && specification.season != .multiplicative)
        self.specification = specification
        self.period = specification.hasSeason ? period : 1
        self.series = series
        columns = specification.freeStateCount(period: period)
        design = Array(repeating: 0, count: series.count * columns)
        zeroStateErrors = Array(repeating: 0, count: series.count)
        normal = Array(repeating: 0, count: columns * columns)
        rightHandSide = Array(repeating: 0, count: columns)
        scale = Array(repeating: 0, count: columns)
        seasonalRow = Array(repeating: 0, count: self.period)
        ring = Array(repeating: 0, count: self.period)
    }

    /// Solves for the smoothing parameters in `parameters`; `nil` when the numbers overflow.
    mutating func solve(_ parameters: ETSParameters) -> Solution? {
        let filter = ETSFilter(specification: specification, period: period, parameters: parameters)
        let n = series.count, p = columns
        let hasTrend = filter.specification.hasTrend, hasSeason = filter.specification.hasSeason
        let m = filter.period
        let alpha = filter.alpha, beta = filter.beta, gamma = filter.gamma, phi = filter.phi
        let trendColumn = hasTrend ? 1 : 0
        let seasonStart = 1 + trendColumn

        // ε⁰: the errors from a zero initial state.
        var level = 0.0, slope = 0.0
        for k in 0..<m { ring[k] = 0 }
        series.withUnsafeBufferPointer { y in
            ring.withUnsafeMutableBufferPointer { s in
                zeroStateErrors.withUnsafeMutableBufferPointer { e in
                    _ = filter.run(y, level: &level, slope: &slope, seasonal: s, errors: e)
                }
            }
        }

        // Rows wᵀD^{t−1}, reduced to the free states; the design is stored column by column.
        design.withUnsafeMutableBufferPointer { x in
            seasonalRow.withUnsafeMutableBufferPointer { s in
                // Logical seasonal index k (0 newest) lives at (k + offset) % m.
                for k in 0..<m { s[k] = 0 }
                var offset = 0
                var rowLevel = 1.0, rowSlope = hasTrend ? phi : 0
                if hasSeason { s[m - 1] = 1 }
                for t in 0..<n {
                    x[t] = rowLevel
                    if hasTrend { x[n + t] = rowSlope }
                    if hasSeason {
                        // Seasonal state k (column seasonStart + k) at ring index (offset + k) mod m, k < m − 1:
                        // from offset up to the end of the ring, then from 0 up to the oldest (offset − 1).
                        let oldest = s[offset == 0 ? m - 1 : offset - 1]
                        var cell = x.baseAddress! + seasonStart * n + t
                        for index in offset..<(offset == 0 ? m - 1 : m) {
                            cell.pointee = s[index] - oldest
                            cell += n
                        }
                        for index in 0..<(offset == 0 ? 0 : offset - 1) {
                            cell.pointee = s[index] - oldest
                            cell += n
                        }
                    }
                    // r ← r·F − (r·g)·wᵀ
                    let newest = hasSeason ? s[offset] : 0
                    let rg = alpha * rowLevel + beta * rowSlope + gamma * newest
                    if hasTrend { rowSlope = phi * (rowLevel + rowSlope) - rg * phi }
                    rowLevel -= rg
                    if hasSeason {
                        // Rotating left by one makes the old newest term the oldest.
                        s[offset] -= rg
                        offset = offset + 1 == m ? 0 : offset + 1
                    }
                }
            }
        }

        // Normal equations with Jacobi scaling, solved by Cholesky.
        let solved: Bool = design.withUnsafeBufferPointer { x in
            zeroStateErrors.withUnsafeBufferPointer { e in
                normal.withUnsafeMutableBufferPointer { a in
                    rightHandSide.withUnsafeMutableBufferPointer { c in
                        scale.withUnsafeMutableBufferPointer { d in
                            Self.normalEquations(x, e, rows: n, columns: p, a: a, c: c, d: d)
                        }
                    }
                }
            }
        }
        var free = rightHandSide
        if !solved {
            guard let fallback = try? Self.leastSquares(design, zeroStateErrors, rows: n, columns: p) else { return nil }
            free = fallback
        }
        let sumOfSquares = design.withUnsafeBufferPointer { x in
            zeroStateErrors.withUnsafeBufferPointer { e in
                free.withUnsafeBufferPointer { b in
                    Self.sumOfSquares(x.baseAddress!, e.baseAddress!, b.baseAddress!, rows: n, columns: p)
                }
            }
        }
        guard sumOfSquares.isFinite else { return nil }
        var seasonal: [Double] = []
        if hasSeason {
            seasonal = Array(free[seasonStart..<p])
            seasonal.append(-seasonal.reduce(0, +))
        }
        let state = ETSState(level: free[0], slope: hasTrend ? free[trendColumn] : nil, seasonal: seasonal)
        return Solution(state: state, sumOfSquares: sumOfSquares)
    }

    /// `Σ_t (e[t] − Σ_j x[j·n + t]·b[j])²`, each error subtracted column by column and the squares summed
    /// in the order of t; four rows at a time.
    static func sumOfSquares(_ x: UnsafePointer<Double>, _ e: UnsafePointer<Double>, _ b: UnsafePointer<Double>,
                             rows n: Int, columns p: Int) -> Double {
        var sum = 0.0
        var t = 0
        while t + 4 <= n {
            var error = UnsafeRawPointer(e + t).loadUnaligned(as: SIMD4<Double>.self)
            var column = x + t
            for j in 0..<p {
                error -= UnsafeRawPointer(column).loadUnaligned(as: SIMD4<Double>.self) * SIMD4(repeating: b[j])
                column += n
            }
            let squares = error * error
            sum += squares[0]
            sum += squares[1]
            sum += squares[2]
            sum += squares[3]
            t += 4
        }
        while t < n {
            var error = e[t]
            for j in 0..<p { error -= x[j * n + t] * b[j] }
            sum += error * error
            t += 1
        }
        return sum
    }

    /// Forms `XᵀX` and `Xᵀe` (X column-major), scales them to unit diagonal and solves by Cholesky; the
    /// solution is left in `c`. `false` when the scaled matrix is numerically singular.
    private static func normalEquations(_ x: UnsafeBufferPointer<Double>, _ e: UnsafeBufferPointer<Double>,
                                        rows n: Int, columns p: Int, a: UnsafeMutableBufferPointer<Double>,
                                        c: UnsafeMutableBufferPointer<Double>,
                                        d: UnsafeMutableBufferPointer<Double>) -> Bool {
        let base = x.baseAddress!
        // Four sums at a time wherever four columns exist: products commute, so dot(u, v) and dot(v, u) are
        // the same sum bit for bit. Row i of the lower triangle takes its last block of four whole, the
        // entries above the diagonal included (never read), when the design has those columns.
        var i = 0
        while i + 4 <= p {
            let products = dots(e.baseAddress!, base + i * n, n)
            for k in 0..<4 { c[i + k] = products[k] }
            i += 4
        }
        while i < p {
            c[i] = dot(base + i * n, e.baseAddress!, n)
            i += 1
        }
        // Two rows at a time where both have the block: each block of four columns is read once for both.
        var row = 0
        while row < p {
            let pair = row + 1 < p
            var j = 0
            while pair, j <= row + 1, j + 4 <= p {
                let (first, second) = dots(base + row * n, base + (row + 1) * n, base + j * n, n)
                for k in 0..<4 {
                    a[row * p + j + k] = first[k]
                    a[(row + 1) * p + j + k] = second[k]
                }
                j += 4
            }
            for i in row..<(pair ? row + 2 : row + 1) {
                let column = base + i * n
                var j = j
                while j <= i, j + 4 <= p {
                    let products = dots(column, base + j * n, n)
                    for k in 0..<4 { a[i * p + j + k] = products[k] }
                    j += 4
                }
                while j <= i {
                    a[i * p + j] = dot(column, base + j * n, n)
                    j += 1
                }
            }
            row += 2
        }
        for i in 0..<p {
            guard a[i * p + i] > 0, a[i * p + i].isFinite else { return false }
            d[i] = 1 / a[i * p + i].squareRoot()
        }
        for i in 0..<p {
            c[i] *= d[i]
            for j in 0...i { a[i * p + j] *= d[i] * d[j] }
        }
        // Cholesky A = L·Lᵀ in the lower triangle.
        for j in 0..<p {
            var diagonal = a[j * p + j]
            for k in 0..<j { diagonal -= a[j * p + k] * a[j * p + k] }
            guard diagonal > 1e-12 else { return false }
            let pivot = diagonal.squareRoot()
            a[j * p + j] = pivot
            for i in (j + 1)..<p {
                var value = a[i * p + j]
                for k in 0..<j { value -= a[i * p + k] * a[j * p + k] }
                a[i * p + j] = value / pivot
            }
        }
        for i in 0..<p {
            var value = c[i]
            for k in 0..<i { value -= a[i * p + k] * c[k] }
            c[i] = value / a[i * p + i]
        }
        for i in stride(from: p - 1, through: 0, by: -1) {
            var value = c[i]
            for k in (i + 1)..<p { value -= a[k * p + i] * c[k] }
            c[i] = value / a[i * p + i]
        }
        for i in 0..<p { c[i] *= d[i] }
        return true
    }

    /// `Σ u[t]·v[t]` four lanes at a time.
    @inline(__always)
    static func dot(_ u: UnsafePointer<Double>, _ v: UnsafePointer<Double>, _ n: Int) -> Double {
        var lanes = SIMD4<Double>()
        var t = 0
        while t + 4 <= n {
            let a = UnsafeRawPointer(u + t).loadUnaligned(as: SIMD4<Double>.self)
            let b = UnsafeRawPointer(v + t).loadUnaligned(as: SIMD4<Double>.self)
            lanes += a * b
            t += 4
        }
        var sum = lanes.sum()
        while t < n {
            sum += u[t] * v[t]
            t += 1
        }
        return sum
    }

    /// ``dot(_:_:_:)`` of `u` with the four adjacent columns `v`, `v + n`, `v + 2n`, `v + 3n` at once, each
    /// summed exactly as ``dot(_:_:_:)`` sums it: `u` is read once for all four.
    @inline(__always)
    static func dots(_ u: UnsafePointer<Double>, _ v: UnsafePointer<Double>, _ n: Int) -> SIMD4<Double> {
        var lanes0 = SIMD4<Double>(), lanes1 = SIMD4<Double>(), lanes2 = SIMD4<Double>(), lanes3 = SIMD4<Double>()
        var t = 0
        while t + 4 <= n {
            let a = UnsafeRawPointer(u + t).loadUnaligned(as: SIMD4<Double>.self)
            lanes0 += a * UnsafeRawPointer(v + t).loadUnaligned(as: SIMD4<Double>.self)
            lanes1 += a * UnsafeRawPointer(v + n + t).loadUnaligned(as: SIMD4<Double>.self)
            lanes2 += a * UnsafeRawPointer(v + 2 * n + t).loadUnaligned(as: SIMD4<Double>.self)
            lanes3 += a * UnsafeRawPointer(v + 3 * n + t).loadUnaligned(as: SIMD4<Double>.self)
            t += 4
        }
        var sums = SIMD4(lanes0.sum(), lanes1.sum(), lanes2.sum(), lanes3.sum())
        while t < n {
            sums[0] += u[t] * v[t]
            sums[1] += u[t] * v[n + t]
            sums[2] += u[t] * v[2 * n + t]
            sums[3] += u[t] * v[3 * n + t]
            t += 1
        }
        return sums
    }

    /// ``dots(_:_:_:)`` of `u` and of `w` with the same four columns at once, each of the eight sums added
    /// exactly as ``dots(_:_:_:)`` adds it: the columns are read once for both.
    @inline(__always)
    static func dots(_ u: UnsafePointer<Double>, _ w: UnsafePointer<Double>, _ v: UnsafePointer<Double>,
                     _ n: Int) -> (SIMD4<Double>, SIMD4<Double>) {
        var lanes0 = SIMD4<Double>(), lanes1 = SIMD4<Double>(), lanes2 = SIMD4<Double>(), lanes3 = SIMD4<Double>()
        var other0 = SIMD4<Double>(), other1 = SIMD4<Double>(), other2 = SIMD4<Double>(), other3 = SIMD4<Double>()
        var t = 0
        while t + 4 <= n {
            let a = UnsafeRawPointer(u + t).loadUnaligned(as: SIMD4<Double>.self)
            let b = UnsafeRawPointer(w + t).loadUnaligned(as: SIMD4<Double>.self)
            let v0 = UnsafeRawPointer(v + t).loadUnaligned(as: SIMD4<Double>.self)
            let v1 = UnsafeRawPointer(v + n + t).loadUnaligned(as: SIMD4<Double>.self)
            let v2 = UnsafeRawPointer(v + 2 * n + t).loadUnaligned(as: SIMD4<Double>.self)
            let v3 = UnsafeRawPointer(v + 3 * n + t).loadUnaligned(as: SIMD4<Double>.self)
            lanes0 += a * v0
            lanes1 += a * v1
            lanes2 += a * v2
            lanes3 += a * v3
            other0 += b * v0
            other1 += b * v1
            other2 += b * v2
            other3 += b * v3
            t += 4
        }
        var sums = SIMD4(lanes0.sum(), lanes1.sum(), lanes2.sum(), lanes3.sum())
        var others = SIMD4(other0.sum(), other1.sum(), other2.sum(), other3.sum())
        while t < n {
            sums[0] += u[t] * v[t]
            sums[1] += u[t] * v[n + t]
            sums[2] += u[t] * v[2 * n + t]
            sums[3] += u[t] * v[3 * n + t]
            others[0] += w[t] * v[t]
            others[1] += w[t] * v[n + t]
            others[2] += w[t] * v[2 * n + t]
            others[3] += w[t] * v[3 * n + t]
            t += 1
        }
        return (sums, others)
    }

    /// Minimum-norm least squares through LAPACK for a rank-deficient design.
    private static func leastSquares(_ x: [Double], _ e: [Double], rows n: Int,
                                     columns p: Int) throws(LinearAlgebraError) -> [Double] {
        let design = try Matrix(rows: n, columns: p, columnMajor: x)
        return try design.leastSquares(Matrix(column: e)).solution.column(0)
    }
}
