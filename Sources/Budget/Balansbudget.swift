/// Balansbudget (budgeted balance sheet): the balance at the end of each plan year, mnkr.
public struct Balansbudget: Budgetrapport, Equatable {
    /// Balance sheet at the end of each plan year, aligned with the plan period.
    public let utgaendeBalans: [Balansposter]

    /// Wraps year-end balances.
    public init(utgaendeBalans: [Balansposter]) {
        self.utgaendeBalans = utgaendeBalans
    }

    /// Assets minus equity and liabilities per year; zero when the balance sheet balances.
    public var obalans: [Double] { utgaendeBalans.map { $0.summaTillgangar - $0.summaSkulderOchEgetKapital } }

    public var rubrik: String { "Balansbudget" }

    public var rader: [Budgetrad] {
        func rad(_ nyckel: String, _ rubrik: String, summering: Bool = false, _ value: (Balansposter) -> Double) -> Budgetrad {
            Budgetrad(nyckel, rubrik, utgaendeBalans.map(value), summering: summering)
        }
        return [
            rad("immateriella_tillgangar", "Immateriella tillgångar") { $0.immateriellaTillgangar },
            rad("materiella_tillgangar", "Mark, byggnader, maskiner och inventarier") { $0.materiellaTillgangar },
            rad("finansiella_anlaggningstillgangar", "Finansiella anläggningstillgångar") { $0.finansiellaAnlaggningstillgangar },
            rad("summa_anlaggningstillgangar", "Summa anläggningstillgångar", summering: true) { $0.summaAnlaggningstillgangar },
            rad("forrad", "Förråd") { $0.forrad },
            rad("kortfristiga_fordringar", "Kortfristiga fordringar") { $0.kortfristigaFordringar },
            rad("kortfristiga_placeringar", "Kortfristiga placeringar") { $0.kortfristigaPlaceringar },
            rad("kassa_och_bank", "Kassa och bank") { $0.kassaOchBank },
            rad("summa_omsattningstillgangar", "Summa omsättningstillgångar", summering: true) { $0.summaOmsattningstillgangar },
            rad("avstamningspost", "Avstämningspost: differens i underlagets ingående balans") { $0.avstamningspost },
            rad("summa_tillgangar", "Summa tillgångar", summering: true) { $0.summaTillgangar },
            rad("eget_kapital", "Eget kapital") { $0.egetKapital },
            rad("avsattningar_pensioner", "Avsättningar pensioner") { $0.avsattningarPensioner },
            rad("langfristiga_skulder", "Långfristiga skulder") { $0.langfristigaSkulder },
            rad("kortfristiga_skulder", "Kortfristiga skulder") { $0.kortfristigaSkulder },
            rad("summa_skulder_och_eget_kapital", "Summa eget kapital, avsättningar och skulder", summering: true) {
                $0.summaSkulderOchEgetKapital
            },
        ]
    }
}
