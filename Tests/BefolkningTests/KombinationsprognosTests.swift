import Foundation
import Testing
@testable import Befolkning
import Vokabular

/// The product's projection, the mean of the cohort-component projection, the constant growth rate and the
/// population unchanged per age group and sex, against hand calculations on constructed data.
@Suite("Kombinationsprognos")
struct KombinationsprognosTests {
    /// Data for the years `ar` with `kvinnor(år)` women and `man(år)` men at every age, no births or deaths.
    static func data(_ ar: ClosedRange<Int>, kvinnor: (Int) -> Double, man: (Int) -> Double) throws -> Befolkningsdata {
        let k: [[Double]] = ar.map { [Double](repeating: kvinnor($0), count: Alder.antal) }
        let m: [[Double]] = ar.map { [Double](repeating: man($0), count: Alder.antal) }
        let fodda: [[Double]] = ar.map { _ in [Double](repeating: 0, count: Alder.fertila.count) }
        let doda: [[Double]] = ar.map { _ in [Double](repeating: 0, count: Alder.antal) }
        return try Befolkningsdata(region: "test", ar: ar, folkmangd: [k, m], fodda: [fodda, fodda], doda: [doda, doda])
    }

    /// A projection from 2010 over two years with `kvinnor` women and `man` men at every age.
    static func prognos(kvinnor: Double, man: Double) -> Befolkningsprognos {
        let ar = [[Double](repeating: kvinnor, count: Alder.antal), [Double](repeating: man, count: Alder.antal)]
        return Befolkningsprognos(basar: 2010, ar: [2011, 2012], bas: ar, folkmangd: [ar, ar], fodda: [1, 2], doda: [3, 4],
                                  migration: [5, 6], tfr: [1.5, 1.5], e0: [[80, 80], [80, 80]])
    }

    @Test("Every age is the mean of the model, its group's constant growth rate and its level at the base year; a scenario keeps its ratio to the medium")
    func medel() throws {
        // Women 100 at every age in 2000, 121 in 2010: the growth over the ten years is 1,21, so after h years
        // the trend is 121·1,21^(h/10); men 50 throughout. The model: 130 women and 40 men at every age.
        let data = try Self.data(1995...2010, kvinnor: { (ar: Int) -> Double in ar <= 2000 ? 100 : ar == 2010 ? 121 : 110 }, man: { _ in 50 })
        let medel = Self.prognos(kvinnor: 130, man: 40)
        let k = Kombinationsprognos(medel: medel, data: data)
        let kombinerad = k.kombinera(medel)
        // (130 + 121·1,21^(h/10) + 121) / 3 for h = 1 and 2 (Python), and (40 + 50 + 50) / 3.
        // From 65 the model alone.
        for (t, vantat) in [(0, 124.77621001848875), (1, 125.56735810291475)] {
            for a in [0, 19, 20, 64] {
                #expect(abs(kombinerad.folkmangd[t][Kon.kvinnor.rawValue][a] - vantat) < 1e-9)
                #expect(abs(kombinerad.folkmangd[t][Kon.man.rawValue][a] - 140.0 / 3) < 1e-9)
            }
            for a in [65, 79, 80, 100] {
                #expect(kombinerad.folkmangd[t][Kon.kvinnor.rawValue][a] == 130 && kombinerad.folkmangd[t][Kon.man.rawValue][a] == 40)
            }
        }
        // The components are the model's.
        #expect(kombinerad.fodda == medel.fodda && kombinerad.doda == medel.doda && kombinerad.migration == medel.migration)
        // A scenario twice the medium is twice the combination.
        let dubbel = k.kombinera(Self.prognos(kvinnor: 260, man: 80))
        for (a, b) in zip(dubbel.folkmangd.joined().joined(), kombinerad.folkmangd.joined().joined()) { #expect(abs(a - 2 * b) < 1e-9) }
        // The simulated quantiles move by the combined over the model's sum of each group: the total's 65 ages
        // under 65 of each sex combined, its 36 older ones not.
        let q = Kvantiler(varden: [1, 2, 3, 4, 5])
        let rad: [Kvantiler] = Aldersgrupp.allCases.map { _ in q }
        let sim = Befolkningsintervall(basar: 2010, ar: [2011, 2012], banor: 1, grupper: [rad, rad],
                                       forsorjningskvot: [q, q], fodda: [q, q], doda: [q, q], migration: [q, q])
        let flyttat = Kombinationsprognos.intervall(sim, modell: medel, kombinerad: kombinerad)
        let under65 = 65 * (124.77621001848875 + 140.0 / 3), aldre = 36 * (130.0 + 40.0)
        let f = (under65 + aldre) / (101 * 170.0)
        for (a, b) in zip(flyttat.kvantiler(.total, 0).varden, q.varden) { #expect(abs(a - b * f) < 1e-9) }
        // The dependency ratio's by the combined over the model's ratio: the model has 170 persons at every age,
        // (20 + 36)·170 / (45·170) = 56/45; combined, the 65 ages under 65 hold c each and the 36 older 170.
        let c = 124.77621001848875 + 140.0 / 3
        let fKvot = (20 * c + 36 * 170.0) / (45 * c) / (56.0 / 45.0)
        for (a, b) in zip(flyttat.forsorjningskvot[0].varden, q.varden) { #expect(abs(a - b * fKvot) < 1e-12) }
        #expect(flyttat.fodda == sim.fodda && flyttat.doda == sim.doda && flyttat.migration == sim.migration)
    }

    @Test("Only the data up to the base year count; a shorter history shortens the growth rate's window")
    func basaret() throws {
        let medel = Self.prognos(kvinnor: 130, man: 40)
        let fore = try Self.data(1995...2010, kvinnor: { (ar: Int) -> Double in ar <= 2000 ? 100 : ar == 2010 ? 121 : 110 }, man: { _ in 50 })
        let efter = try Self.data(1995...2013, kvinnor: { (ar: Int) -> Double in ar <= 2000 ? 100 : ar == 2010 ? 121 : ar > 2010 ? 999 : 110 },
                                  man: { (ar: Int) -> Double in ar > 2010 ? 1 : 50 })
        #expect(Kombinationsprognos(medel: medel, data: efter) == Kombinationsprognos(medel: medel, data: fore))
        // Data from 2006 (110 women) only: four years, (130 + 121·(121/110)^(1/4) + 121) / 3 after one year (Python).
        let kort = try Self.data(2006...2010, kvinnor: { (ar: Int) -> Double in ar == 2010 ? 121 : 110 }, man: { _ in 50 })
        let k = Kombinationsprognos(medel: medel, data: kort).kombinera(medel)
        #expect(abs(k.folkmangd[0][Kon.kvinnor.rawValue][30] - 124.97258545973928) < 1e-9)
        // Data of the base year alone: the model as it is.
        let ensam = try Self.data(2010...2010, kvinnor: { _ in 121 }, man: { _ in 50 })
        #expect(Kombinationsprognos(medel: medel, data: ensam).kombinera(medel) == medel)
    }
}
