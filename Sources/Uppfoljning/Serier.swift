import LinearAlgebra
import Vokabular

/// Every monthly series of outcome or budget in a ledger as one matrix, for methods that work on many
/// series at once: one column per unit and row (`nycklar`, sorted), one row per month from `forsta` to
/// `sista`, amounts in kronor signed as booked (see `Bokforing`). A month without an amount for a series
/// is 0 kr, as in the books; months after `sista` are not in the ledger yet.
public struct Serier: Sendable {
    /// The series, in column order.
    public let nycklar: [Serienyckel]
    /// The first month with an amount in any series.
    public let forsta: Period
    /// The last month with an amount in any series.
    public let sista: Period
    /// Months × series, in kronor.
    public let belopp: Matrix

    /// The column of `nyckel`, if the ledger has that series.
    public func kolumn(_ nyckel: Serienyckel) -> Int? { index[nyckel] }

    /// The month of matrix row `rad` (0-based).
    public func period(rad: Int) -> Period? { forsta.flyttad(rad) }

    /// The matrix row of `period`, if it lies between `forsta` and `sista`.
    public func rad(_ period: Period) -> Int? {
        (forsta...sista).contains(period) ? forsta.antalManader(till: period) - 1 : nil
    }

    private let index: [Serienyckel: Int]

    init(nycklar: [Serienyckel], forsta: Period, sista: Period, belopp: Matrix) {
        self.nycklar = nycklar
        self.forsta = forsta
        self.sista = sista
        self.belopp = belopp
        index = Dictionary(uniqueKeysWithValues: nycklar.enumerated().map { ($1, $0) })
    }
}
