import Testing
@testable import Befolkning

@Suite("Fruktsamhet")
struct FruktsamhetTests {
    @Test("Age-specific rates are births over the mean female population of the window")
    func handraknad() throws {
        var folk = [[[Double]]](repeating: [[Double]](repeating: [Double](repeating: 0, count: Alder.antal), count: 3), count: 2)
        folk[0][0][30] = 1000; folk[0][1][30] = 1040; folk[0][2][30] = 1060
        var fodda = [[[Double]]](repeating: [[Double]](repeating: [Double](repeating: 0, count: Alder.fertila.count), count: 3), count: 2)
        fodda[0][1][15] = 25; fodda[1][1][15] = 26   // mother aged 30 in year 2001
        fodda[0][2][15] = 20; fodda[1][2][15] = 22   // and in 2002
        let doda = [[[Double]]](repeating: [[Double]](repeating: [Double](repeating: 0, count: Alder.antal), count: 3), count: 2)
        let data = try Befolkningsdata(region: "test", ar: 2000...2002, folkmangd: folk, fodda: fodda, doda: doda)
        // One year: 51 / ((1000 + 1040) / 2) = 0,05.
        let ett = try Fruktsamhet(data, till: 2001, fonster: 1)
        #expect(abs(ett.asfr[15] - 0.05) < 1e-15 && abs(ett.tfr - 0.05) < 1e-15)
        #expect(abs(ett.andelFlickor - 25.0 / 51) < 1e-15)
        // Two years: (51 + 42) / (1020 + 1050).
        let tva = try Fruktsamhet(data, till: 2002, fonster: 2)
        #expect(abs(tva.asfr[15] - 93.0 / 2070) < 1e-15)
        #expect(throws: BefolkningsFel.self) { try Fruktsamhet(data, till: 2002, fonster: 3) }
    }
}
