import Vokabular

/// One figure as stated by a source: what it is, the amount and where it is printed.
public struct Uppgift: Equatable, Sendable {
    /// What the figure is, e.g. "Bilaga 1 Resultatbudget, Avskrivningar".
    public let beskrivning: String
    /// The amount in mnkr.
    public let belopp: Double
    /// Decimals the figure is shown with.
    public let decimaler: Int
    /// Where it is printed ("file:line"), or where it was computed from.
    public let kalla: String

    /// Creates a figure.
    public init(beskrivning: String, belopp: Double, decimaler: Int, kalla: String) {
        self.beskrivning = beskrivning
        self.belopp = belopp
        self.decimaler = decimaler
        self.kalla = kalla
    }
}

/// A reconciliation finding (avstämningsanmärkning): two figures that should agree but do not.
public struct Avstamningsanmarkning: Equatable, Sendable, CustomStringConvertible {
    /// How serious the disagreement is.
    public enum Allvar: String, Equatable, Sendable {
        /// Larger than rounding of the printed figures can explain, or an identity that must hold exactly.
        case varning
        /// Small enough to come from rounding of the printed figures.
        case avrundning
    }

    /// Warning or rounding note.
    public let allvar: Allvar
    /// The budget year concerned.
    public let ar: Int
    /// The first figure.
    public let forsta: Uppgift
    /// The figure it should agree with.
    public let andra: Uppgift
    /// True when the two must agree exactly (an identity such as assets = equity and liabilities).
    public let exakt: Bool

    /// Creates a finding.
    public init(allvar: Allvar, ar: Int, forsta: Uppgift, andra: Uppgift, exakt: Bool = false) {
        self.allvar = allvar
        self.ar = ar
        self.forsta = forsta
        self.andra = andra
        self.exakt = exakt
    }

    /// First minus second, mnkr.
    public var differens: Double { forsta.belopp - andra.belopp }

    public var description: String {
        let decimaler = max(forsta.decimaler, andra.decimaler)
        let slutsats = exakt ? "de ska stämma exakt"
            : allvar == .varning ? "mer än avrundning kan förklara" : "inom vad avrundning kan förklara"
        return "\(ar): \(forsta.beskrivning) \(Belopp.mnkr(forsta.belopp, decimaler: forsta.decimaler)) (\(forsta.kalla))"
            + " men \(andra.beskrivning) \(Belopp.mnkr(andra.belopp, decimaler: andra.decimaler)) (\(andra.kalla));"
            + " differens \(Belopp.mnkr(differens, decimaler: decimaler)), \(slutsats)."
    }
}
