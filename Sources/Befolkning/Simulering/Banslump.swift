import Foundation
import LinearAlgebra

/// The random part of one path (see `Osakerhet`): its own generator, seeded from the run's generator in
/// path order, so that a path's draws do not depend on how the paths are split over cores; the Lee–Carter
/// index's random walk; the AR(1) deviations of log TFR and of the net migration total; and the two errors
/// drawn once per path, of the mortality drift and of the migration level. The standard normal draws come
/// from `Ziggurat`.
struct Banslump: Sendable {
    private var generator: SplitMix64
    /// The random walk of the Lee–Carter index, in units of its yearly innovation.
    private(set) var kAvvikelse = 0.0
    /// The AR(1) deviation of log TFR.
    private(set) var tfrAvvikelse = 0.0
    /// The AR(1) deviation of the net migration total from the assumed level, persons.
    private(set) var migrationAvvikelse = 0.0
    let driftfel: Double
    let nivafel: Double

    init(seed: UInt64, _ z: Ziggurat.Oppnad) {
        var g = SplitMix64(seed: seed)
        driftfel = z.normal(&g)
        nivafel = z.normal(&g)
        generator = g
    }

    /// One generator per path from the run's `slump`.
    static func banor(_ antal: Int, slump: SplitMix64) -> [Banslump] {
        var slump = slump
        return Ziggurat.oppna { z in (0..<antal).map { _ in Banslump(seed: slump.next(), z) } }
    }

    /// Draws the next year: the index steps, log TFR and net migration move, and the return value is the
    /// year's deviation of the net migration total from the assumption (the AR(1) deviation and the level's
    /// error), in persons.
    mutating func nastaAr(_ o: Osakerhet, _ z: Ziggurat.Oppnad) -> Double {
        kAvvikelse += z.normal(&generator)
        tfrAvvikelse = o.fruktsamhetPhi * tfrAvvikelse + o.fruktsamhetSigma * z.normal(&generator)
        migrationAvvikelse = o.migrationPhi * migrationAvvikelse + o.migrationInnovation * z.normal(&generator)
        return migrationAvvikelse + o.migrationsnivaSigma * nivafel
    }
}
