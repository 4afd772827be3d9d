import Foundation
import LinearAlgebra

/// The random part of one path (see `Osakerhet`), in two streams of its own: the national one, seeded from
/// the run's generator in path order, draws the shocks every region shares (the Lee–Carter index's random
/// walk and the error of its drift, the random walks of the country's log TFR and net migration rate and
/// the errors of their assumed levels); the regional one, seeded from the same number and the region's
/// name, draws the region's own deviations (the AR(1)s of its log TFR and net migration rate against the
/// country's, and the errors of their levels). So path j of two regions projected with the same seed meets
/// the same national history, and a path's draws do not depend on how the paths are split over cores. The
/// standard normal draws come from `Ziggurat`.
struct Banslump: Sendable {
    private var rike: SplitMix64
    private var region: SplitMix64
    /// The random walk of the Lee–Carter index, in units of its yearly innovation.
    private(set) var kAvvikelse = 0.0
    /// The country's log TFR random walk and the region's AR(1) deviation from it.
    private var tfrRike = 0.0, tfrRegion = 0.0
    /// The country's net migration random walk and the region's AR(1) deviation from it, persons.
    private var migrationRike = 0.0, migrationRegion = 0.0
    let driftfel: Double
    /// The standard normal errors of the assumed levels: fertility and migration, the country's and the region's.
    private let tfrNivaRike: Double, migrationNivaRike: Double, tfrNivaRegion: Double, migrationNivaRegion: Double

    init(seed: UInt64, region regionsfro: UInt64, _ z: Ziggurat.Oppnad) {
        var rike = SplitMix64(seed: seed), region = SplitMix64(seed: seed ^ regionsfro)
        driftfel = z.normal(&rike)
        tfrNivaRike = z.normal(&rike)
        migrationNivaRike = z.normal(&rike)
        tfrNivaRegion = z.normal(&region)
        migrationNivaRegion = z.normal(&region)
        self.rike = rike
        self.region = region
    }

    /// The deviation of the region's log TFR from the assumption in the year last drawn: the country's
    /// random walk and the region's AR(1), and both levels' errors.
    func tfrAvvikelse(_ o: Osakerhet) -> Double {
        tfrRike + o.nationell.fruktsamhetsnivaSigma * tfrNivaRike + tfrRegion + o.fruktsamhetsnivaSigma * tfrNivaRegion
    }

    /// One generator pair per path from the run's `slump`, for the region named `region`.
    static func banor(_ antal: Int, slump: SplitMix64, region: String) -> [Banslump] {
        var slump = slump
        let fro = regionsfro(region)
        return Ziggurat.oppna { z in (0..<antal).map { _ in Banslump(seed: slump.next(), region: fro, z) } }
    }

    /// A number of the region's name that does not change between runs or platforms (FNV-1a over its UTF-8
    /// bytes), so that each region's own draws differ from every other region's.
    static func regionsfro(_ namn: String) -> UInt64 {
        namn.utf8.reduce(0xcbf2_9ce4_8422_2325) { ($0 ^ UInt64($1)) &* 0x100_0000_01b3 }
    }

    /// Draws the next year: the index steps, log TFR and net migration move, and the return value is the
    /// year's deviation of the net migration total from the assumption (the country's random walk, the
    /// region's AR(1) and both levels' errors), in persons.
    mutating func nastaAr(_ o: Osakerhet, _ z: Ziggurat.Oppnad) -> Double {
        let n = o.nationell
        kAvvikelse += z.normal(&rike)
        tfrRike += n.fruktsamhetSigma * z.normal(&rike)
        migrationRike += n.migrationInnovation * z.normal(&rike)
        tfrRegion = o.fruktsamhetPhi * tfrRegion + o.fruktsamhetSigma * z.normal(&region)
        migrationRegion = o.migrationPhi * migrationRegion + o.migrationInnovation * z.normal(&region)
        return migrationRike + n.migrationsnivaSigma * migrationNivaRike + migrationRegion + o.migrationsnivaSigma * migrationNivaRegion
    }
}
