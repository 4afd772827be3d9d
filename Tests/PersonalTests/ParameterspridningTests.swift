import Foundation
import LinearAlgebra
import Testing
@testable import Befolkning
@testable import Personal

@Suite("Parameterspridningen")
struct ParameterspridningTests {
    private let vard = Segment(grupp: "sköterska", omrade: "vård")

    @Test("On a linear case the covariance is the closed form (Aᵀ W A)⁻¹, W = diag(1/σ²); an unused parameter gets none")
    func slutenForm() throws {
        // r(θ) = (A θ − y) / σ with three targets and two parameters; a third parameter moves nothing.
        let a = [[1.0, 2.0], [3.0, -1.0], [0.5, 4.0]], y = [2.0, 1.0, 3.0], sigma = [0.5, 2.0, 1.0]
        let r = { (x: [Double]) -> [Double]? in (0..<3).map { i in (a[i][0] * x[0] + a[i][1] * x[1] - y[i]) / sigma[i] } }
        // AᵀWA by hand: w = (4, 0,25, 1).
        let m11 = 4 * 1 + 0.25 * 9 + 1 * 0.25, m12 = 4 * 2 + 0.25 * -3 + 1 * 2, m22 = 4 * 4 + 0.25 * 1 + 1 * 16
        let det = m11 * m22 - m12 * m12
        let sluten = [[m22 / det, -m12 / det, 0], [-m12 / det, m11 / det, 0], [0, 0, 0]]
        let (s, _, bestamd) = try Parameterspridning.kovarians(r, vid: [1, 2, 0], granser: [0...10, -5...5, 0...1], namn: ["a", "b", "c"])
        #expect(bestamd == [true, true, false])
        for i in 0..<3 { for j in 0..<3 { #expect(abs(s[i][j] - sluten[i][j]) < 1e-9 * max(1, abs(sluten[i][j])), "\(i) \(j)") } }
    }

    /// One group in one area: ten persons at each age 20–59, 20 hired FTE in the base year at 1 700 h × 600 kr, a
    /// constant population; hired personnel up to half the need.
    private func modell() throws -> (Personalmodell, Personalantaganden) {
        let m = try Personalmodell(basar: 2020, bestand: try Personalbestand(aldersband: try Aldersband([20...59]), rader: [
            .init(segment: vard, band: 0, antal: 400, arsarbetare: 400, manadslon: 30_000)]),
                                   inhyrdKostnad: [vard: 20 * 1_700 * 600], vardtyngd: Testpersonal.vardtyngd,
                                   befolkning: Testpersonal.konstantBefolkning(basar: 2020, ar: 5))
        var a = Testpersonal.antaganden(horisont: 3, omsattning: 0.08, kapacitet: 25, band: 1, pensionering: [60: 1])
        a.grupper["sköterska"]!.hyrtak = 0.5
        return (m, a)
    }

    private let fria: [Kalibreringsparameter] = [.omsattningsniva, .rekryteringskapacitet("sköterska")]

    private func mal(_ tolerans: Double) -> [Kalibreringsmal] {
        [Kalibreringsmal(storhet: .omsattning, ar: 2021, grupper: [], omrade: nil, varde: 8, tolerans: 0.05 * tolerans, kalla: "x"),
         Kalibreringsmal(storhet: .inhyrdKostnad, ar: 2022, grupper: [], omrade: nil, varde: 50, tolerans: 2 * tolerans, kalla: "y")]
    }

    @Test("Tolerances twice as wide give standard deviations twice as large; the draws have the covariance")
    func skalaOchDragningar() throws {
        let (m, a) = try modell()
        let s1 = try Parameterspridning(m, a, mal: mal(1), parametrar: fria), s2 = try Parameterspridning(m, a, mal: mal(2), parametrar: fria)
        #expect(s1.parametrar == [.omsattningsniva, .rekryteringskapacitet("sköterska")] && s1.bestamd == [true, true])
        #expect(s1.standardavvikelse.allSatisfy { $0 > 0 })
        for (x, y) in zip(s1.standardavvikelse, s2.standardavvikelse) { #expect(abs(y - 2 * x) < 1e-9 * x) }
        // 20 000 draws: the sample covariance of (turnover factor, capacity) within 5 % of the diagonal and the
        // correlation within 0,03.
        var d = s1.dragningar(seed: 1)
        let prov = (0..<20_000).map { _ -> [Double] in
            let b = d.nasta()
            return [b.grupper["sköterska"]!.personalomsattning / 0.08, b.grupper["sköterska"]!.rekryteringskapacitet]
        }
        let n = Double(prov.count)
        let medel: [Double] = (0..<2).map { (j: Int) -> Double in prov.reduce(0.0) { $0 + $1[j] } / n }
        func kovarians(_ i: Int, _ j: Int) -> Double {
            prov.reduce(0.0) { (summa: Double, x: [Double]) -> Double in summa + (x[i] - medel[i]) * (x[j] - medel[j]) } / (n - 1)
        }
        let s = s1.kovarians
        #expect(abs(kovarians(0, 0) / s[0][0] - 1) < 0.05 && abs(kovarians(1, 1) / s[1][1] - 1) < 0.05)
        let korrelation = kovarians(0, 1) / (kovarians(0, 0) * kovarians(1, 1)).squareRoot()
        #expect(abs(korrelation - s[0][1] / (s[0][0] * s[1][1]).squareRoot()) < 0.03)
        // The means at the scenario's values, within four standard errors.
        let fel: [Double] = [abs(medel[0] - 1), abs(medel[1] - 25)]
        for j in 0..<2 { #expect(fel[j] < 4 * (s[j][j] / n).squareRoot()) }
    }

    @Test("Targets far looser than the parameters move them: no parameter is determined and every draw is the scenario")
    func ingenSpridning() throws {
        let (m, a) = try modell()
        let s = try Parameterspridning(m, a, mal: mal(1e9), parametrar: fria)
        #expect(s.bestamd == [false, false] && s.standardavvikelse == [0, 0])
        var d = s.dragningar(seed: 3)
        for _ in 0..<5 { #expect(d.nasta() == a) }
    }
}
