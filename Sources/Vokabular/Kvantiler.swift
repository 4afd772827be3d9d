import Foundation

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

    /// The probabilities of the interval bounds, the set without its median: 2,5, 10, 90 and 97,5 %.
    public static let granser = sannolikheter.filter { $0 != 0.5 }

    /// Whether `utfall` lies within the 80 % interval, p10 … p90 (bounds included).
    public func inom80(_ utfall: Double) -> Bool { p10 <= utfall && utfall <= p90 }

    /// Whether `utfall` lies within the 95 % interval, p2,5 … p97,5 (bounds included).
    public func inom95(_ utfall: Double) -> Bool { p2_5 <= utfall && utfall <= p97_5 }

    /// Quantiles given directly, in the order of `sannolikheter`.
    public init(varden: [Double]) { self.varden = varden }

    /// Empirical quantiles of `varden` with linear interpolation between order statistics (the definition
    /// R calls type 7 and numpy's default), found by selection rather than a full sort.
    ///
    /// Every order statistic needed (two per probability) is placed by one multi-selection: the middle one
    /// is selected first, which leaves every smaller value before it and every larger after it, and the
    /// ones below and above it are then selected within those parts only. No values, or a NaN among them,
    /// give NaN quantiles.
    public init<C: Collection<Double>>(av varden: C) {
        var v = Array(varden)
        let n = v.count
        guard n > 0, !varden.contains(where: \.isNaN) else {
            self.varden = Kvantiler.sannolikheter.map { _ in .nan }
            return
        }
        let rangordning = Kvantiler.sannolikheter.map { p -> (lo: Int, hi: Int, vikt: Double) in
            let h = Double(n - 1) * p
            let lo = Int(h.rounded(.down))
            return (lo, min(lo + 1, n - 1), h - Double(lo))
        }
        let rang = Set(rangordning.flatMap { [$0.lo, $0.hi] }).sorted()
        self.varden = v.withUnsafeMutableBufferPointer { v in
            Kvantiler.valj(v, rang[...], 0, n - 1)
            return rangordning.map { r in v[r.lo] + (v[r.hi] - v[r.lo]) * r.vikt }
        }
    }

    /// Places every rank of `rang` (ascending, within `lo...hi`) at its sorted position in `v[lo...hi]`.
    static func valj(_ v: UnsafeMutableBufferPointer<Double>, _ rang: ArraySlice<Int>, _ lo: Int, _ hi: Int) {
        guard !rang.isEmpty else { return }
        let mitt = rang.startIndex + rang.count / 2, k = rang[mitt]
        valj(v, k, lo, hi)
        valj(v, rang[..<mitt], lo, k - 1)
        valj(v, rang[(mitt + 1)...], k + 1, hi)
    }

    /// Puts the k-th smallest value of `v[lo...hi]` at position k, with every value before it no larger and
    /// every value after it no smaller (quickselect).
    ///
    /// Each round splits the range around a pivot into the values below it, those equal to it and those
    /// above, and goes on in the part that holds k; it ends when k falls among the equal ones. In a large
    /// range the pivot is the k-th value of a sample around position k, found first by the same selection
    /// (Floyd and Rivest's method), so that one split leaves little around k; in a small one it is the
    /// median of the first, middle and last values. The splits (`delaMindre`) swap every value and move a
    /// boundary by the comparison's result, so they have no data-dependent branch to mispredict: on random
    /// data that is most of a branching partition's cost.
    static func valj(_ v: UnsafeMutableBufferPointer<Double>, _ k: Int, _ lo: Int, _ hi: Int) {
        let b = v.baseAddress!
        var lo = lo, hi = hi
        while lo < hi {
            let pivot: Double
            if hi - lo >= 600 {
                // A sample of about n^(2/3) values around k, offset by about a standard deviation of the
                // sample rank toward the middle, so that the k-th value of the whole range is rarely outside.
                let n = Double(hi - lo + 1), i = Double(k - lo + 1), z = log(n)
                let s = 0.5 * exp(2 * z / 3)
                let sd = 0.5 * (z * s * (n - s) / n).squareRoot() * (i < n / 2 ? -1 : 1)
                let nyLo = min(k, max(lo, Int(Double(k) - i * s / n + sd)))
                let nyHi = max(k, min(hi, Int(Double(k) + (n - i) * s / n + sd)))
                valj(v, k, nyLo, nyHi)
                pivot = b[k]
            } else {
                let x = b[lo], y = b[(lo + hi) / 2], z = b[hi]
                pivot = max(min(x, y), min(max(x, y), z))
            }
            let mindre = delaMindre(b, lo, hi) { $0 < pivot }
            if k < mindre { hi = mindre - 1; continue }
            let lika = delaMindre(b, mindre, hi) { $0 <= pivot }
            if k < lika { return }
            lo = lika
        }
    }

    /// Moves the values of `b[lo...hi]` for which `fore` holds to the front, keeping the others after them,
    /// and returns the index of the first of the others.
    @inline(__always)
    private static func delaMindre(_ b: UnsafeMutablePointer<Double>, _ lo: Int, _ hi: Int,
                                   _ fore: (Double) -> Bool) -> Int {
        var i = lo, j = lo
        while j <= hi {
            let x = b[j]
            b[j] = b[i]
            b[i] = x
            // The comparison's bit as a number: a conditional increment would become a branch again.
            i &+= Int(truncatingIfNeeded: unsafeBitCast(fore(x), to: UInt8.self))
            j &+= 1
        }
        return i
    }
}
