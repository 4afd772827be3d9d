import Foundation
import LinearAlgebra

/// The uncertainty of a projection, estimated from the region's and the country's history up to the base
/// year, as shocks common to every region (`Nationell`, from the country's series) plus the region's own
/// deviation from them. Each of the four series has a yearly process and an error of the assumed level
/// (the assumption is a mean over a window of years), drawn once per path:
///
/// - fertility: the country's log total fertility rate follows a random walk; the region's log TFR minus
///   the country's, as deviations from its mean, follows an AR(1) process x(t) = φ·x(t−1) + ε fitted by
///   least squares, φ kept within 0–0.98 so the deviation stays stationary;
/// - migration: the yearly net migration rate (net migration over the population at the start of the year)
///   is the country's rate, a random walk, plus the region's deviation from it, an AR(1) fitted the same
///   way, so that a year of high migration tends to be followed by another. Rates become persons at the
///   region's base-year population: a national swing reaches each region in proportion to its size;
/// - mortality: the national Lee–Carter index's yearly innovations (its `sigma`, per sex; both sexes get the
///   same standard normal draws, so their mortality moves together), and the uncertainty of its estimated
///   drift (standard error sigma/√(years − 1), drawn once per path); the index is the country's, so these
///   are the period effects every region shares.
///
/// Why a random walk for the country and an AR(1) for the region: the country's fertility and migration
/// move in swings that last a decade or more (the baby boom of 1987–92 and the fall after it, the refugee
/// and labour migration of 1989–94 and 2006–15), and a projection holds them at a recent level with no
/// long-run mean to return to; the random walk is the model without such a mean, as Lee and Carter give the
/// mortality index one. An AR(1) fitted to 20 years cannot tell φ = 0,9 from 1 and its least-squares φ is
/// biased towards 0 in so short a series. A region's position against the country (its age structure,
/// its pull on movers) is lasting, so its deviation is modelled as returning to its mean.
public struct Osakerhet: Equatable, Sendable {
    /// The shocks common to every region, in the region's units: one draw per path shared by all regions
    /// projected with the same seed, and by all ages and both sexes.
    public struct Nationell: Equatable, Sendable {
        /// Standard deviation of the yearly change of the country's log TFR (a random walk without drift).
        public let fruktsamhetSigma: Double
        /// Standard deviation of the assumed log TFR's distance from the country's current level.
        public let fruktsamhetsnivaSigma: Double
        /// Standard deviation of the yearly change of the country's net migration rate (a random walk
        /// without drift), as persons of the region (rate × base population).
        public let migrationInnovation: Double
        /// Standard deviation of the assumed migration level's distance from the country's current level,
        /// persons of the region.
        public let migrationsnivaSigma: Double

        /// Creates national shocks from their parameters.
        public init(fruktsamhetSigma: Double, fruktsamhetsnivaSigma: Double, migrationInnovation: Double, migrationsnivaSigma: Double) {
            self.fruktsamhetSigma = fruktsamhetSigma
            self.fruktsamhetsnivaSigma = fruktsamhetsnivaSigma
            self.migrationInnovation = migrationInnovation
            self.migrationsnivaSigma = migrationsnivaSigma
        }

        /// No national shocks: only the region's own variation.
        public static let ingen = Nationell(fruktsamhetSigma: 0, fruktsamhetsnivaSigma: 0, migrationInnovation: 0, migrationsnivaSigma: 0)
    }

    /// AR(1) coefficient of the region's log TFR minus the country's.
    public let fruktsamhetPhi: Double
    /// Standard deviation of its AR(1) innovations.
    public let fruktsamhetSigma: Double
    /// Standard error of the region's own part of the assumed log TFR (a mean over the fertility window).
    public let fruktsamhetsnivaSigma: Double
    /// Standard deviation of the region's yearly net migration total around its mean, persons (the preset
    /// variants' width).
    public let migrationSigma: Double
    /// AR(1) coefficient of the region's net migration rate minus the country's.
    public let migrationPhi: Double
    /// Standard deviation of its AR(1) innovations, persons (rate × base population).
    public let migrationInnovation: Double
    /// Standard error of the region's own part of the assumed migration level, persons.
    public let migrationsnivaSigma: Double
    /// The shocks common to every region.
    public let nationell: Nationell

    /// Creates uncertainty from its parameters.
    public init(fruktsamhetPhi: Double, fruktsamhetSigma: Double, fruktsamhetsnivaSigma: Double = 0, migrationSigma: Double,
                migrationPhi: Double, migrationInnovation: Double, migrationsnivaSigma: Double, nationell: Nationell = .ingen) {
        self.fruktsamhetPhi = fruktsamhetPhi
        self.fruktsamhetSigma = fruktsamhetSigma
        self.fruktsamhetsnivaSigma = fruktsamhetsnivaSigma
        self.migrationSigma = migrationSigma
        self.migrationPhi = migrationPhi
        self.migrationInnovation = migrationInnovation
        self.migrationsnivaSigma = migrationsnivaSigma
        self.nationell = nationell
    }

    /// Estimates the parameters from the `fonster` years up to and including `ar` of the region and of the
    /// country `riket` (the region itself when projecting the country, which then has no deviation of its
    /// own); the assumed fertility is a mean over `fruktsamhetsfonster` years, the migration level over
    /// `migrationsfonster`.
    public init(_ data: Befolkningsdata, riket: Befolkningsdata, till ar: Int, fonster: Int, fruktsamhetsfonster: Int,
                migrationsfonster: Int) throws(BefolkningsFel) {
        let forsta = ar - fonster + 1
        for d in [data, riket] {
            let minsta = Befolkningsmodellval.minstaOsakerhetsfonster
            guard d.ar.contains(ar) else {
                throw .ogiltigtAntagande("basåret \(ar) ligger utanför data för \(d.region), \(d.ar.lowerBound)–\(d.ar.upperBound)")
            }
            guard fonster >= minsta, forsta > d.ar.lowerBound else {
                throw .ogiltigtAntagande("osäkerheten skattas ur minst \(minsta) år till och med basåret och året före dem, men data för "
                                         + "\(d.region) börjar \(d.ar.lowerBound): det första basår som går är \(d.ar.lowerBound + minsta)")
            }
        }
        let ar = forsta...ar
        let logTFR = { (d: Befolkningsdata) throws(BefolkningsFel) in try Fruktsamhet.tfrSerie(d, ar: ar).map { log(max($0, 1e-9)) } }
        let rikeTFR = try logTFR(riket)
        let egenTFR = zip(try logTFR(data), rikeTFR).map { $0 - $1 }
        let fruktsamhet = try Self.ar1(egenTFR)
        let kvot = { (d: Befolkningsdata) in zip(Migration.totaler(d, ar: ar), ar).map { $0 / max(d.total($1 - 1), 1) } }
        let rikeKvot = kvot(riket)
        let egenKvot = zip(kvot(data), rikeKvot).map { $0 - $1 }
        let migration = try Self.ar1(egenKvot)
        let personer = data.total(ar.upperBound)
        let nf = max(fruktsamhetsfonster, 1), nm = max(migrationsfonster, 1)
        let rikeFruktsamhet = Self.slumpvandring(rikeTFR), rikeMigration = Self.slumpvandring(rikeKvot)
        self.init(fruktsamhetPhi: fruktsamhet.phi, fruktsamhetSigma: fruktsamhet.sigma,
                  fruktsamhetsnivaSigma: Self.medelfel(egenTFR, phi: fruktsamhet.phi, n: nf),
                  migrationSigma: Self.standardavvikelse(Migration.totaler(data, ar: ar)), migrationPhi: migration.phi,
                  migrationInnovation: personer * migration.sigma,
                  migrationsnivaSigma: personer * Self.medelfel(egenKvot, phi: migration.phi, n: nm),
                  nationell: Nationell(fruktsamhetSigma: rikeFruktsamhet,
                                       fruktsamhetsnivaSigma: rikeFruktsamhet * Self.slumpvandringsniva(n: nf),
                                       migrationInnovation: personer * rikeMigration,
                                       migrationsnivaSigma: personer * rikeMigration * Self.slumpvandringsniva(n: nm)))
    }

    /// The sample standard deviation of `serie`.
    static func standardavvikelse(_ serie: [Double]) -> Double {
        let medel = serie.reduce(0, +) / Double(serie.count)
        return (serie.reduce(0) { $0 + ($1 - medel) * ($1 - medel) } / Double(max(serie.count - 1, 1))).squareRoot()
    }

    /// The standard error of a mean of n consecutive years of a stationary AR(1) process with coefficient
    /// `phi` and the variance of `serie`: σ²/n² · (n + 2 Σ_{k=1}^{n−1} (n − k)·φ^k), the covariances of
    /// every pair of years.
    static func medelfel(_ serie: [Double], phi: Double, n: Int) -> Double {
        let par = (1..<n).reduce(0.0) { $0 + Double(n - $1) * pow(phi, Double($1)) }
        return standardavvikelse(serie) * (Double(n) + 2 * par).squareRoot() / Double(n)
    }

    /// The standard deviation of a random walk's current value less its mean over the last n years, in units
    /// of its innovation: x(T) − mean = Σ_{j=1}^{n−1} (n − j)/n · Δx(T − j + 1), so the variance is
    /// Σ_{j=1}^{n−1} ((n − j)/n)² = (n − 1)(2n − 1)/(6n). The assumption holds a window's mean; under a
    /// random walk the level has moved on from it by this much.
    static func slumpvandringsniva(n: Int) -> Double {
        (Double((n - 1) * (2 * n - 1)) / Double(6 * n)).squareRoot()
    }

    /// The innovation standard deviation of a random walk without drift through `serie`: √(Σ Δ² / number of
    /// changes), the maximum-likelihood estimate when the yearly change has mean zero. No drift, because the
    /// projection's assumptions hold a level: a trend seen in the window is variation the paths must
    /// cover, not a direction they know.
    static func slumpvandring(_ serie: [Double]) -> Double {
        let steg = zip(serie.dropFirst(), serie).map { $0 - $1 }
        return (steg.reduce(0) { $0 + $1 * $1 } / Double(max(steg.count, 1))).squareRoot()
    }

    /// An AR(1) process fitted to `serie` as deviations from its mean: x(t) on x(t−1) by least squares without
    /// intercept (one column through LAPACK), φ kept within 0–0.98, and the standard deviation of the
    /// residuals. A series without variation (the country's deviation from itself) has φ = σ = 0.
    static func ar1(_ serie: [Double]) throws(BefolkningsFel) -> (phi: Double, sigma: Double) {
        let medel = serie.reduce(0, +) / Double(serie.count)
        let x = serie.map { $0 - medel }
        guard x.dropLast().contains(where: { $0 != 0 }) else { return (0, 0) }
        let fore = Matrix(column: Array(x.dropLast())), efter = Matrix(column: Array(x.dropFirst()))
        let phi: Double
        do { phi = try fore.leastSquares(efter).solution[0, 0] } catch { throw .berakningsfel(error) }
        let begransad = min(max(phi, Befolkningsmodellval.ar1PhiGranser.lowerBound), Befolkningsmodellval.ar1PhiGranser.upperBound)
        let residualer = zip(x.dropFirst(), x).map { $0 - begransad * $1 }
        return (begransad, (residualer.reduce(0) { $0 + $1 * $1 } / Double(max(residualer.count - 1, 1))).squareRoot())
    }
}
