import LinearAlgebra

/// The budget engine: from a base year's closing balance, the decided budget and a scenario's assumptions
/// it computes resultat-, balans- and finansieringsbudget and the nämnd frames for each plan year.
///
/// Costs: the decided cost level is split into personnel and operating costs by the personnel share and
/// re-indexed with the scenario's rates relative to the decided ones; frame changes and additional pension
/// costs are added. Balance items roll forward from the base year as cumulative sums of their flows, computed
/// for all items at once as one matrix product with a lower-triangular matrix of ones.
public struct Budgetmodell: Equatable, Sendable {
    /// The plan period.
    public let planperiod: Planperiod
    /// The decided budget.
    public let basbudget: Basbudget
    /// The balance sheet at the end of the base year (utgående balans basåret).
    public let ingaendeBalans: Balansposter
    /// Planned changes of working-capital items, pension provisions and long-term debt.
    public let balansforandringar: Balansforandringar

    /// Creates a model after checking that every series covers the plan period.
    public init(planperiod: Planperiod, basbudget: Basbudget, ingaendeBalans: Balansposter,
                balansforandringar: Balansforandringar) throws(BudgetError) {
        try basbudget.kontrollera(planperiod)
        try balansforandringar.kontrollera(planperiod)
        self.planperiod = planperiod
        self.basbudget = basbudget
        self.ingaendeBalans = ingaendeBalans
        self.balansforandringar = balansforandringar
    }

    /// Computes the three statements and the nämnd frames for one set of assumptions.
    public func berakna(_ antaganden: Budgetantaganden) throws(BudgetError) -> Budgetutfall {
        try antaganden.kontrollera(planperiod, namnder: basbudget.namnder)
        let resultatbudget = try resultatbudget(antaganden)
        let poster = kassaflodesposter(antaganden, resultat: resultatbudget.resultat)
        let finansiering = Finansieringsbudget(poster: poster, ingaendeLikvidaMedel: ingaendeBalans.kassaOchBank)
        let balans = try balansbudget(antaganden, resultat: resultatbudget.resultat,
                                      kassaflode: finansiering.aretsKassaflode)
        return Budgetutfall(planperiod: planperiod, resultatbudget: resultatbudget, balansbudget: balans,
                            finansieringsbudget: finansiering,
                            budgetramar: namndRamar(antaganden, resultat: resultatbudget.resultat))
    }

    // MARK: Resultatbudget

    private func resultatbudget(_ a: Budgetantaganden) throws(BudgetError) -> Resultatbudget {
        let n = planperiod.antalAr
        let andel = a.personalkostnadsandel / 100
        let personalfaktor = try Upprakning.kvot(a.indexering.personalkostnader, mot: basbudget.indexering.personalkostnader)
        let driftfaktor = try Upprakning.kvot(a.indexering.driftskostnader, mot: basbudget.indexering.driftskostnader)
        let skattefaktor = try Upprakning.kumulativ(a.skatteunderlagsavvikelse)
        let ramforandring = ramforandringPerAr(a)
        let kostnader = (0..<n).map { i -> Double in
            let bas = -basbudget.verksamhetensKostnader[i]
            let indexerad = bas * andel * personalfaktor[i] + bas * (1 - andel) * driftfaktor[i]
            return -(indexerad + ramforandring[i] + a.pensionskostnadsforandring[i])
        }
        return Resultatbudget(
            verksamhetensIntakter: basbudget.verksamhetensIntakter,
            verksamhetensKostnader: kostnader,
            avskrivningar: a.avskrivningar.map { -$0 },
            skatteintakter: (0..<n).map { basbudget.skatteintakter[$0] * skattefaktor[$0] },
            statsbidrag: summa(basbudget.statsbidrag, a.statsbidragsforandring),
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

    /// Rolls every balance item forward: closing(t) = opening + Σ_{u ≤ t} flow(u), as L · F for all items at once.
    private func balansbudget(_ a: Budgetantaganden, resultat: [Double], kassaflode: [Double]) throws(BudgetError)
        -> Balansbudget {
        let f = balansforandringar
        let inv = a.investeringar
        let floden: [[Double]] = [
            inv.immateriella,
            summa(inv.markOchByggnader, inv.maskinerOchInventarier, a.avskrivningar.map { -$0 }),
            inv.finansiella,
            f.forrad, f.kortfristigaFordringar, f.kortfristigaPlaceringar, kassaflode,
            resultat,
            summa(f.avsattningarPensioner, a.pensionskostnadsforandring),
            f.langfristigaSkulder, f.kortfristigaSkulder,
        ]
        let o = ingaendeBalans
        let ingaende = [o.immateriellaTillgangar, o.materiellaTillgangar, o.finansiellaAnlaggningstillgangar, o.forrad,
                        o.kortfristigaFordringar, o.kortfristigaPlaceringar, o.kassaOchBank, o.egetKapital,
                        o.avsattningarPensioner, o.langfristigaSkulder, o.kortfristigaSkulder]
        let n = planperiod.antalAr
        let ackumulerat: Matrix
        do {
            let flodesmatris = try Matrix(rows: n, columns: floden.count, columnMajor: floden.flatMap { $0 })
            ackumulerat = try Matrix.cumulativeSum(n).multiplied(by: flodesmatris)
        } catch {
            throw .berakningsfel(error)
        }
        let balanser = (0..<n).map { t -> Balansposter in
            let v = (0..<ingaende.count).map { ingaende[$0] + ackumulerat[t, $0] }
            return Balansposter(immateriellaTillgangar: v[0], materiellaTillgangar: v[1],
                                finansiellaAnlaggningstillgangar: v[2], forrad: v[3], kortfristigaFordringar: v[4],
                                kortfristigaPlaceringar: v[5], kassaOchBank: v[6], egetKapital: v[7],
                                avsattningarPensioner: v[8], langfristigaSkulder: v[9], kortfristigaSkulder: v[10])
        }
        return Balansbudget(utgaendeBalans: balanser)
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
