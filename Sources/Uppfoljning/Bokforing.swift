import Vokabular

/// One amount of an export: what unit `enhet` booked on row `konto` in month `period`, in öre.
///
/// Sign convention, the same for outcome, budget and prognosis: amounts are signed as they are booked,
/// costs positive (debit) and income negative (credit), as the region's own result tables print them
/// (`regionstyrelsen-2019-02-13.txt` line 12549: "Intäkter -913 850", costs positive, "NETTORESULTAT -9 499"
/// for a surplus of 9,5 mnkr). So a unit's result is minus the sum of its amounts, and a deviation
/// budget − outcome is positive where the outcome is better than the budget, for income and cost rows alike.
public struct Bokforing: Hashable, Sendable {
    /// The unit's code.
    public let enhet: String
    /// The row's (account's) code.
    public let konto: String
    /// The month.
    public let period: Period
    /// The amount in öre (hundredths of a krona), signed as booked.
    public let ore: Int64

    /// Creates an amount; `enhet` and `konto` are stored in their normalised form (`Kod.normaliserad`).
    public init(enhet: String, konto: String, period: Period, ore: Int64) {
        self.enhet = Kod.normaliserad(enhet)
        self.konto = Kod.normaliserad(konto)
        self.period = period
        self.ore = ore
    }

    /// The amount in kronor.
    public var kronor: Double { Double(ore) / 100 }

    /// What an export may give only once: unit, row and month.
    public struct Nyckel: Hashable, Sendable {
        public let enhet: String
        public let konto: String
        public let period: Period
    }

    /// This amount's unit, row and month.
    public var nyckel: Nyckel { Nyckel(enhet: enhet, konto: konto, period: period) }
}
