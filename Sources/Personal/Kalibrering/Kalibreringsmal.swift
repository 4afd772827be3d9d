/// A figure the region's documents give that the workforce model should reproduce: a quantity in a year for
/// some groups and care areas, with the tolerance it is known to (its rounding, or a stated reason) and its
/// source (file:line).
public struct Kalibreringsmal: Equatable, Sendable {
    /// What the figure measures.
    public enum Storhet: String, Equatable, Sendable, CaseIterable {
        /// Hired personnel's cost in the year, mnkr.
        case inhyrdKostnad = "inhyrd_kostnad_mnkr"
        /// Own staff's share of the working time, own and hired, percent.
        case egenAndel = "egen_andel_procent"
        /// External turnover (leavers other than retirements) over the year's mean headcount, percent.
        case omsattning = "omsattning_procent"
    }

    public let storhet: Storhet
    public let ar: Int
    /// The groups the figure covers; empty for all.
    public let grupper: [String]
    /// The care area the figure covers; nil for all.
    public let omrade: String?
    public let varde: Double
    /// The model's value is taken to reproduce the figure when it is this close, in the figure's unit.
    public let tolerans: Double
    /// Where the figure stands, e.g. "regionstyrelsen-2019-02-13.txt:4140".
    public let kalla: String
    /// Whether the figure takes part in the estimate; one that does not (e.g. a level that rests on assumed
    /// headcounts) is still computed and reported against the calibrated model.
    public let iSkattningen: Bool

    public init(storhet: Storhet, ar: Int, grupper: [String], omrade: String?, varde: Double, tolerans: Double, kalla: String,
                iSkattningen: Bool = true) {
        self.iSkattningen = iSkattningen
        self.storhet = storhet
        self.ar = ar
        self.grupper = grupper
        self.omrade = omrade
        self.varde = varde
        self.tolerans = tolerans
        self.kalla = kalla
    }

    /// Why the model cannot give the figure at all (a year outside the projection, a group or area not in the
    /// data), in words; nil when it can.
    public func hinder(_ p: Personalprognos) -> String? {
        guard let forsta = p.ar.first, let sista = p.ar.last else { return "prognosen är tom" }
        if ar < forsta { return "året ligger före basåret \(forsta), där modellen börjar" }
        if ar > sista { return "året ligger efter prognosens sista år \(sista)" }
        if storhet == .omsattning && ar == forsta { return "basåret har inga flöden; omsättningen räknas från året efter" }
        for g in grupper where !p.grupper.contains(g) { return "yrkesgruppen \(g) finns inte i bemanningen" }
        if let omrade, !p.omraden.contains(omrade) { return "vårdområdet \(omrade) finns inte i bemanningen" }
        if !p.segment.contains(where: omfattar) { return "ingen yrkesgrupp i bemanningen finns i vårdområdet" }
        return nil
    }

    /// The model's value of the figure, in its unit; nil where `hinder` names a reason.
    public func modellvarde(_ p: Personalprognos) -> Double? {
        guard hinder(p) == nil, let t = p.ar.firstIndex(of: ar) else { return nil }
        let summa = { (t: Int) in zip(p.segment, p.rader[t]).filter { omfattar($0.0) }.map(\.1).reduce(Personalprognos.Ar(), +) }
        let r = summa(t)
        switch storhet {
        case .inhyrdKostnad: return r.inhyrdKostnad / 1e6
        case .egenAndel: return r.egenAndelProcent
        case .omsattning:
            let medel = (summa(t - 1).antal + r.antal) / 2
            return medel > 0 ? r.ovrigaAvgangar / medel * 100 : 0
        }
    }

    private func omfattar(_ s: Segment) -> Bool { (grupper.isEmpty || grupper.contains(s.grupp)) && (omrade.map { $0 == s.omrade } ?? true) }
}
