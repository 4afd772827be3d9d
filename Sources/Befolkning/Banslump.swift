import Foundation
import LinearAlgebra

/// The random part of one path (see `Osakerhet`): its own generator, seeded from the run's generator in
/// path order, so that a path's draws do not depend on how the paths are split over cores; the Lee–Carter
/// index's random walk; the AR(1) deviations of log TFR and of the net migration total; and the two errors
/// drawn once per path, of the mortality drift and of the migration level (standard normal).
struct Banslump: Sendable {
    private var generator: SplitMix64
    /// The second value of the last Box–Muller pair, not yet used.
    private var reserv: Double?
    /// The random walk of the Lee–Carter index, in units of its yearly innovation.
    private(set) var kAvvikelse = 0.0
    /// The AR(1) deviation of log TFR.
    private(set) var tfrAvvikelse = 0.0
    /// The AR(1) deviation of the net migration total from the assumed level, persons.
    private(set) var migrationAvvikelse = 0.0
    let driftfel: Double
    let nivafel: Double

    init(seed: UInt64) {
        var g = SplitMix64(seed: seed)
        (driftfel, nivafel) = Self.normalpar(&g)
        generator = g
    }

    /// One generator per path from the run's `slump`.
    static func banor(_ antal: Int, slump: SplitMix64) -> [Banslump] {
        var slump = slump
        return (0..<antal).map { _ in Banslump(seed: slump.next()) }
    }

    /// Draws the next year: the index steps, log TFR and net migration move, and the return value is the
    /// year's deviation of the net migration total from the assumption (the AR(1) deviation and the level's
    /// error), in persons.
    mutating func nastaAr(_ o: Osakerhet) -> Double {
        kAvvikelse += nastaNormal()
        tfrAvvikelse = o.fruktsamhetPhi * tfrAvvikelse + o.fruktsamhetSigma * nastaNormal()
        migrationAvvikelse = o.migrationPhi * migrationAvvikelse + o.migrationInnovation * nastaNormal()
        return migrationAvvikelse + o.migrationsnivaSigma * nivafel
    }

    /// The next standard normal draw of the path: both values of each Box–Muller pair are used, the second
    /// one at the next call.
    private mutating func nastaNormal() -> Double {
        if let r = reserv {
            reserv = nil
            return r
        }
        let (a, b) = Self.normalpar(&generator)
        reserv = b
        return a
    }

    /// Two independent standard normal draws from one pair of uniforms (Box–Muller). The first is
    /// `RandomNumberGenerator.nextStandardNormal()` in LinearAlgebra, the same operations in the same order,
    /// written out here so that the compiler specialises it for `SplitMix64` (called across modules the
    /// generic version runs through the generic `Double.random(in:using:)`, several times the draw's cost);
    /// the second is its sine counterpart.
    @inline(__always)
    static func normalpar(_ g: inout SplitMix64) -> (Double, Double) {
        let u1 = Double.random(in: Double.leastNonzeroMagnitude..<1, using: &g)
        let u2 = Double.random(in: 0..<1, using: &g)
        let r = (-2 * log(u1)).squareRoot(), vinkel = 2 * Double.pi * u2
        return (r * cos(vinkel), r * sin(vinkel))
    }
}
