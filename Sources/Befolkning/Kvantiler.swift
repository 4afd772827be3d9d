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
    public init(av varden: [Double]) {
        var v = varden
        let n = v.count
        guard n > 0 else {
            self.varden = Kvantiler.sannolikheter.map { _ in .nan }
            return
        }
        self.varden = Kvantiler.sannolikheter.map { p in
            let h = Double(n - 1) * p
            let lo = Int(h.rounded(.down)), hi = min(lo + 1, n - 1)
            let a = Kvantiler.valj(&v, lo), b = hi == lo ? a : Kvantiler.valj(&v, hi)
            return a + (b - a) * (h - Double(lo))
        }
    }

    /// The k-th smallest value (0-based), partially reordering `v` (Hoare's selection).
    static func valj(_ v: inout [Double], _ k: Int) -> Double {
        var lo = 0, hi = v.count - 1
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
}
