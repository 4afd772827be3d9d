import Foundation
import LinearAlgebra

/// Cumulative indexation factors, computed as running sums of log growth (one matrix product):
/// factor(t) = Π_{u ≤ t} (1 + r(u)/100) = exp(Σ_{u ≤ t} log(1 + r(u)/100)).
enum Upprakning {
    /// Cumulative factor of percent rates per year.
    static func kumulativ(_ procent: [Double]) throws(BudgetError) -> [Double] {
        try ackumulera(procent.map { log1p($0 / 100) })
    }

    /// Cumulative factor of the scenario's rates relative to the decided rates:
    /// Π (1 + scenario/100) / (1 + beslutad/100).
    static func kvot(_ scenario: [Double], mot beslutad: [Double]) throws(BudgetError) -> [Double] {
        try ackumulera(zip(scenario, beslutad).map { log1p($0 / 100) - log1p($1 / 100) })
    }

    private static func ackumulera(_ logg: [Double]) throws(BudgetError) -> [Double] {
        do {
            return try Matrix.cumulativeSum(logg.count).multiplied(by: logg).map { exp($0) }
        } catch {
            throw .berakningsfel(error)
        }
    }
}
