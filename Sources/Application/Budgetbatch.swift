import Budget
import Input

/// Budgets of several scenarios computed the way `Budgetmodell` computes a batch: the scenarios that share
/// a budget model (the same decided budget and plan period) in one call, their indexation and balance
/// roll-forwards each one matrix product. Used by the chain and by the comparison.
enum Budgetbatch {
    /// The statements of each budget scenario in `budgetar` under the assumptions beside it, in order. A
    /// failure is placed in the file of the first scenario of its group.
    static func berakna(_ budgetar: [(scenario: Scenario, antaganden: Budgetantaganden)]) throws(ScenarioFel) -> [Budgetutfall] {
        var utfall = [Budgetutfall?](repeating: nil, count: budgetar.count)
        var kvar = Array(budgetar.indices)
        while let forsta = kvar.first {
            let modell = budgetar[forsta].scenario.modell
            let grupp = kvar.filter { budgetar[$0].scenario.modell == modell }
            kvar.removeAll { grupp.contains($0) }
            let alla: [Budgetutfall]
            do { alla = try modell.berakna(grupp.map { budgetar[$0].antaganden }) } catch {
                throw ScenarioFel(fil: budgetar[forsta].scenario.fil.path, rad: nil, nyckel: "antaganden", problem: error.description)
            }
            for (j, i) in grupp.enumerated() { utfall[i] = alla[j] }
        }
        return utfall.compactMap { $0 }
    }
}
