import Vokabular

/// Känslighetsanalys (sensitivity analysis): how much the result changes each year when one assumption
/// moves by a standard step, as Swedish regions tabulate it in their annual reports. The scenario and
/// all its variants are computed together as one batch.
///
/// A variant whose changed assumption leaves the model's domain (e.g. personnel indexation already at the
/// 100 % ceiling) cannot be computed; it is listed in `ejBeraknade` with the reason, and the others are
/// computed as usual: a legal scenario always gets its statements.
public struct Kanslighetsanalys: Budgetrapport, Equatable {
    /// A variant that could not be computed, and why.
    public struct EjBeraknad: Equatable, Sendable {
        /// The variant's row key.
        public let nyckel: String
        /// The variant's heading.
        public let rubrik: String
        /// Why the model refused it.
        public let orsak: BudgetFel
    }

    /// One row per computed variant: the change of the result against the scenario, mnkr per year.
    public let rader: [Budgetrad]
    /// The variants that could not be computed.
    public let ejBeraknade: [EjBeraknad]

    /// Runs the standard variants of `antaganden` through `modell`; throws only when `antaganden` itself
    /// cannot be computed.
    public init(modell: Budgetmodell, antaganden: Budgetantaganden) throws(BudgetFel) {
        let namnder = modell.basbudget.namnder
        var giltiga: [(nyckel: String, rubrik: String, antaganden: Budgetantaganden)] = []
        var ejBeraknade: [EjBeraknad] = []
        for variant in Self.varianter(antaganden, period: modell.planperiod) {
            do {
                try variant.antaganden.kontrollera(modell.planperiod, namnder: namnder)
                giltiga.append(variant)
            } catch {
                ejBeraknade.append(EjBeraknad(nyckel: variant.nyckel, rubrik: variant.rubrik, orsak: error))
            }
        }
        let utfall = try modell.berakna([antaganden] + giltiga.map(\.antaganden))
        let bas = utfall[0].resultatbudget.resultat
        rader = zip(giltiga, utfall.dropFirst()).map { variant, u in
            Budgetrad(variant.nyckel, variant.rubrik, zip(u.resultatbudget.resultat, bas).map { $0 - $1 })
        }
        self.ejBeraknade = ejBeraknade
    }

    public var rubrik: String { "Känslighetsanalys, effekt på resultatet" }

    public var fotnoter: [String] {
        ejBeraknade.map { "Kan inte beräknas: \($0.rubrik). \($0.orsak.description)" }
    }

    /// The standard steps: one percentage point on each indexation, a tax base one percent lower than the
    /// scenario's own in every year (the first year's cumulative deviation scaled by 0,99, so it stays a
    /// legal deviation for every legal scenario), and 10 mnkr on state grants and on pension costs, each in
    /// every plan year.
    static func varianter(_ a: Budgetantaganden, period: Planperiod)
        -> [(nyckel: String, rubrik: String, antaganden: Budgetantaganden)] {
        let indexeringssteg = period.nollserie.map { _ in Budgetmodellval.kanslighetIndexering }
        let statsbidragssteg = period.nollserie.map { _ in Budgetmodellval.kanslighetStatsbidrag }
        let pensionssteg = period.nollserie.map { _ in Budgetmodellval.kanslighetPensionskostnader }
        var personal = a
        personal.indexering.personalkostnader = summa(a.indexering.personalkostnader, indexeringssteg)
        var drift = a
        drift.indexering.driftskostnader = summa(a.indexering.driftskostnader, indexeringssteg)
        var skatt = a
        skatt.skatteunderlagsavvikelse[0] = ((1 + a.skatteunderlagsavvikelse[0] / 100) * (1 - Budgetmodellval.kanslighetSkatteunderlag / 100) - 1) * 100
        var statsbidrag = a
        statsbidrag.statsbidragsforandring = summa(a.statsbidragsforandring, statsbidragssteg.map { -$0 })
        var pension = a
        pension.pensionskostnadsforandring = summa(a.pensionskostnadsforandring, pensionssteg)
        // The keys and headings say the steps, in whole numbers as they are tabulated.
        let i = Belopp.text(Budgetmodellval.kanslighetIndexering, decimaler: 0)
        let s = Belopp.text(Budgetmodellval.kanslighetSkatteunderlag, decimaler: 0)
        let b = Belopp.text(Budgetmodellval.kanslighetStatsbidrag, decimaler: 0)
        let p = Belopp.text(Budgetmodellval.kanslighetPensionskostnader, decimaler: 0)
        return [
            ("personalkostnader_plus_\(i)", "Personalkostnader +\(i) procentenhet varje år", personal),
            ("driftskostnader_plus_\(i)", "Driftskostnader +\(i) procentenhet varje år", drift),
            ("skatteunderlag_minus_\(s)", "Skatteunderlaget \(s) procent lägre", skatt),
            ("statsbidrag_minus_\(b)", "Generella statsbidrag -\(b) mnkr", statsbidrag),
            ("pensionskostnader_plus_\(p)", "Pensionskostnader +\(p) mnkr", pension),
        ]
    }
}
