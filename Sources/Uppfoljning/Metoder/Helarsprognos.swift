import Foundation
import Vokabular

/// The full-year prognoses one method makes after month `manad` of year `ar`, per series, in kronor
/// signed as booked (see `Bokforing`).
public struct Helarsprognos: Sendable {
    /// One series' year-to-date and prognosis.
    public struct Rad: Sendable, Equatable {
        public let nyckel: Serienyckel
        /// The outcome of January through the cut-off month.
        public let ackumulerat: Double
        /// The full-year prognosis; nil when the method gives none for the series (see the method).
        public let prognos: Double?
        /// The 80 % and 95 % interval; nil when there is none.
        public let intervall: Prognospost.Intervall?
        /// For the methods whose interval comes from past errors: how many earlier years it rests on.
        public let arMedFel: Int?
    }

    /// A unit without any amount in some months of the year up to the cut-off, although it booked in the twelve
    /// months before each (`Manadsunderlag.luckor`).
    public struct Lucka: Sendable, Equatable {
        public let enhet: String
        public let manader: [Period]
    }

    public let metod: Prognosmetod
    public let ar: Int
    public let manad: Int
    /// Every series of the ledger, in key order.
    public let rader: [Rad]
    /// With `Forsoning.mint`: what the reconciliation rested on, or why the prognoses stayed bottom-up; nil for
    /// bottom-up.
    public var forsoning: Forsoningsutfall? = nil
    /// The units with months of no amount this year up to the cut-off although they booked in the twelve months
    /// before, which the methods count as 0 kr.
    public var luckor: [Lucka] = []

    /// The prognosis as a version to store in the ledger; series without a prognosis are left out.
    public func version(kommentar: String, skapad: Date) -> Prognosversion {
        Prognosversion(ar: ar, gjordEfter: manad, upphov: .metod(metod.namn), kommentar: kommentar, skapad: skapad,
                       poster: rader.compactMap { rad in
                           rad.prognos.map { Prognospost(nyckel: rad.nyckel, prognos: $0, intervall: rad.intervall) }
                       })
    }
}
