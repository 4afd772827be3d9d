import Foundation

extension RandomNumberGenerator {
    /// A standard normal draw (mean 0, variance 1) by the Box–Muller transform of two uniform draws, so a
    /// seeded generator gives the same normal draws on every machine.
    ///
    /// Inlinable so that a caller in another module gets it specialised for its generator: unspecialised, the
    /// generic uniform draws cost as much as a simplex step in ETS's interval simulation.
    @inlinable
    public mutating func nextStandardNormal() -> Double {
        let u1 = Swift.max(nextUnitUniform(), .leastNonzeroMagnitude)
        let u2 = nextUnitUniform()
        return (-2 * log(u1)).squareRoot() * cos(2 * Double.pi * u2)
    }

    /// A uniform draw from [0, 1): the low 53 bits of one `next()` scaled by 2⁻⁵³, which is the value the standard
    /// library's `Double.random(in: 0..<1, using:)` gives for the same bits (checked bit for bit in
    /// `RandomTests`), so seeded runs made before this function existed draw the same numbers.
    @inlinable
    public mutating func nextUnitUniform() -> Double {
        Double(next() & 0x1F_FFFF_FFFF_FFFF) * 0x1p-53
    }
}
