import Budget
import Foundation
import Input
import Vokabular

/// Several scenarios run in one batch and their key figures side by side: chains and budget-only scenarios
/// alike (a budget-only scenario has the budget's key figures only). With paths, every chain also has the
/// quantiles of its stochastic run, as `kor --simuleringar` gives them.
public struct Scenariojamforelse: Sendable {
    /// One scenario's key figures.
    public struct Scenarioutfall: Sendable {
        /// The name the scenario file gives.
        public let namn: String
        /// The plan years.
        public let ar: [Int]
        /// The key figures per plan year.
        public let nyckeltal: [Nyckeltal]
        /// The chain's quantiles when paths were asked for; nil for a budget-only scenario, which has no
        /// population to draw paths of.
        public let intervall: Kedjeintervall?

        /// The value of key figure `nyckel` in `year`, when the scenario has it.
        public func varde(_ nyckel: String, _ year: Int) -> Double? {
            guard let n = nyckeltal.first(where: { $0.nyckel == nyckel }), let i = ar.firstIndex(of: year) else { return nil }
            return n.varden[i]
        }

        /// The quantiles of key figure `nyckel` in `year`, when the scenario has them.
        public func kvantiler(_ nyckel: String, _ year: Int) -> Kvantiler? {
            guard let k = intervall, let s = k.serier.first(where: { $0.nyckel == nyckel }), let i = k.ar.firstIndex(of: year) else { return nil }
            return s.kvantiler[i]
        }
    }

    /// `utfall` with a name that two scenarios share followed by each one's file name, "Namn (fil.yaml)", so that
    /// the comparison's columns and `jamforelse.csv`'s rows can be told apart (a copy of a scenario keeps its
    /// `namn` until it is changed).
    static func atskilda(_ utfall: [Scenarioutfall], filer: [URL]) -> [Scenarioutfall] {
        let antal = Dictionary(utfall.map { ($0.namn, 1) }, uniquingKeysWith: +)
        return zip(utfall, filer).map { u, fil in
            guard antal[u.namn, default: 0] > 1 else { return u }
            return Scenarioutfall(namn: "\(u.namn) (\(fil.lastPathComponent))", ar: u.ar, nyckeltal: u.nyckeltal, intervall: u.intervall)
        }
    }

    /// The scenarios in the order given; the first is the one the others are compared with.
    public let scenarier: [Scenarioutfall]
    /// The paths asked for per chain, or nil for the deterministic comparison.
    public let simuleringar: Int?

    /// Reads and runs the scenario files `filer`: the chains' budgets as one batch per budget model, the
    /// budget-only scenarios' likewise. With `simuleringar`, each chain is then run on that many paths, as
    /// `Kedja.kor` runs them, seeded with `seed` or the chain's population scenario's seed; `framsteg` hears
    /// the paths done and the paths in all.
    public init(_ filer: [URL], simuleringar: Int? = nil, seed: UInt64? = nil,
                framsteg: ((_ klara: Int, _ totalt: Int) -> Void)? = nil) throws(Korfel) {
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
        var steg: [Kedjekorning.Steg] = []
        let kedjeresultat: [Kedjeresultat]
        do {
            for (_, k) in kedjor { steg.append(try k.forbered()) }
            kedjeresultat = try Kedjekorning.berakna(steg)
        } catch { throw .dataEllerAntaganden(error) }
        for (n, ((i, korning), r)) in zip(kedjor, kedjeresultat).enumerated() {
            let intervall = try simuleringar.map { banor throws(Korfel) in
                try korning.intervall(steg[n], banor: banor, seed: seed,
                                      framsteg: framsteg.map { f in { f(n * banor + $0, kedjor.count * banor) } })
            }
            resultat[i] = Scenarioutfall(namn: r.namn, ar: r.ar, nyckeltal: r.nyckeltal, intervall: intervall)
        }
        let utfall: [Budgetutfall]
        do { utfall = try Budgetbatch.berakna(budgetar.map { ($0.1, $0.1.antaganden) }) } catch { throw .dataEllerAntaganden(error) }
        for ((i, s), u) in zip(budgetar, utfall) {
            resultat[i] = Scenarioutfall(namn: s.namn, ar: s.planperiod.ar, nyckeltal: Nyckeltal.budget(u), intervall: nil)
        }
        scenarier = Self.atskilda(resultat.compactMap { $0 }, filer: filer)
        self.simuleringar = simuleringar
    }
}
