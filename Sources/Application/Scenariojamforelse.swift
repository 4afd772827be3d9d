import Budget
import Foundation
import Input

/// Several scenarios run in one batch and their key figures side by side: chains and budget-only scenarios
/// alike (a budget-only scenario has the budget's key figures only).
public struct Scenariojamforelse: Sendable {
    /// One scenario's key figures.
    public struct Scenarioutfall: Sendable {
        /// The name the scenario file gives.
        public let namn: String
        /// The plan years.
        public let ar: [Int]
        /// The key figures per plan year.
        public let nyckeltal: [Nyckeltal]

        /// The value of key figure `nyckel` in `year`, when the scenario has it.
        public func varde(_ nyckel: String, _ year: Int) -> Double? {
            guard let n = nyckeltal.first(where: { $0.nyckel == nyckel }), let i = ar.firstIndex(of: year) else { return nil }
            return n.varden[i]
        }
    }

    /// The scenarios in the order given; the first is the one the others are compared with.
    public let scenarier: [Scenarioutfall]

    /// Reads and runs the scenario files `filer`: the chains' budgets as one batch per budget model, the
    /// budget-only scenarios' likewise.
    public init(_ filer: [URL]) throws(Korfel) {
        guard filer.count >= 2 else { throw .saknas("ange minst två scenariofiler att jämföra") }
        var kedjor: [(Int, Kedjekorning)] = [], budgetar: [(Int, Scenario)] = []
        for (i, fil) in filer.enumerated() {
            do {
                switch try Scenariotyp.las(fil) {
                case .kedja: kedjor.append((i, Kedjekorning(try Kedjescenario.las(fil))))
                case .budget: budgetar.append((i, try Scenario.las(fil)))
                }
            } catch { throw .scenario(error) }
        }
        var resultat = [Scenarioutfall?](repeating: nil, count: filer.count)
        let kedjeresultat: [Kedjeresultat]
        do { kedjeresultat = try Kedjekorning.berakna(kedjor.map(\.1)) } catch { throw .dataEllerAntaganden(error) }
        for ((i, _), r) in zip(kedjor, kedjeresultat) { resultat[i] = Scenarioutfall(namn: r.namn, ar: r.ar, nyckeltal: r.nyckeltal) }
        let utfall: [Budgetutfall]
        do { utfall = try Budgetbatch.berakna(budgetar.map { ($0.1, $0.1.antaganden) }) } catch { throw .dataEllerAntaganden(error) }
        for ((i, s), u) in zip(budgetar, utfall) { resultat[i] = Scenarioutfall(namn: s.namn, ar: s.planperiod.ar, nyckeltal: Nyckeltal.budget(u)) }
        scenarier = resultat.compactMap { $0 }
    }
}
