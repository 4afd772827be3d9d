import LinearAlgebra

/// The budget engine: from a base year's closing balance, the decided budget and a scenario's assumptions
/// it computes resultat-, balans- and finansieringsbudget and the nämnd frames for each plan year.
///
/// Costs: the decided cost level is split into personnel and operating costs by the personnel share and
/// re-indexed with the scenario's rates relative to the decided ones; frame changes and additional pension
/// costs are added. Balance items roll forward from the base year as cumulative sums of their flows, computed
/// for all items and all scenarios of a batch at once as one matrix product with a lower-triangular matrix of ones.
public struct Budgetmodell: Equatable, Sendable {
    /// The plan period.
    public let planperiod: Planperiod
    /// The decided budget.
    public let basbudget: Basbudget
    /// The balance sheet at the end of the base year (utgående balans basåret).
    public let ingaendeBalans: Balansposter
    /// Planned changes of working-capital items, pension provisions and long-term debt.
    public let balansforandringar: Balansforandringar

    /// Creates a model after checking that every series covers the plan period and that the opening balance
    /// balances (a source's own discrepancy must be carried in `avstamningspost`, see `medAvstamningspost`).
    public init(planperiod: Planperiod, basbudget: Basbudget, ingaendeBalans: Balansposter,
                balansforandringar: Balansforandringar) throws(BudgetFel) {
        try basbudget.kontrollera(planperiod)
        try balansforandringar.kontrollera(planperiod)
        let obalans = ingaendeBalans.summaTillgangar - ingaendeBalans.summaSkulderOchEgetKapital
        guard obalans.isFinite, abs(obalans) <= 1e-6 else {
            throw .obalanseradIngaendeBalans(ar: planperiod.basar, differens: obalans)
        }
        self.planperiod = planperiod
        self.basbudget = basbudget
        self.ingaendeBalans = ingaendeBalans
        self.balansforandringar = balansforandringar
    }

    /// Computes the three statements and the nämnd frames for one set of assumptions.
    public func berakna(_ antaganden: Budgetantaganden) throws(BudgetFel) -> Budgetutfall {
        try berakna([antaganden])[0]
    }

    /// Computes many scenarios at once (e.g. a sensitivity analysis): the indexation factors of all
    /// scenarios are one matrix product, and so are the balance roll-forwards of all scenarios.
    public func berakna(_ scenarier: [Budgetantaganden]) throws(BudgetFel) -> [Budgetutfall] {
        for antaganden in scenarier { try antaganden.kontrollera(planperiod, namnder: basbudget.namnder) }
        let n = planperiod.antalAr
        let basindex = basbudget.indexering
        let faktorer = try Upprakning.faktorer(scenarier.flatMap { a in
            [Upprakning.logg(a.indexering.personalkostnader, mot: basindex.personalkostnader),
             Upprakning.logg(a.indexering.driftskostnader, mot: basindex.driftskostnader),
             Upprakning.logg(a.skatteunderlagsavvikelse)]
        }, ar: n)
        let resultatbudgetar = scenarier.enumerated().map { s, a in
            resultatbudget(a, personalfaktor: faktorer[3 * s], driftfaktor: faktorer[3 * s + 1],
                           skattefaktor: faktorer[3 * s + 2])
        }
        let finansieringsbudgetar = zip(scenarier, resultatbudgetar).map { a, r in
            Finansieringsbudget(poster: kassaflodesposter(a, resultat: r.resultat),
                                ingaendeLikvidaMedel: ingaendeBalans.kassaOchBank)
        }
        let balansbudgetar = try balansbudgetar(scenarier, resultat: resultatbudgetar.map(\.resultat),
                                                kassaflode: finansieringsbudgetar.map(\.aretsKassaflode))
        return scenarier.indices.map { s in
            Budgetutfall(planperiod: planperiod, resultatbudget: resultatbudgetar[s], balansbudget: balansbudgetar[s],
                         finansieringsbudget: finansieringsbudgetar[s],
                         budgetramar: namndRamar(scenarier[s], resultat: resultatbudgetar[s].resultat))
        }
    }

    // MARK: Resultatbudget

    private func resultatbudget(_ a: Budgetantaganden, personalfaktor: [Double], driftfaktor: [Double],
                                skattefaktor: [Double]) -> Resultatbudget {
        let andel = a.personalkostnadsandel / 100
        let ramforandring = ramforandringPerAr(a)
        let kostnader = (0..<planperiod.antalAr).map { i -> Double in
            let bas = -basbudget.verksamhetensKostnader[i]
            let indexerad = bas * andel * personalfaktor[i] + bas * (1 - andel) * driftfaktor[i]
            return -(indexerad + ramforandring[i] + a.pensionskostnadsforandring[i] + a.personalkostnadsforandring[i])
        }
        return Resultatbudget(
            verksamhetensIntakter: basbudget.verksamhetensIntakter,
            verksamhetensKostnader: kostnader,
            avskrivningar: a.avskrivningar.map { -$0 },
            skatteintakter: (0..<planperiod.antalAr).map { basbudget.skatteintakter[$0] * skattefaktor[$0] * a.befolkningsfaktor[$0] },
            statsbidrag: summa(zip(basbudget.statsbidrag, a.befolkningsfaktor).map { $0 * $1 }, a.statsbidragsforandring),
            finansiellaIntakter: a.finansiellaIntakter,
            finansiellaKostnader: basbudget.finansiellaKostnader)
    }

    private func ramforandringPerAr(_ a: Budgetantaganden) -> [Double] {
        a.ramforandringar.values.reduce(planperiod.nollserie) { summa($0, $1) }
    }

    // MARK: Finansieringsbudget

    private func kassaflodesposter(_ a: Budgetantaganden, resultat: [Double]) -> Kassaflodesposter {
        let f = balansforandringar
        return Kassaflodesposter(
            aretsResultat: resultat,
            avskrivningar: a.avskrivningar,
            forandringAvsattningar: summa(f.avsattningarPensioner, a.pensionskostnadsforandring),
            forandringForrad: f.forrad.map { -$0 },
            forandringKortfristigaFordringar: f.kortfristigaFordringar.map { -$0 },
            forandringKortfristigaPlaceringar: f.kortfristigaPlaceringar.map { -$0 },
            forandringKortfristigaSkulder: f.kortfristigaSkulder,
            investeringarImmateriella: a.investeringar.immateriella.map { -$0 },
            investeringarMarkOchByggnader: a.investeringar.markOchByggnader.map { -$0 },
            investeringarMaskinerOchInventarier: a.investeringar.maskinerOchInventarier.map { -$0 },
            forvarvFinansiellaTillgangar: a.investeringar.finansiella.map { -$0 },
            nettoupplaning: f.langfristigaSkulder)
    }

    // MARK: Balansbudget

    /// The balance items in the order of the flow matrix's columns.
    private static let antalPoster = 11

    /// Rolls every balance item of every scenario forward: closing(t) = opening + Σ_{u ≤ t} flow(u),
    /// as one product L · F where F holds one column per item and scenario.
    private func balansbudgetar(_ scenarier: [Budgetantaganden], resultat: [[Double]], kassaflode: [[Double]])
        throws(BudgetFel) -> [Balansbudget] {
        let n = planperiod.antalAr
        let floden = scenarier.indices.flatMap { s in flodeskolumner(scenarier[s], resultat: resultat[s], kassaflode: kassaflode[s]) }
        let ackumulerat = try Kumulativ.summor(floden, ar: n)
        let o = ingaendeBalans
        let ingaende = [o.immateriellaTillgangar, o.materiellaTillgangar, o.finansiellaAnlaggningstillgangar, o.forrad,
                        o.kortfristigaFordringar, o.kortfristigaPlaceringar, o.kassaOchBank, o.egetKapital,
                        o.avsattningarPensioner, o.langfristigaSkulder, o.kortfristigaSkulder]
        return scenarier.indices.map { s in
            Balansbudget(utgaendeBalans: (0..<n).map { t -> Balansposter in
                let v = (0..<Self.antalPoster).map { ingaende[$0] + ackumulerat[t, s * Self.antalPoster + $0] }
                return Balansposter(immateriellaTillgangar: v[0], materiellaTillgangar: v[1],
                                    finansiellaAnlaggningstillgangar: v[2], forrad: v[3], kortfristigaFordringar: v[4],
                                    kortfristigaPlaceringar: v[5], kassaOchBank: v[6], egetKapital: v[7],
                                    avsattningarPensioner: v[8], langfristigaSkulder: v[9], kortfristigaSkulder: v[10],
                                    avstamningspost: o.avstamningspost)
            })
        }
    }

    /// One scenario's yearly flows per balance item, in the order of `Balansposter`'s stored properties.
    private func flodeskolumner(_ a: Budgetantaganden, resultat: [Double], kassaflode: [Double]) -> [[Double]] {
        let f = balansforandringar
        let inv = a.investeringar
        return [
            inv.immateriella,
            summa(inv.markOchByggnader, inv.maskinerOchInventarier, a.avskrivningar.map { -$0 }),
            inv.finansiella,
            f.forrad, f.kortfristigaFordringar, f.kortfristigaPlaceringar, kassaflode,
            resultat,
            summa(f.avsattningarPensioner, a.pensionskostnadsforandring),
            f.langfristigaSkulder, f.kortfristigaSkulder,
        ]
    }

    // MARK: Budgetramar

    private func namndRamar(_ a: Budgetantaganden, resultat: [Double]) -> NamndRamar {
        var ramar = basbudget.budgetramar.filter { $0.namnd != Basbudget.finansforvaltningen }
        for i in ramar.indices {
            if let forandring = a.ramforandringar[ramar[i].namnd] {
                ramar[i].belopp = summa(ramar[i].belopp, forandring)
            }
        }
        let ovriga = ramar.reduce(planperiod.nollserie) { summa($0, $1.belopp) }
        let finans = (0..<planperiod.antalAr).map { -resultat[$0] - ovriga[$0] }
        return NamndRamar(ramar: ramar + [Budgetram(namnd: Basbudget.finansforvaltningen, belopp: finans)],
                          resultat: resultat)
    }
}

/// The statements a budget model computes for one scenario.
public struct Budgetutfall: Equatable, Sendable {
    /// The plan period the statements cover.
    public let planperiod: Planperiod
    /// Resultatbudget.
    public let resultatbudget: Resultatbudget
    /// Balansbudget.
    public let balansbudget: Balansbudget
    /// Finansieringsbudget.
    public let finansieringsbudget: Finansieringsbudget
    /// Budgetramar per nämnd.
    public let budgetramar: NamndRamar
}
