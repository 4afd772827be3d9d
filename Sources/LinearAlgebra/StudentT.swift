import Foundation

/// Student's t distribution with an integer number of degrees of freedom ν: the distribution of a
/// prediction error standardised by a standard deviation estimated from ν degrees of freedom.
public enum StudentT {
    /// The quantile t(p; ν) for 0 < p < 1 and ν ≥ 1, by bisection on `centralProbability` to about 1e-13
    /// relative.
    public static func quantile(_ p: Double, degreesOfFreedom nu: Int) -> Double {
        precondition(p > 0 && p < 1 && nu >= 1)
        let target = abs(2 * p - 1)
        guard target > 0 else { return 0 }
        var lo = 0.0, hi = 1.0
        while centralProbability(hi, degreesOfFreedom: nu) < target { hi *= 2 }
        for _ in 0..<200 where hi - lo > 1e-13 * hi {
            let mid = (lo + hi) / 2
            if centralProbability(mid, degreesOfFreedom: nu) < target { lo = mid } else { hi = mid }
        }
        return (p < 0.5 ? -1 : 1) * (lo + hi) / 2
    }

    /// P(|T| < t), t ≥ 0, in closed form for integer ν (Abramowitz and Stegun 26.7.3 and 26.7.4): with
    /// θ = arctan(t/√ν), for odd ν (2/π)·(θ + sin θ · Σ a_j cos^(2j+1) θ) with a_0 = 1, a_j = a_(j−1)·2j/(2j+1)
    /// up to the power ν − 2, and for even ν sin θ · Σ b_j cos^(2j) θ with b_0 = 1, b_j = b_(j−1)·(2j−1)/(2j)
    /// up to the power ν − 2.
    public static func centralProbability(_ t: Double, degreesOfFreedom nu: Int) -> Double {
        let theta = atan(t / Double(nu).squareRoot()), s = sin(theta), c = cos(theta)
        if nu % 2 == 1 {
            var sum = 0.0, term = c
            for j in 0..<((nu - 1) / 2) {
                if j > 0 { term *= c * c * Double(2 * j) / Double(2 * j + 1) }
                sum += term
            }
            return 2 / Double.pi * (theta + s * sum)
        }
        var sum = 0.0, term = 1.0
        for j in 0...((nu - 2) / 2) {
            if j > 0 { term *= c * c * Double(2 * j - 1) / Double(2 * j) }
            sum += term
        }
        return s * sum
    }
}
