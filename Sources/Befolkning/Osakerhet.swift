import Foundation
import LinearAlgebra

/// The uncertainty of a projection, estimated from the region's own history up to the base year:
///
/// - fertility: the log of the yearly total fertility rate, as deviations from its mean, follows an AR(1)
///   process x(t) = φ·x(t−1) + ε, fitted by least squares; φ is kept within 0–0.98 so paths stay stationary;
/// - mortality: the national Lee–Carter index's yearly innovations (its `sigma`, per sex; both sexes get the
///   same standard normal draws, so their mortality moves together), and the uncertainty of its estimated
///   drift (standard error sigma/√(years − 1), drawn once per path);
/// - migration: the yearly net migration total deviates from the assumed total as an AR(1) process fitted
///   the same way to the historical totals, starting from no deviation at the base year, so that a year of
///   high migration tends to be followed by another; and the assumed level itself — a mean over a window
///   of such autocorrelated years — is uncertain by its standard error, drawn once per path.
public struct Osakerhet: Equatable, Sendable {
    /// AR(1) coefficient of log TFR.
    public let fruktsamhetPhi: Double
    /// Standard deviation of the AR(1) innovations of log TFR.
    public let fruktsamhetSigma: Double
    /// Standard deviation of the yearly net migration total around its mean, persons.
    public let migrationSigma: Double
    /// AR(1) coefficient of the yearly net migration total.
    public let migrationPhi: Double
    /// Standard deviation of the AR(1) innovations of the net migration total, persons.
    public let migrationInnovation: Double
    /// Standard error of the assumed migration level (a mean over `migrationsfonster` years), persons.
    public let migrationsnivaSigma: Double

    /// Creates uncertainty from its parameters.
    public init(fruktsamhetPhi: Double, fruktsamhetSigma: Double, migrationSigma: Double, migrationPhi: Double,
                migrationInnovation: Double, migrationsnivaSigma: Double) {
        self.fruktsamhetPhi = fruktsamhetPhi
        self.fruktsamhetSigma = fruktsamhetSigma
        self.migrationSigma = migrationSigma
        self.migrationPhi = migrationPhi
        self.migrationInnovation = migrationInnovation
        self.migrationsnivaSigma = migrationsnivaSigma
    }

    /// Estimates the parameters from the `fonster` years up to and including `ar`; the migration level is
    /// a mean over `migrationsfonster` years.
    public init(_ data: Befolkningsdata, till ar: Int, fonster: Int, migrationsfonster: Int) throws(BefolkningsFel) {
        let forsta = ar - fonster + 1
        guard fonster >= Befolkningsmodellval.minstaOsakerhetsfonster, forsta > data.ar.lowerBound, data.ar.contains(ar) else {
            throw .ogiltigtAntagande("osäkerhetens fönster \(forsta)–\(ar) (minst \(Befolkningsmodellval.minstaOsakerhetsfonster) år) ryms inte i data "
                                     + "\(data.ar.lowerBound + 1)–\(data.ar.upperBound)")
        }
        let fruktsamhet = try Self.ar1(try Fruktsamhet.tfrSerie(data, ar: forsta...ar).map { log(max($0, 1e-9)) })
        let totaler = Migration.totaler(data, ar: forsta...ar)
        let migration = try Self.ar1(totaler)
        let medel = totaler.reduce(0, +) / Double(totaler.count)
        let mSigma = (totaler.reduce(0) { $0 + ($1 - medel) * ($1 - medel) } / Double(totaler.count - 1)).squareRoot()
        // The variance of a mean of n consecutive years of a stationary AR(1) process with variance σ²:
        // σ²/n² · (n + 2 Σ_{k=1}^{n−1} (n − k)·φ^k), the covariances of every pair of years.
        let phi = migration.phi, n = max(migrationsfonster, 1)
        let par = (1..<n).reduce(0.0) { $0 + Double(n - $1) * pow(phi, Double($1)) }
        let niva = mSigma * (Double(n) + 2 * par).squareRoot() / Double(n)
        self.init(fruktsamhetPhi: fruktsamhet.phi, fruktsamhetSigma: fruktsamhet.sigma, migrationSigma: mSigma,
                  migrationPhi: phi, migrationInnovation: migration.sigma, migrationsnivaSigma: niva)
    }

    /// An AR(1) process fitted to `serie` as deviations from its mean: x(t) on x(t−1) by least squares without
    /// intercept (one column through LAPACK), φ kept within 0–0.98, and the standard deviation of the
    /// residuals.
    static func ar1(_ serie: [Double]) throws(BefolkningsFel) -> (phi: Double, sigma: Double) {
        let medel = serie.reduce(0, +) / Double(serie.count)
        let x = serie.map { $0 - medel }
        let fore = Matrix(column: Array(x.dropLast())), efter = Matrix(column: Array(x.dropFirst()))
        let phi: Double
        do { phi = try fore.leastSquares(efter).solution[0, 0] } catch { throw .berakningsfel(error) }
        let begransad = min(max(phi, Befolkningsmodellval.ar1PhiGranser.lowerBound), Befolkningsmodellval.ar1PhiGranser.upperBound)
        let residualer = zip(x.dropFirst(), x).map { $0 - begransad * $1 }
        return (begransad, (residualer.reduce(0) { $0 + $1 * $1 } / Double(max(residualer.count - 1, 1))).squareRoot())
    }
}
