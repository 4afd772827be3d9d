import Application
import Befolkning
import Foundation
import Input
import Testing
import Vokabular

/// The chain and the workforce read the population `prognos befolkning` reports, deterministic and on paths.
@Suite("En befolkning")
struct EnBefolkningTests {
    static let befolkning = KedjaTests.scenarier.appendingPathComponent("befolkning-blekinge.yaml")

    /// The population use case on the bundled scenario, with few paths (its intervals of the age groups come
    /// from the error table, not from the paths).
    static func befolkningsprognos() throws -> Befolkningsresultat {
        try Befolkningskorning.prognos(try Befolkningskorning.scenario(befolkning, satt: ["simuleringar=20"]))
    }

    @Test("The chain's and the workforce's population is the population use case's, age by age every year")
    func sammaPrognos() throws {
        let pop = try Self.befolkningsprognos().prognos
        let kedja = try Kedja.kor(KedjaTests.kedja).befolkning
        let personal = try Personalkorning(try Personalscenario.las(KedjaTests.scenarier.appendingPathComponent("personal-blekinge.yaml")))
            .befolkning
        for p in [kedja, personal] {
            #expect(p.basar == pop.basar && !p.ar.isEmpty)
            for (t, year) in p.ar.enumerated() {
                let u = try #require(pop.ar.firstIndex(of: year))
                #expect(p.folkmangd[t] == pop.folkmangd[u], "\(year)")
            }
        }
    }

    @Test("The chain's population on paths has the interval of the total the population use case shows")
    func sammaIntervall() throws {
        let banor = 400
        let r = try Kedja.kor(KedjaTests.kedja, simuleringar: banor, seed: 7)
        let serie = try #require(r.intervall?.serier.first { $0.nyckel == "folkmangd" })
        let pop = try Self.befolkningsprognos().intervall
        for (i, year) in r.ar.enumerated() {
            let q = pop.grupper[try #require(pop.ar.firstIndex(of: year))][Aldersgrupp.total.rawValue]
            // The paths' empirical quantiles sit between two ranks (probabilities (r + ½) / n), within a
            // twentieth of the 95 % interval's width of the table's.
            for (a, b) in zip(serie.kvantiler[i].varden, q.varden) {
                #expect(abs(a - b) < 0.05 * (q.p97_5 - q.p2_5), "\(year): \(serie.kvantiler[i].varden) mot \(q.varden)")
            }
        }
    }
}
