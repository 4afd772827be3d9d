import Foundation
import Testing
@testable import Forecasting

/// Automatic choice screens the candidates with the search's first step and completes the search only for
/// those near the best (`ETSModel.screeningMargin`). The screening may change the work, never the answer the
/// full search gives: checked against every candidate fitted alone, on constructed series.
@Suite("Automatic choice: screening, then the full search")
struct ScreeningTests {
    /// 72 months of a level growing 0,5 a month with a multiplicative season (summer low, December high) and
    /// ±3 % deterministic wobble (sin t²), so that a multiplicative-season model wins.
    static let seasonal: [Double] = (0..<72).map { t -> Double in
        let season: Double = [1.00, 0.97, 1.02, 1.00, 1.02, 1.05, 0.70, 0.88, 1.02, 1.03, 1.03, 1.10][t % 12]
        let level: Double = 100 + 0.5 * Double(t)
        return level * season * (1 + 0.03 * sin(Double(t * t) * 0.7))
    }

    /// The same with an additive season of ±10 around 200 and a damped rise, 60 months.
    static let additive: [Double] = (0..<60).map { t -> Double in
        let x = Double(t)
        let rise: Double = 30 * (1 - pow(0.95, x))
        let season: Double = 10 * sin(x * Double.pi / 6)
        return 200 + rise + season + 2 * sin(Double(t * t) * 0.7)
    }

    @Test("The automatic choice is the candidate with the lowest AICc when each is fitted alone, with that fit",
          arguments: [seasonal, additive])
    func sameAsEveryCandidateAlone(series: [Double]) throws {
        let chosen = try ETSModel.fit(series, period: 12)
        let alone = ETSSpecification.candidates.compactMap { try? ETSModel.fit(series, period: 12, model: .specified($0)) }
        let best = try #require(alone.min { $0.aicc < $1.aicc })
        #expect(chosen.specification == best.specification)
        #expect(chosen.aicc == best.aicc)
        #expect(chosen.parameters == best.parameters)
    }

    @Test("A screened estimate refined is the full estimate, number for number", arguments: ["MAM", "MNM", "MAdN", "AAdA"])
    func refinedIsFull(code: String) throws {
        let specification = try #require(ETSSpecification(code: code))
        let screening = ETSEstimator(series: Self.seasonal, specification: specification, period: 12, effort: .screening)
        let cheap = try screening.estimate()
        let refined = try screening.refined(cheap)
        let full = try ETSEstimator(series: Self.seasonal, specification: specification, period: 12).estimate()
        #expect(refined.minusTwiceLogLikelihood == full.minusTwiceLogLikelihood)
        #expect(refined.parameters == full.parameters)
        #expect(refined.minusTwiceLogLikelihood <= cheap.minusTwiceLogLikelihood)
    }
}
