extension Avvikelserapport {
    /// A prognosis version as the report names it.
    public struct Version: Equatable, Sendable {
        /// The year the prognosis is for.
        public let ar: Int
        /// The month after whose outcome it was made, 1–12.
        public let gjordEfter: Int
        /// The method, or by hand.
        public let upphov: Prognosversion.Upphov
        /// The version's comment.
        public let kommentar: String

        /// The name of `version`.
        init(_ version: Prognosversion) {
            ar = version.ar
            gjordEfter = version.gjordEfter
            upphov = version.upphov
            kommentar = version.kommentar
        }

        /// The month it was made after, "2018-08".
        public var period: String { "\(ar)-" + (gjordEfter < 10 ? "0" : "") + "\(gjordEfter)" }

        /// "hand" or the method's name.
        public var upphovText: String { upphov.namn }
    }

    /// One line of the report: a level's budget, prognoses, outcome and deviations, in kronor as booked.
    public struct Rad: Equatable, Sendable {
        /// The level.
        public let niva: Niva
        /// The nämnd's, förvaltning's or unit's name (the unit's code while it is unplaced), the row's code,
        /// or "Totalt".
        public let namn: String
        /// The unit's code, on unit and row lines.
        public let enhet: String?
        /// The row's code, on row lines.
        public let konto: String?
        /// The budget; nil when the ledger has no budget for the year.
        public let budget: Double?
        /// Each version's prognosis, in the order of `Avvikelserapport.versioner`; nil where the version does
        /// not cover this line.
        public let prognoser: [Double?]
        /// The outcome.
        public let utfall: Double

        /// Budget − outcome: positive is better than budget.
        public var avvikelseBudget: Double? { budget.map { $0 - utfall } }

        /// Prognosis − outcome for version `index`: positive is better than the prognosis.
        public func avvikelsePrognos(_ index: Int) -> Double? { prognoser[index].map { $0 - utfall } }

        /// The latest version that covers this line.
        public var senasteVersion: Int? { prognoser.lastIndex { $0 != nil } }

        /// Prognosis − outcome for the latest version that covers this line.
        public var avvikelsePrognos: Double? { senasteVersion.flatMap(avvikelsePrognos) }

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
