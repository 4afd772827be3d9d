import Budget
import Foundation
import Testing
@testable import Input

/// The balance sheet balances in every year: a source whose opening balance does not balance has its
/// difference carried as an explicit, labelled reconciling row, within rounding or when the scenario
/// accepts it; a larger difference is refused.
@Suite("Ingående balans och avstämningspost")
struct IngaendeBalansTests {
    @Test("The Regionplan's 2022 balance lines differ by 1 mnkr; the row carries it and every year balances")
    func regionplanen() throws {
        let scenario = try Scenario.las(Projekt.standardscenario)
        // Bilaga 3, column 2022 (lines 2256–2272): 17 + 1 746 + 505 + 79 + 120 + 612 + 1 940 + 764 = 5 783;
        // lines 2280–2286: 1 970 + 2 595 + 3 + 1 216 = 5 784. The printed totals (2276, 2288) are both 5 784.
        #expect(scenario.modell.ingaendeBalans.avstamningspost == 5784 - 5783)
        #expect(scenario.modell.ingaendeBalans.summaTillgangar == 5784)
        let balans = try scenario.berakna().balansbudget
        #expect(balans.obalans.allSatisfy { abs($0) < 1e-9 })
        let rad = try #require(balans.rader.first { $0.nyckel == "avstamningspost" })
        #expect(rad.belopp == [1, 1, 1] && rad.rubrik.contains("Avstämningspost"))
    }

    @Test("A difference beyond rounding is refused unless the scenario accepts it")
    func utanforAvrundning() throws {
        let data = try Datakopia()
        // Equity 2022 raised by 10 mnkr: equity and liabilities exceed the assets' lines by 11 mnkr.
        try data.andra("balansbudget.csv") {
            $0.replacingOccurrences(of: "eget_kapital,1809,1970,", with: "eget_kapital,1809,1980,")
        }
        let fil = try data.scenario()
        do {
            _ = try Scenario.las(fil)
            Issue.record("obalansen godtogs")
        } catch {
            #expect(error.fil == data.url("balansbudget.csv").path && error.nyckel == "kolumn 2022")
            #expect(error.problem.contains("11,0 mnkr") && error.problem.contains("acceptera_obalans: true"))
        }
        let accepterad = try Scenario.las(try data.scenario { $0.replacingOccurrences(of: "basar: 2022", with: "basar: 2022\nacceptera_obalans: true") })
        #expect(accepterad.modell.ingaendeBalans.avstamningspost == 11)
        #expect(try accepterad.berakna().balansbudget.obalans.allSatisfy { abs($0) < 1e-9 })
        #expect(Avstamning.ingaendeBalans(accepterad.modell).first?.differens == -11)
    }

    @Test("The model refuses an opening balance that does not balance and has no reconciling item")
    func modellen() throws {
        let s = try Scenario.las(Projekt.standardscenario)
        var obalanserad = s.modell.ingaendeBalans
        obalanserad.avstamningspost = 0
        #expect(throws: BudgetFel.obalanseradIngaendeBalans(ar: 2022, differens: -1)) {
            try Budgetmodell(planperiod: s.planperiod, basbudget: s.modell.basbudget, ingaendeBalans: obalanserad,
                             balansforandringar: s.modell.balansforandringar)
        }
    }
}
