import Vokabular

/// The follow-up report for a month, as the ekonomidirektör reads it at a månadsrapport, tertial (April,
/// August), delår (August) or bokslut (December): for the whole ledger, each nämnd, förvaltning, unit and
/// unit row, nested as the organisation is, the outcome and budget for the year to date and their deviation,
/// the full-year budget, the year's prognosis against budget and against the prognosis before it, and after
/// year end the outcome against every version made during the year.
///
/// Amounts are in kronor, signed as booked (see `Bokforing`): costs positive, income negative. Every
/// deviation is written so that **positive is better**, for income and cost rows alike: budget − outcome,
/// budget − prognosis, and the previous prognosis − this one (a positive change is an improvement).
///
/// The year to date is never compared with a full-year figure: outcome to date goes against budget to
/// date, the full-year prognosis against the full-year budget.
///
/// A series without budget in a year that has budget elsewhere is budgeted at 0 kr (see `Avvikelserapport`).
/// Where a version has no prognosis for some of a level's series, the level's prognosis takes the full-year
/// budget for them ("budget framförd") and says for how many; a version that covers none of a level's
/// series gives that level no prognosis.
public struct Periodrapport: Equatable, Sendable {
    /// The month reported: outcome and budget to date run from January to this month.
    public let period: Period
    /// The year's versions made after a month up to `period`, oldest first, in the order of `Rad.prognoser`.
    public let versioner: [Versionsnamn]
    /// Each version's amounts per unit and row, in the order of `versioner`.
    public let poster: [[Prognospost]]
    /// The version reported as the prognosis (by default the latest), an index into `versioner`.
    public let prognos: Int?
    /// The version it is compared with: the latest made after an earlier month, of the same origin when
    /// there is one, unless chosen; an index into `versioner`.
    public let foregaende: Int?
    /// Whether the ledger has budget for the year at all.
    public let harBudget: Bool
    /// For the year's budget given as a year's amount: how many series were spread over the months, by method.
    /// Empty when the budget was given per month.
    public let periodisering: [Periodiseringsmetod: Int]
    /// The region's key figures, when the ledger has a kontoplan (`Liggare.kontoplan`).
    public let nyckeltal: Periodnyckeltal?
    /// The whole ledger's outcome and budget per month of the year, for the month-by-month picture.
    public let manader: [Manad]
    /// Every line, nested: the total, then each nämnd followed by its förvaltningar, each followed by its
    /// units, each followed by its rows; units not placed in the organisation come last.
    public let rader: [Rad]
    /// Per line, the index of the line it is part of; nil for the total.
    let foraldrar: [Int?]
    /// The units with amounts that the organisation does not place, when it places any: they count in the total
    /// but in no nämnd or förvaltning, so the nämnder do not add up to the total.
    public let oplacerade: [String]

    /// Whether the year is over: December's report, where the outcome is the year's.
    public var bokslut: Bool { period.manad == 12 }

    /// The whole ledger's line.
    public var totalt: Rad { rader[0] }

    /// The lines of one level, in the report's order.
    public func rader(_ niva: Organisationsniva) -> [Rad] { rader.filter { $0.niva == niva } }

    /// One month of the whole ledger.
    public struct Manad: Equatable, Sendable {
        public let manad: Int
        /// The month's outcome, nil after `period` or where the ledger has none.
        public let utfall: Double?
        /// The month's budget, nil where the ledger has none.
        public let budget: Double?
    }
}
