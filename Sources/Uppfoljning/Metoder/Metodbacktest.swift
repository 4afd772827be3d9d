import Vokabular

/// How the full-year methods would have done: for every complete year of the ledger and every cut-off
/// month 1–11, each method's prognosis from the data up to that month, against the year's outcome.
/// The error of a prognosis is (prognos − utfall) / |utfall| in per cent, so a positive bias means the
/// prognoses lay above the outcome (more cost, or less income, than booked); series-years with a zero
/// outcome are left out.
public struct Metodbacktest: Sendable {
    /// One method after one month, over all series and years where the method gave a prognosis.
    public struct Rad: Sendable, Equatable {
        public let metod: Prognosmetod
        public let manad: Int
        /// The number of prognoses.
        public let antal: Int
        /// Mean absolute percentage error; nil without prognoses.
        public let mape: Double?
        /// Mean signed percentage error.
        public let bias: Double?
        /// The share (0–1) of the prognoses with an interval whose 80 % interval held the outcome; nil when
        /// none had an interval.
        public let inom80: Double?
        /// The same for the 95 % interval.
        public let inom95: Double?
        /// The number of prognoses with an interval.
        public let antalIntervall: Int
    }

    /// The best method for one row (account): the lowest MAPE over the points (unit, year, month) where
    /// every method compared gave a prognosis, each year weighted by its recency (half the weight two years
    /// earlier), so that the choice follows how the methods did lately; only from points of at least
    /// `Uppfoljningsmodellval.bastMinstaAr` years. A method is compared on a row where it has prognoses from at
    /// least that many years; one that lacks the history it needs there (regression's three earlier years, ETS's
    /// two) is left out of the row's comparison instead of taking every other method's points with it.
    public struct Bast: Sendable, Equatable {
        public let konto: String
        public let metod: Prognosmetod
        /// The recency-weighted MAPE.
        public let mape: Double
        /// The number of common points.
        public let antal: Int
        /// The methods tested but not compared on this row: prognoses from fewer years than the comparison asks.
        public let utanHistorik: [Prognosmetod]
    }

    /// The years tested.
    public let ar: [Int]
    /// The methods tested, in order.
    public let metoder: [Prognosmetod]
    /// One row per method and month 1–11.
    public let rader: [Rad]
    /// Per row (account) where some method has prognoses from at least `Uppfoljningsmodellval.bastMinstaAr` years,
    /// sorted by code.
    public let bastPerKonto: [Bast]
    /// The rows (accounts) with common points from fewer years, which get no best method; sorted by code.
    public let forKortHistorik: [String]
    /// The tolerance of `stabilFran`, in per cent.
    public let tolerans: Double
    /// The point prognoses after the cut-offs the backtest was asked to keep, per cut-off, method and series;
    /// a series without a prognosis by a method is missing from that method's amounts.
    public let prognoser: [Period: [Prognosmetod: [Serienyckel: Double]]]
    /// Every prognosis whole, per method and cut-off, for the methods the backtest was asked to keep them for.
    public let hela: [Prognosmetod: [Period: Helarsprognos]]
    /// The sample ETS was tested on when it was not every series (`Serieurval.perKonto(_:bland:antal:)`): its rows, the
    /// recommendation where ETS is among the methods, and the coverage rest on the sampled series only.
    public let etsUrval: Urval?

    /// A sample of the ledger's series.
    public struct Urval: Sendable, Equatable {
        /// The series in the sample.
        public let provade: Int
        /// The ledger's series.
        public let serier: Int
        /// The most series per row (account) drawn.
        public let perKonto: Int
    }

    /// The first month from which the method's MAPE stays within `tolerans` through month 11; nil if it
    /// does not, or if some month has no prognosis.
    public func stabilFran(_ metod: Prognosmetod) -> Int? {
        let egna = rader.filter { $0.metod == metod }.sorted { $0.manad < $1.manad }
        var fran: Int?
        for rad in egna {
            guard let mape = rad.mape else { return nil }
            if mape <= tolerans { fran = fran ?? rad.manad } else { fran = nil }
        }
        return fran
    }
}
