import Foundation
import Testing
@testable import Forecasting

/// A rolling origin's combination warm-started from the first origin's estimates (`ETSCombination.refitted(to:)`)
/// instead of searched only cold: the same models and optima on cited series, and a cold fit where the series
/// does not continue the one fitted.
@Suite("ETS: warm start along a rolling origin")
struct WarmStartTests {
    /// `USAccDeaths` (RDatasets), 72 months, where an additive season wins, and `AirPassengers`, 144 months, where
    /// a multiplicative one does; the origins are the backtest's: January–November of the last year, the first
    /// of them searched cold.
    static let series = RDatasets.usAccDeaths

    @Test("Warm-started from January's estimates, each later origin fits the cold search's models with the same AICc",
          arguments: [RDatasets.usAccDeaths, RDatasets.airPassengers])
    func sameAsCold(series: [Double]) throws {
        let origins = (series.count - 11)...(series.count - 1)
        let anchor = try ETSCombination.fit(Array(series.prefix(origins.lowerBound)), period: 12)
        for cut in origins.dropFirst() {
            let part = Array(series.prefix(cut))
            let warm = try anchor.refitted(to: part), cold = try ETSCombination.fit(part, period: 12)
            #expect(warm.series == part)
            #expect(warm.selected.specification == cold.selected.specification, "origin \(cut)")
            #expect(abs(warm.selected.aicc - cold.selected.aicc) < 0.01, "origin \(cut)")
            // Every candidate with support in the cold fit has it warm. Their AICc agree to within 0,01 (a
            // likelihood ratio of e^0,005) where the cold search's best is not from R's start alone, which the
            // warm search leaves out: on AirPassengers, ETS(M,N,M) and ETS(M,Ad,M), 8–11 AICc above the chosen
            // model, end 3,4–7,5 AICc higher warm after months 139–143 (bench/RESULTS.md).
            #expect(Set(warm.models.map(\.specification)) == Set(cold.models.map(\.specification)), "origin \(cut)")
            for model in cold.models where series == RDatasets.usAccDeaths || model.specification == cold.selected.specification {
                let other = try #require(warm.models.first { $0.specification == model.specification })
                #expect(abs(other.aicc - model.aicc) < 0.01, "origin \(cut), \(model.specification)")
            }
        }
    }

    @Test("The warm search starts from the earlier estimates: with nothing new it ends no worse than they were")
    func noWorseThanItsStart() throws {
        let part = Array(Self.series.prefix(71))
        let anchor = try ETSCombination.fit(part, period: 12)
        let again = try anchor.refitted(to: part)
        #expect(Set(again.estimates.keys) == Set(anchor.estimates.keys))
        for (specification, before) in anchor.estimates {
            let after = try #require(again.estimates[specification])
            #expect(after.minusTwiceLogLikelihood <= before.minusTwiceLogLikelihood, "\(specification)")
        }
    }

    @Test("A series that does not continue the one fitted is fitted cold")
    func otherSeriesIsCold() throws {
        let anchor = try ETSCombination.fit(Array(Self.series.prefix(60)), period: 12)
        let other = Array(Self.series.dropFirst(1).prefix(64))
        let refitted = try anchor.refitted(to: other), cold = try ETSCombination.fit(other, period: 12)
        #expect(refitted.weights == cold.weights)
        #expect(refitted.models.map(\.parameters) == cold.models.map(\.parameters))
    }
}
