import Application
import Foundation
import Personal
import Testing
@testable import Input

/// The workforce projection on the population's paths.
@Suite("Personalintervall")
struct PersonalintervallTests {
    private static let scenario = Projekt.rot.appendingPathComponent("scenarios/personal-blekinge.yaml")

    @Test("Intervals nest, hold the base year as data and widen with the years; the same seed gives the same paths")
    func intervall() throws {
        let korning = try Personalkorning(try Personalscenario.las(Self.scenario))
        let i = try korning.intervall(banor: 200, seed: 7)
        let p = try korning.prognos()
        // 6 quantities for each of the report's rows: 13 segments, 4 group totals, 4 area totals, the total.
        #expect(i.rader.count == 6 * 22)
        #expect(i.ar == p.ar)
        for rad in i.rader {
            for k in rad.kvantiler {
                #expect(zip(k.varden, k.varden.dropFirst()).allSatisfy { $0 <= $1 + 1e-9 }, "\(rad.grupp) \(rad.omrade) \(rad.storhet)")
            }
        }
        let behov = try #require(i.rader.first { $0.grupp == "totalt" && $0.omrade == "totalt" && $0.storhet == "behov_aa" })
        // The base year is data: every path starts from the base year's need.
        #expect(abs(behov.kvantiler[0].p2_5 - p.totalt(0).behov) < 1e-6 && abs(behov.kvantiler[0].p97_5 - p.totalt(0).behov) < 1e-6)
        // The population's uncertainty grows with the horizon, and so does the need's.
        let bredd = { (t: Int) in behov.kvantiler[t].p97_5 - behov.kvantiler[t].p2_5 }
        #expect(bredd(10) > bredd(1))
        #expect(bredd(1) > 0)
        let igen = try korning.intervall(banor: 200, seed: 7)
        #expect(igen.rader.map(\.kvantiler) == i.rader.map(\.kvantiler))
    }
}
