import Foundation

/// Cumulative indexation factors, computed as running sums of log growth:
/// factor(t) = Π_{u ≤ t} (1 + r(u)/100) = exp(Σ_{u ≤ t} log(1 + r(u)/100)).
/// Many series (e.g. all scenarios of a batch) are accumulated together as one matrix product.
enum Upprakning {
    /// Log growth of percent rates per year.
    static func logg(_ procent: [Double]) -> [Double] { procent.map { log1p($0 / 100) } }

    /// Log growth of the scenario's rates relative to the decided ones: log((1 + s/100) / (1 + b/100)).
    static func logg(_ scenario: [Double], mot beslutad: [Double]) -> [Double] {
        zip(scenario, beslutad).map { log1p($0 / 100) - log1p($1 / 100) }
    }

    /// Cumulative factors for each series of log growth (all of length `ar`), in one product L · G.
    static func faktorer(_ serier: [[Double]], ar: Int) throws(BudgetFel) -> [[Double]] {
        guard !serier.isEmpty else { return [] }
        let kumulativ = try Kumulativ.summor(serier, ar: ar)
        return (0..<serier.count).map { kumulativ.column($0).map { exp($0) } }
    }
}
