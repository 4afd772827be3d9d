/// Känslighetsanalys (sensitivity analysis): how much the result changes each year when one assumption
/// moves by a standard step, as Swedish regions tabulate it in their annual reports. The scenario and
/// all its variants are computed together as one batch.
public struct Kanslighetsanalys: Budgetrapport, Equatable {
    /// One row per variant: the change of the result against the scenario, mnkr per year.
    public let rader: [Budgetrad]

    /// Runs the standard variants of `antaganden` through `modell`.
    public init(modell: Budgetmodell, antaganden: Budgetantaganden) throws(BudgetError) {
        let varianter = Self.varianter(antaganden, period: modell.planperiod)
        let utfall = try modell.berakna([antaganden] + varianter.map(\.antaganden))
        let bas = utfall[0].resultatbudget.resultat
        rader = zip(varianter, utfall.dropFirst()).map { variant, u in
            Budgetrad(variant.nyckel, variant.rubrik, zip(u.resultatbudget.resultat, bas).map { $0 - $1 })
        }
    }

    public var rubrik: String { "Känslighetsanalys, effekt på resultatet" }

    /// The standard steps: one percentage point on each indexation, one percent on the tax base, and
    /// 10 mnkr on state grants and on pension costs, each in every plan year.
    static func varianter(_ a: Budgetantaganden, period: Planperiod)
        -> [(nyckel: String, rubrik: String, antaganden: Budgetantaganden)] {
        let ett = period.nollserie.map { _ in 1.0 }
        let tio = period.nollserie.map { _ in 10.0 }
        var personal = a
        personal.indexering.personalkostnader = summa(a.indexering.personalkostnader, ett)
        var drift = a
        drift.indexering.driftskostnader = summa(a.indexering.driftskostnader, ett)
        var skatt = a
        skatt.skatteunderlagsavvikelse[0] -= 1
        var statsbidrag = a
        statsbidrag.statsbidragsforandring = summa(a.statsbidragsforandring, tio.map { -$0 })
        var pension = a
        pension.pensionskostnadsforandring = summa(a.pensionskostnadsforandring, tio)
        return [
            ("personalkostnader_plus_1", "Personalkostnader +1 procentenhet varje år", personal),
            ("driftskostnader_plus_1", "Driftskostnader +1 procentenhet varje år", drift),
            ("skatteunderlag_minus_1", "Skatteunderlaget 1 procent lägre", skatt),
            ("statsbidrag_minus_10", "Generella statsbidrag -10 mnkr", statsbidrag),
            ("pensionskostnader_plus_10", "Pensionskostnader +10 mnkr", pension),
        ]
    }
}
