import Foundation

/// A full-year prognosis as it was made: for year `ar`, after the outcome of month `gjordEfter` was
/// known (the delårsrapport per 31 August is month 8), by a named method or by hand, with a comment and
/// the time it was made; its amounts per unit and row are in kronor, signed as booked (see `Bokforing`).
public struct Prognosversion: Equatable, Sendable {
    /// Who or what made a prognosis.
    public enum Upphov: Equatable, Sendable {
        /// A method by name, e.g. "runrate", "profil", "budget", "ets", "regression".
        case metod(String)
        /// Entered by hand, e.g. the prognosis a förvaltning reported.
        case hand

        /// "hand" or the method's name, as the files name a version.
        public var namn: String {
            switch self {
            case .hand: "hand"
            case .metod(let namn): namn
            }
        }
    }

    /// The ledger's id for a stored version; nil for one not stored yet.
    public let id: Int64?
    /// The year the prognosis is for.
    public let ar: Int
    /// The month after whose outcome it was made, 1–12.
    public let gjordEfter: Int
    /// The method, or by hand.
    public let upphov: Upphov
    /// Free text: why, by whom, what it rests on.
    public let kommentar: String
    /// When it was made.
    public let skapad: Date
    /// The full-year amounts per unit and row.
    public let poster: [Prognospost]

    /// Creates a version to store.
    public init(ar: Int, gjordEfter: Int, upphov: Upphov, kommentar: String, skapad: Date, poster: [Prognospost]) {
        self.init(id: nil, ar: ar, gjordEfter: gjordEfter, upphov: upphov, kommentar: kommentar, skapad: skapad, poster: poster)
    }

    init(id: Int64?, ar: Int, gjordEfter: Int, upphov: Upphov, kommentar: String, skapad: Date, poster: [Prognospost]) {
        self.id = id
        self.ar = ar
        self.gjordEfter = gjordEfter
        self.upphov = upphov
        self.kommentar = kommentar
        self.skapad = skapad
        self.poster = poster
    }
}

/// One unit's and row's full-year amount in a prognosis, in kronor, with the bounds of its 80 % and 95 %
/// intervals where the method gives them.
public struct Prognospost: Equatable, Sendable {
    /// Which series.
    public let nyckel: Serienyckel
    /// The point prognosis for the year.
    public let prognos: Double
    /// The 2,5 %, 10 %, 90 % and 97,5 % quantiles, or nil.
    public let intervall: Intervall?

    /// The quantiles of an interval prognosis.
    public struct Intervall: Equatable, Sendable {
        public let p2_5: Double
        public let p10: Double
        public let p90: Double
        public let p97_5: Double

        /// Creates the bounds; `LiggarFel.ogiltigaVarden` when stored unless p2_5 ≤ p10 ≤ p90 ≤ p97_5.
        public init(p2_5: Double, p10: Double, p90: Double, p97_5: Double) {
            self.p2_5 = p2_5
            self.p10 = p10
            self.p90 = p90
            self.p97_5 = p97_5
        }

        var varden: [Double] { [p2_5, p10, p90, p97_5] }

        /// Whether `utfall` lies within the 80 % interval (p10 … p90, bounds included).
        public func inom80(_ utfall: Double) -> Bool { p10 <= utfall && utfall <= p90 }

        /// Whether `utfall` lies within the 95 % interval (p2_5 … p97_5, bounds included).
        public func inom95(_ utfall: Double) -> Bool { p2_5 <= utfall && utfall <= p97_5 }

        /// The same interval moved by `skift`, its width kept.
        public func flyttad(_ skift: Double) -> Intervall {
            Intervall(p2_5: p2_5 + skift, p10: p10 + skift, p90: p90 + skift, p97_5: p97_5 + skift)
        }
    }

    /// Why the prognosis is what it is (a förvaltning's prognosförklaring for the line), if given.
    public let kommentar: String?

    /// Creates a post.
    public init(nyckel: Serienyckel, prognos: Double, intervall: Intervall? = nil, kommentar: String? = nil) {
        self.nyckel = nyckel
        self.prognos = prognos
        self.intervall = intervall
        self.kommentar = kommentar
    }
}

/// A stored prognosis version as the list of versions shows it: without its amounts, with their number.
public struct Versionsrad: Equatable, Sendable {
    public let id: Int64
    public let ar: Int
    public let gjordEfter: Int
    public let upphov: Prognosversion.Upphov
    public let kommentar: String
    public let skapad: Date
    /// The number of amounts (units × rows) the version holds.
    public let antal: Int
}
