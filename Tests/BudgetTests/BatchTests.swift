import Testing
@testable import Budget

@Suite("Batch och känslighetsanalys")
struct BatchTests {
    @Test("A batch gives the same statements as computing each scenario alone")
    func batchEqualsSingle() throws {
        let modell = try Testmodell.modell()
        var a = Testmodell.beslutade
        a.indexering.personalkostnader = [5, 1]
        a.skatteunderlagsavvikelse = [1, -2]
        var b = Testmodell.beslutade
        b.pensionskostnadsforandring = [3, 4]
        b.ramforandringar = ["Vårdnämnden": [2, 2]]
        let batch = try modell.berakna([Testmodell.beslutade, a, b])
        #expect(batch == [try modell.berakna(Testmodell.beslutade), try modell.berakna(a), try modell.berakna(b)])
        #expect(try modell.berakna([]).isEmpty)
    }

    @Test("Sensitivity rows equal hand-computed effects on the result")
    func sensitivity() throws {
        let analys = try Kanslighetsanalys(modell: try Testmodell.modell(), antaganden: Testmodell.beslutade)
        func rad(_ nyckel: String) throws -> [Double] { try #require(analys.rader.first { $0.nyckel == nyckel }).belopp }
        // Personnel 40 % of 1000 and 1040; rates 3 → 4 both years: factors 1.04/1.03 and (1.04/1.03)².
        let f = 1.04 / 1.03
        #expect(nara(try rad("personalkostnader_plus_1"), [-400 * (f - 1), -416 * (f * f - 1)], 1e-9))
        // Operating 60 %: 600 and 624; rates 2 → 3.
        let g = 1.03 / 1.02
        #expect(nara(try rad("driftskostnader_plus_1"), [-600 * (g - 1), -624 * (g * g - 1)], 1e-9))
        // Tax base 1 % lower from the first year: 1 % of 700 and of 720.
        #expect(nara(try rad("skatteunderlag_minus_1"), [-7, -7.2], 1e-9))
        #expect(nara(try rad("statsbidrag_minus_10"), [-10, -10], 1e-9))
        #expect(nara(try rad("pensionskostnader_plus_10"), [-10, -10], 1e-9))
    }

    @Test("A variant outside the model's domain is reported, and the others are still computed")
    func variantUtanforDomanen() throws {
        var a = Testmodell.beslutade
        // 99.5 % is a legal (if extreme) indexation; +1 percentage point would pass the 100 % ceiling.
        a.indexering.personalkostnader = [99.5, 3]
        a.skatteunderlagsavvikelse = [-99.999, 0]
        let analys = try Kanslighetsanalys(modell: try Testmodell.modell(), antaganden: a)
        #expect(analys.ejBeraknade.map(\.nyckel) == ["personalkostnader_plus_1"])
        #expect(analys.ejBeraknade.first?.orsak == .utanforIntervall(
            serie: "Uppräkning personalkostnader", ar: 2031, varde: 100.5, intervall: Granser.procent))
        #expect(analys.rader.map(\.nyckel) == ["driftskostnader_plus_1", "skatteunderlag_minus_1", "statsbidrag_minus_10",
                                               "pensionskostnader_plus_10"])
        // A tax base 99.999 % below the forecast leaves 0.001 % of 700 and 720; 1 % of that is lost.
        func rad(_ nyckel: String) throws -> [Double] { try #require(analys.rader.first { $0.nyckel == nyckel }).belopp }
        #expect(nara(try rad("skatteunderlag_minus_1"), [-700e-5 * 0.01, -720e-5 * 0.01], 1e-12))
    }
}
