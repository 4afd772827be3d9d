import Testing
@testable import Budget

@Suite("Budgetmodell")
struct BudgetmodellTests {
    @Test("With the decided assumptions the result is the sum of the decided lines")
    func reproducesDecidedBudget() throws {
        let utfall = try Testmodell.modell().berakna(Testmodell.beslutade)
        // 2031: 100 − 1000 − 30 + 700 + 250 + 10 − 20 = 10; 2032: 100 − 1040 − 32 + 720 + 260 + 10 − 20 = −2
        #expect(nara(utfall.resultatbudget.resultat, [10, -2]))
        #expect(nara(utfall.resultatbudget.verksamhetensKostnader, [-1000, -1040]))
    }

    @Test("Personnel indexation +1 percentage point raises costs by the personnel share, compounding")
    func personnelIndexationWhatIf() throws {
        var antaganden = Testmodell.beslutade
        antaganden.indexering.personalkostnader = [4, 3]
        let bas = try Testmodell.modell().berakna(Testmodell.beslutade)
        let whatIf = try Testmodell.modell().berakna(antaganden)
        // Personnel part = 40 % of the decided cost: 400 in 2031 and 416 in 2032. Both years carry the
        // factor 1.04/1.03, since the 2031 level is the base for 2032.
        let factor = 1.04 / 1.03
        let expected = [-400 * (factor - 1), -416 * (factor - 1)]
        let delta = zip(whatIf.resultatbudget.resultat, bas.resultatbudget.resultat).map { $0 - $1 }
        #expect(nara(delta, expected, 1e-9))
        // Lower result, lower equity and less cash, by the running sum.
        let ekDelta = zip(whatIf.balansbudget.utgaendeBalans, bas.balansbudget.utgaendeBalans).map { $0.egetKapital - $1.egetKapital }
        #expect(nara(ekDelta, [expected[0], expected[0] + expected[1]], 1e-9))
        #expect(nara(zip(whatIf.finansieringsbudget.likvidaMedelUB, bas.finansieringsbudget.likvidaMedelUB).map { $0 - $1 },
                     [expected[0], expected[0] + expected[1]], 1e-9))
    }

    @Test("A tax-base deviation is cumulative")
    func taxBaseDeviation() throws {
        var antaganden = Testmodell.beslutade
        antaganden.skatteunderlagsavvikelse = [-1, 2]
        let utfall = try Testmodell.modell().berakna(antaganden)
        #expect(nara(utfall.resultatbudget.skatteintakter, [700 * 0.99, 720 * 0.99 * 1.02], 1e-9))
    }

    @Test("Additional pension costs lower the result and raise provisions but use no cash")
    func pensionCosts() throws {
        var antaganden = Testmodell.beslutade
        antaganden.pensionskostnadsforandring = [5, 7]
        let bas = try Testmodell.modell().berakna(Testmodell.beslutade)
        let utfall = try Testmodell.modell().berakna(antaganden)
        #expect(nara(zip(utfall.resultatbudget.resultat, bas.resultatbudget.resultat).map { $0 - $1 }, [-5, -7]))
        // 250 + 12 + 5 = 267; 267 + 8 + 7 = 282.
        let avsattningar: [Double] = utfall.balansbudget.utgaendeBalans.map(\.avsattningarPensioner)
        #expect(nara(avsattningar, [267, 282]))
        #expect(nara(utfall.finansieringsbudget.likvidaMedelUB, bas.finansieringsbudget.likvidaMedelUB))
    }

    @Test("The balance sheet rolls forward and balances every year")
    func balanceRollForward() throws {
        let utfall = try Testmodell.modell().berakna(Testmodell.beslutade)
        let b = utfall.balansbudget.utgaendeBalans
        // Equity: 300 + 10 = 310, then 310 − 2 = 308.
        #expect(nara(b.map(\.egetKapital), [310, 308]))
        // Fixed assets: 400 + 30 − 30 = 400; 400 + 35 − 32 = 403.
        #expect(nara(b.map(\.materiellaTillgangar), [400, 403]))
        #expect(nara(utfall.balansbudget.obalans, [0, 0], 1e-9))
        // Cash 2031: 10 + 30 + 12 − 1 − 4 − 0 + 3 − 30 + 0 = 20 → 95; 2032: −2 + 32 + 8 + 1 − 2 + 10 + 3 − 35 − 5 = 10 → 105.
        #expect(nara(utfall.finansieringsbudget.likvidaMedelUB, [95, 105]))
        #expect(nara(b.map(\.kassaOchBank), [95, 105]))
    }

    @Test("A frame change moves the nämnd's frame; Finansförvaltningen balances to minus the result")
    func frameChange() throws {
        var antaganden = Testmodell.beslutade
        antaganden.ramforandringar = ["Trafiknämnden": [0, 6]]
        let utfall = try Testmodell.modell().berakna(antaganden)
        #expect(nara(utfall.resultatbudget.resultat, [10, -8]))
        let ramar = utfall.budgetramar.ramar
        #expect(ramar.first { $0.namnd == "Trafiknämnden" }?.belopp == [100, 110])
        let total = ramar.reduce([0.0, 0.0]) { summa($0, $1.belopp) }
        #expect(nara(total, utfall.resultatbudget.resultat.map { -$0 }, 1e-9))
    }

    @Test("Unknown nämnd, wrong series length and impossible rates are refused")
    func invalidAssumptions() throws {
        let modell = try Testmodell.modell()
        var a = Testmodell.beslutade
        a.ramforandringar = ["Okänd nämnd": [1, 1]]
        #expect(throws: BudgetFel.okandNamnd("Okänd nämnd", kanda: ["Vårdnämnden", "Trafiknämnden"])) {
            try modell.berakna(a)
        }
        a = Testmodell.beslutade
        a.finansiellaIntakter = [10]
        #expect(throws: BudgetFel.felAntalAr(serie: "Finansiella intäkter", forvantat: 2, faktiskt: 1)) {
            try modell.berakna(a)
        }
        a = Testmodell.beslutade
        a.indexering.driftskostnader = [2, -100]
        #expect(throws: BudgetFel.utanforIntervall(serie: "Uppräkning driftskostnader", ar: 2032, varde: -100,
                                                     intervall: Granser.procent)) {
            try modell.berakna(a)
        }
        a = Testmodell.beslutade
        a.indexering.personalkostnader = [1e8, 3]
        #expect(throws: BudgetFel.utanforIntervall(serie: "Uppräkning personalkostnader", ar: 2031, varde: 1e8,
                                                     intervall: Granser.procent)) {
            try modell.berakna(a)
        }
        a = Testmodell.beslutade
        a.statsbidragsforandring = [0, 1e19]
        #expect(throws: BudgetFel.utanforIntervall(serie: "Förändring statsbidrag", ar: 2032, varde: 1e19,
                                                     intervall: Granser.mnkr)) {
            try modell.berakna(a)
        }
        a = Testmodell.beslutade
        a.personalkostnadsandel = 120
        #expect(throws: BudgetFel.orimligAndel(120)) { try modell.berakna(a) }
    }

    @Test("A population factor outside 0,5–2 is refused with the bounds as they are, 0,5 not rounded to 1")
    func befolkningsfaktorGranser() throws {
        var a = Testmodell.beslutade
        a.befolkningsfaktor = [1, 0.35]
        let fel = BudgetFel.utanforIntervall(serie: "Befolkningsfaktor", ar: 2032, varde: 0.35, intervall: 0.5...2)
        #expect(throws: fel) { try Testmodell.modell().berakna(a) }
        #expect(fel.description == "Befolkningsfaktor 2032: 0,350 ligger utanför det tillåtna, mellan 0,5 och 2.")
        #expect(Granser.beskrivning(-1_000_000...1_000_000) == "mellan -1 000 000 och 1 000 000")
    }

    @Test("Plan periods must follow the base year without gaps")
    func planPeriod() {
        #expect(throws: BudgetFel.self) { try Planperiod(basar: 2022, ar: [2024, 2025]) }
        #expect(throws: BudgetFel.self) { try Planperiod(basar: 2022, ar: [2023, 2025]) }
        #expect(throws: BudgetFel.self) { try Planperiod(basar: 2022, ar: []) }
        #expect(throws: Never.self) { try Planperiod(basar: 2022, ar: [2023, 2024, 2025]) }
        // Years outside 1900–2200 are refused before any arithmetic on them can overflow.
        #expect(throws: BudgetFel.self) { try Planperiod(basar: Int.max, ar: [Int.max]) }
        #expect(throws: BudgetFel.self) { try Planperiod(basar: Int.min, ar: [Int.min + 1]) }
        #expect(throws: BudgetFel.self) { try Planperiod(basar: 2022, ar: Array(2023...2073)) }
        #expect(throws: Never.self) { try Planperiod(basar: 2022, ar: Array(2023...2072)) }
    }
}
