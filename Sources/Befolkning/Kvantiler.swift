/// The quantile set of every stochastic result in Prognos: 2,5 / 10 / 50 / 90 / 97,5 %.
public struct Kvantiler: Equatable, Sendable {
    /// The probabilities.
    public static let sannolikheter = [0.025, 0.10, 0.50, 0.90, 0.975]

    /// The values at 2,5, 10, 50, 90 and 97,5 %.
    public let varden: [Double]

    /// p2,5 … p97,5 by name.
    public var p2_5: Double { varden[0] }
    public var p10: Double { varden[1] }
    public var p50: Double { varden[2] }
    public var p90: Double { varden[3] }
    public var p97_5: Double { varden[4] }

    /// Quantiles given directly, in the order of `sannolikheter`.
    init(varden: [Double]) { self.varden = varden }

    /// Empirical quantiles of `varden` with linear interpolation between order statistics (the definition
    /// R calls type 7 and numpy's default), found by selection rather than a full sort.
    ///
    /// The order statistics needed rise with the probability, and a selection leaves every smaller value
    /// before the one it found and every larger after it, so each search starts where the previous one
    /// ended, and the next order statistic above a found one is the smallest value after it.
    public init(av varden: [Double]) {
        var v = varden
        let n = v.count
        guard n > 0 else {
            self.varden = Kvantiler.sannolikheter.map { _ in .nan }
            return
        }
        var fran = 0
        var senast: (index: Int, varde: Double)? = nil
        self.varden = v.withUnsafeMutableBufferPointer { v in
            Kvantiler.sannolikheter.map { p in
                let h = Double(n - 1) * p
                let lo = Int(h.rounded(.down)), hi = min(lo + 1, n - 1)
                let a: Double
                if let senast, senast.index == lo {
                    a = senast.varde
                } else {
                    a = Kvantiler.valj(v, lo, fran: fran)
                    fran = lo
                }
                let b = hi == lo ? a : Kvantiler.minsta(v, fran: hi)
                senast = (lo, a)
                return a + (b - a) * (h - Double(lo))
            }
        }
    }

    /// The k-th smallest value (0-based) of `v`, given that `v[0..<fran]` holds values no larger than any
    /// after it and `k >= fran`; partially reorders `v[fran...]` (Hoare's selection), leaving the values
    /// before position k no larger, and those after it no smaller, than the one at k.
    static func valj(_ v: UnsafeMutableBufferPointer<Double>, _ k: Int, fran: Int = 0) -> Double {
        var lo = fran, hi = v.count - 1
        while lo < hi {
            let pivot = v[(lo + hi) / 2]
            var i = lo, j = hi
            while i <= j {
                while v[i] < pivot { i += 1 }
                while v[j] > pivot { j -= 1 }
                if i <= j { v.swapAt(i, j); i += 1; j -= 1 }
            }
            if k <= j { hi = j } else if k >= i { lo = i } else { return v[k] }
        }
        return v[k]
    }

    /// The smallest value of `v[fran...]`.
    static func minsta(_ v: UnsafeMutableBufferPointer<Double>, fran: Int) -> Double {
        var m = v[fran]
        for i in (fran + 1)..<v.count where v[i] < m { m = v[i] }
        return m
    }
}
