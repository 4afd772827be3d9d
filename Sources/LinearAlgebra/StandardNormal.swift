import Foundation

extension RandomNumberGenerator {
    /// A standard normal draw (mean 0, variance 1) by the Box–Muller transform of two uniform draws, so a
    /// seeded generator gives the same normal draws on every machine.
    public mutating func nextStandardNormal() -> Double {
        let u1 = Double.random(in: Double.leastNonzeroMagnitude..<1, using: &self)
        let u2 = Double.random(in: 0..<1, using: &self)
        return (-2 * log(u1)).squareRoot() * cos(2 * Double.pi * u2)
    }
}
