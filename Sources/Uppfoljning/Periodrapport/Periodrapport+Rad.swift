extension Periodrapport {
    /// One line of the report: a level's outcome and budget to date, full-year budget and prognoses.
    public struct Rad: Equatable, Sendable {
        /// The level.
        public let niva: Organisationsniva
        /// The nämnd's, förvaltning's or unit's name (the unit's code while it is unplaced), the row's code,
        /// or "Totalt".
        public let namn: String
        /// The unit's code, on unit and row lines.
        public let enhet: String?
        /// The row's code, on row lines.
        public let konto: String?
        /// Outcome January to the report's month.
        public let utfallAck: Double
        /// Budget January to the report's month; nil when the ledger has no budget for the year.
        public let budgetAck: Double?
        /// Budget for the whole year; nil when the ledger has no budget for the year.
        public let budgetAr: Double?
        /// Each version's prognosis, in the order of `Periodrapport.versioner`; nil where the version covers
        /// none of the line's series (or lacks some and there is no budget to carry forward).
        public let prognoser: [Nivaprognos?]
        /// The year's outcome; only in December's report.
        public let utfallAr: Double?

        /// Budget to date − outcome to date: positive is better than budget.
        public var avvikelseAck: Double? { budgetAck.map { $0 - utfallAck } }

        /// Full-year budget − version `index`'s prognosis: positive is a prognosis better than budget.
        public func avvikelseMotBudget(_ index: Int?) -> Double? {
            guard let index, let p = prognoser[index], let budgetAr else { return nil }
            return budgetAr - p.belopp
        }

        /// Version `foregaende`'s prognosis − version `index`'s: positive is an improvement since then.
        public func forandring(_ index: Int?, mot foregaende: Int?) -> Double? {
            guard let index, let foregaende, let p = prognoser[index], let f = prognoser[foregaende] else { return nil }
            return f.belopp - p.belopp
        }

        /// Version `index`'s prognosis − the year's outcome (December's report): positive is an outcome
        /// better than that prognosis.
        public func avvikelseMotUtfall(_ index: Int) -> Double? {
            guard let utfallAr, let p = prognoser[index] else { return nil }
            return p.belopp - utfallAr
        }
    }
}
