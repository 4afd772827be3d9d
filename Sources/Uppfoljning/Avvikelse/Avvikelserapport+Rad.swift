extension Avvikelserapport {
    /// One line of the report: a level's budget, prognoses, outcome and deviations, in kronor as booked.
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
        /// The budget; nil when the ledger has no budget for the year.
        public let budget: Double?
        /// Each version's prognosis, in the order of `Avvikelserapport.versioner`, with the budget carried
        /// forward for the series it lacks (see `Nivaprognos`); nil where the version covers none of the line's
        /// series.
        public let prognoser: [Double?]
        /// Per version, the number of the line's series whose budget stands in for a missing prognosis.
        public let budgetFramford: [Int]
        /// The latest prognosis: for each of the line's series the prognosis of the last version that has one
        /// for it, with the budget carried forward for a series that no version has (as in `prognoser`); nil
        /// where no version covers any of the line's series. Summed series by series, so that the levels add
        /// up as outcome and budget do: a hand version for one förvaltning moves that förvaltning's share of
        /// the total and nothing else.
        public let senastePrognos: Double?
        /// The outcome.
        public let utfall: Double
        /// On a row (konto) line, the explanation written with the series' latest prognosis that has one (a
        /// hand prognosis's `kommentar`, the prognosförklaring), with its version: "text (2018-08 hand)".
        public let kommentar: String?

        /// Budget − outcome: positive is better than budget.
        public var avvikelseBudget: Double? { budget.map { $0 - utfall } }

        /// Prognosis − outcome for version `index`: positive is better than the prognosis.
        public func avvikelsePrognos(_ index: Int) -> Double? { prognoser[index].map { $0 - utfall } }

        /// The latest prognosis − outcome (`senastePrognos`).
        public var avvikelsePrognos: Double? { senastePrognos.map { $0 - utfall } }

        /// The result: minus the booked amount, positive for a surplus.
        public var resultat: Double { -utfall }

        /// Larger deviation first: against budget, then against the latest prognosis, by absolute size;
        /// then by name, so that the order never depends on how the ledger happened to be read.
        static func storst(_ a: Rad, _ b: Rad) -> Bool {
            let (x, y) = (a.storlek, b.storlek)
            if x.budget != y.budget { return x.budget > y.budget }
            if x.prognos != y.prognos { return x.prognos > y.prognos }
            return (a.namn + "\u{0}" + (a.enhet ?? "")).unicodeScalars
                .lexicographicallyPrecedes((b.namn + "\u{0}" + (b.enhet ?? "")).unicodeScalars)
        }

        private var storlek: (budget: Double, prognos: Double) { (abs(avvikelseBudget ?? 0), abs(avvikelsePrognos ?? 0)) }
    }
}
