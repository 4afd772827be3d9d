import Foundation
import LinearAlgebra

/// The uncertainty of a projection, estimated from the region's own history up to the base year:
///
/// - fertility: the log of the yearly total fertility rate, as deviations from its mean, follows an AR(1)
///   process x(t) = φ·x(t−1) + ε, fitted by least squares; φ is kept within 0–0.98 so paths stay stationary;
/// - mortality: the national Lee–Carter index's yearly innovations (its `sigma`, per sex; both sexes get the
///   same standard normal draws, so their mortality moves together), and the uncertainty of its estimated
///   drift (standard error sigma/√(years − 1), drawn once per path);
/// - migration: the yearly net migration total varies around the assumed total with the standard deviation
///   of the historical totals (independent between years), and the assumed level itself — a mean over a
///   window of years — is uncertain by its standard error, drawn once per path.
public struct Osakerhet: Equatable, Sendable {
    /// AR(1) coefficient of log TFR.
    public let fruktsamhetPhi: Double
    /// Standard deviation of the AR(1) innovations of log TFR.
    public let fruktsamhetSigma: Double
    /// Standard deviation of the yearly net migration total, persons.
    public let migrationSigma: Double
    /// Standard error of the assumed migration level (a mean over `migrationsfonster` years), persons.
    public let migrationsnivaSigma: Double

    /// Creates uncertainty from its parameters.
    public init(fruktsamhetPhi: Double, fruktsamhetSigma: Double, migrationSigma: Double, migrationsnivaSigma: Double) {
        self.fruktsamhetPhi = fruktsamhetPhi
        self.fruktsamhetSigma = fruktsamhetSigma
        self.migrationSigma = migrationSigma
        self.migrationsnivaSigma = migrationsnivaSigma
    }

    /// Estimates the parameters from the `fonster` years up to and including `ar`; the migration level is
    /// a mean over `migrationsfonster` years.
    public init(_ data: Befolkningsdata, till ar: Int, fonster: Int, migrationsfonster: Int) throws(BefolkningsFel) {
        let forsta = ar - fonster + 1
        guard fonster >= 5, forsta > data.ar.lowerBound, data.ar.contains(ar) else {
            throw .ogiltigtAntagande("osäkerhetens fönster \(forsta)–\(ar) (minst 5 år) ryms inte i data "
                                     + "\(data.ar.lowerBound + 1)–\(data.ar.upperBound)")
        }
        let logTFR = try Fruktsamhet.tfrSerie(data, ar: forsta...ar).map { log(max($0, 1e-9)) }
        let medel = logTFR.reduce(0, +) / Double(logTFR.count)
        let x = logTFR.map { $0 - medel }
        // x(t) on x(t−1), no intercept: one column of least squares through LAPACK.
        let fore = Matrix(column: Array(x.dropLast())), efter = Matrix(column: Array(x.dropFirst()))
        let phi: Double
        do { phi = try fore.leastSquares(efter).solution[0, 0] } catch { throw .berakningsfel(error) }
        let begransad = min(max(phi, 0), 0.98)
        let residualer = zip(x.dropFirst(), x).map { $0 - begransad * $1 }
        let fSigma = (residualer.reduce(0) { $0 + $1 * $1 } / Double(max(residualer.count - 1, 1))).squareRoot()
        let totaler = Migration.totaler(data, ar: forsta...ar)
        let mMedel = totaler.reduce(0, +) / Double(totaler.count)
        let mSigma = (totaler.reduce(0) { $0 + ($1 - mMedel) * ($1 - mMedel) } / Double(totaler.count - 1)).squareRoot()
        self.init(fruktsamhetPhi: begransad, fruktsamhetSigma: fSigma, migrationSigma: mSigma,
                  migrationsnivaSigma: mSigma / Double(max(migrationsfonster, 1)).squareRoot())
    }
}
