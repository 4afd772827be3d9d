import Foundation
import LinearAlgebra

/// The random part of one path (see `Osakerhet`): its own generator, seeded from the run's generator in
/// path order, so that a path's draws do not depend on how the paths are split over cores; the Lee–Carter
/// index's random walk; the AR(1) deviation of log TFR; and the two errors drawn once per path, of the
/// mortality drift and of the migration level (standard normal).
struct Banslump: Sendable {
    private var generator: SplitMix64
    /// The random walk of the Lee–Carter index, in units of its yearly innovation.
    private(set) var kAvvikelse = 0.0
    /// The AR(1) deviation of log TFR.
    private(set) var tfrAvvikelse = 0.0
    let driftfel: Double
    let nivafel: Double

    init(seed: UInt64) {
        var g = SplitMix64(seed: seed)
        driftfel = Self.normal(&g)
        nivafel = Self.normal(&g)
        generator = g
    }

    /// One generator per path from the run's `slump`.
    static func banor(_ antal: Int, slump: SplitMix64) -> [Banslump] {
        var slump = slump
        return (0..<antal).map { _ in Banslump(seed: slump.next()) }
    }

    /// Draws the next year: the index steps, log TFR moves, and the return value is the year's deviation of
    /// the net migration total from the assumption, in persons.
    mutating func nastaAr(_ o: Osakerhet) -> Double {
        kAvvikelse += Self.normal(&generator)
        tfrAvvikelse = o.fruktsamhetPhi * tfrAvvikelse + o.fruktsamhetSigma * Self.normal(&generator)
        return o.migrationSigma * Self.normal(&generator) + o.migrationsnivaSigma * nivafel
    }

    /// A standard normal draw, the same as `RandomNumberGenerator.nextStandardNormal()` in LinearAlgebra: the
    /// same operations in the same order, written out here so that the compiler specialises it for
    /// `SplitMix64`. Called across modules the generic version runs unspecialised, through the generic
    /// `Double.random(in:using:)`, which costs several times the draw itself.
    @inline(__always)
    static func normal(_ g: inout SplitMix64) -> Double {
        let u1 = Double.random(in: Double.leastNonzeroMagnitude..<1, using: &g)
        let u2 = Double.random(in: 0..<1, using: &g)
        return (-2 * log(u1)).squareRoot() * cos(2 * Double.pi * u2)
    }
}
