import Foundation

/// The force of mortality c(x)·e^(b(x)·k) of every age of one sex at once, for any Lee–Carter index k in a
/// range, without an exponential per age: k is split as k₀ + (64·g + f)·h + δ with h a power of two and
/// |δ| ≤ h/2, and
///
///     c·e^(b·k) = grov_g · fin_f · e^(b·δ),  grov_g = c·e^(b·(k₀ + 64·g·h)),  fin_f = e^(b·f·h),
///
/// the two rows taken from tables built once with libm's `exp`, and e^u for |u| = |b·δ| ≤ 2^−10 from its
/// Taylor polynomial of degree 4 (truncation below 8e−18 relative). k₀ and every grid point are exact
/// multiples of h, so the split itself is exact.
///
/// The coarse rows cover |k| ≤ `kGrans` (where the projection's exponentials stay finite), at most
/// `hogstaGrova` rows; an index outside gets nil and the caller computes the exponentials directly.
struct Indextabell: Sendable {
    /// Coarse rows at most: 64·h·1024 reaches e^±32 for the steepest age, beyond any real mortality curve.
    static let hogstaGrova = 1_024
    /// Fine rows per coarse step.
    static let fina = 64

    /// The grid step, a power of two.
    let h: Double
    /// The first coarse grid point, a multiple of 64·h.
    let k0: Double
    let grova: Int
    /// `grova` coarse rows, then `fina` fine rows, each `langd` long and indexed by age as `c` and `b`.
    let rader: [Double]

    /// Tables for the ages of `c` and `b` (one sex, padded to one length `langd`), covering |k| ≤ `kGrans`.
    init(c: ArraySlice<Double>, b: ArraySlice<Double>, kGrans: Double) {
        let langd = c.count
        let bMax = b.map(\.magnitude).max() ?? 0
        // |b·δ| ≤ bMax·h/2 ≤ 2^−10.
        let h = bMax > 0 && bMax.isFinite ? min(1, exp2((log2(2 / (1_024 * bMax))).rounded(.down))) : 1
        let steg = Double(Self.fina) * h
        // Coarse rows on either side of 0 (an infinite bound, for b = 0, gets the most; NaN none).
        let halva = kGrans > 0 ? Int(min((kGrans / steg).rounded(.up), Double(Self.hogstaGrova / 2 - 1))) : -1
        self.h = h
        k0 = -Double(max(halva, 0)) * steg
        grova = halva >= 0 ? 2 * halva + 1 : 0
        var rader: [Double] = []
        rader.reserveCapacity((grova + Self.fina) * langd)
        for g in 0..<grova {
            let k = k0 + Double(g) * steg
            rader += zip(c, b).map { $0 * Foundation.exp($1 * k) }
        }
        for f in 0..<Self.fina {
            let k = Double(f) * h
            rader += b.map { Foundation.exp($0 * k) }
        }
        self.rader = rader
    }

    /// The coarse and the fine row for `k` and the remainder δ, or nil when k is outside the table (or NaN).
    @inline(__always)
    func dela(_ k: Double) -> (grov: Int, fin: Int, delta: Double)? {
        let t = ((k - k0) / h).rounded()
        guard t >= 0, t < Double(grova * Self.fina) else { return nil }
        let n = Int(t)
        return (n / Self.fina, n % Self.fina, k - (k0 + t * h))
    }

    /// e^u for |u| ≤ 2^−10: 1 + u + u²/2 + u³/6 + u⁴/24.
    @inline(__always)
    static func nara1(_ u: SIMD8<Double>) -> SIMD8<Double> {
        let u2 = u * u
        let q = Vektorexp.fma(u2, SIMD8(repeating: 1.0 / 24), Vektorexp.fma(u, SIMD8(repeating: 1.0 / 6), SIMD8(repeating: 0.5)))
        return Vektorexp.fma(u2, q, 1 + u)
    }
}
