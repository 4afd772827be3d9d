@testable import Budget

/// A small two-year budget with round numbers, for checks against hand calculations.
enum Testmodell {
    static let period = try! Planperiod(basar: 2030, ar: [2031, 2032])

    static let basbudget = Basbudget(
        verksamhetensIntakter: [100, 100],
        verksamhetensKostnader: [-1000, -1040],
        skatteintakter: [700, 720],
        statsbidrag: [250, 260],
        finansiellaKostnader: [-20, -20],
        indexering: Indexering(personalkostnader: [3, 3], driftskostnader: [2, 2]),
        budgetramar: [
            Budgetram(namnd: "Vårdnämnden", belopp: [800, 830]),
            Budgetram(namnd: "Trafiknämnden", belopp: [100, 104]),
            Budgetram(namnd: "Finansförvaltningen", belopp: [-900, -934]),
        ])

    /// Balances: assets 50 + 400 + 10 + 5 + 60 + 100 + 75 = 700; equity and liabilities 300 + 250 + 50 + 100 = 700.
    static let ingaende = Balansposter(
        immateriellaTillgangar: 50, materiellaTillgangar: 400, finansiellaAnlaggningstillgangar: 10, forrad: 5,
        kortfristigaFordringar: 60, kortfristigaPlaceringar: 100, kassaOchBank: 75, egetKapital: 300,
        avsattningarPensioner: 250, langfristigaSkulder: 50, kortfristigaSkulder: 100)

    static let forandringar = Balansforandringar(
        forrad: [1, -1], kortfristigaFordringar: [4, 2], kortfristigaPlaceringar: [0, -10], kortfristigaSkulder: [3, 3],
        avsattningarPensioner: [12, 8], langfristigaSkulder: [0, -5])

    static let beslutade = Budgetantaganden(
        indexering: basbudget.indexering, personalkostnadsandel: 40, skatteunderlagsavvikelse: [0, 0],
        statsbidragsforandring: [0, 0], pensionskostnadsforandring: [0, 0], finansiellaIntakter: [10, 10],
        avskrivningar: [30, 32],
        investeringar: Investeringsplan(immateriella: [0, 0], markOchByggnader: [20, 25], maskinerOchInventarier: [10, 10],
                                        finansiella: [0, 0]))

    static func modell() throws -> Budgetmodell {
        try Budgetmodell(planperiod: period, basbudget: basbudget, ingaendeBalans: ingaende, balansforandringar: forandringar)
    }
}

/// |a − b| ≤ tolerance, element-wise.
func nara(_ a: [Double], _ b: [Double], _ tolerans: Double = 1e-9) -> Bool {
    a.count == b.count && zip(a, b).allSatisfy { abs($0 - $1) <= tolerans }
}
