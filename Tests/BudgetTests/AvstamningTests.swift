import Testing
@testable import Budget

@Suite("Avstämning")
struct AvstamningTests {
    private func tabell(_ namn: String, decimaler: Int, _ rader: [(String, [Double])]) -> PubliceradTabell {
        PubliceradTabell(namn: namn, decimaler: decimaler, rader: rader.enumerated().map { i, rad in
            PubliceradRad(nyckel: rad.0, belopp: [2031: rad.1[0]], kalla: "test.txt:\(i + 1)")
        })
    }

    private func budget(avskrivningarB4: Double, skulder: Double, resultat: Double) -> PubliceradBudget {
        let r = tabell("R", decimaler: 1, [
            ("verksamhetens_intakter", [100.0]), ("verksamhetens_kostnader", [-900.0]), ("avskrivningar", [-30.0]),
            ("verksamhetens_nettoresultat", [-830.0]), ("skatteintakter", [600.0]), ("statsbidrag", [250.0]),
            ("verksamhetens_resultat", [20.0]), ("finansiella_intakter", [5.0]), ("finansiella_kostnader", [-5.0]),
            ("resultat_finansiella_poster", [0.0]), ("resultat", [resultat]),
        ])
        let b = tabell("B", decimaler: 0, [("summa_tillgangar", [500]), ("summa_skulder_och_eget_kapital", [skulder])])
        let f = tabell("F", decimaler: 0, [("avskrivningar", [avskrivningarB4]), ("arets_resultat", [20])])
        let tom = PubliceradTabell(namn: "tom", decimaler: 0, rader: [])
        return PubliceradBudget(resultatbudget: r, budgetramar: tom, balansbudget: b, finansieringsbudget: f,
                                investeringsbudget: tom)
    }

    @Test("Consistent tables give no findings")
    func consistent() {
        #expect(Avstamning(publicerad: budget(avskrivningarB4: 30, skulder: 500, resultat: 20), ar: [2031]).anmarkningar().isEmpty)
    }

    @Test("A figure that differs between appendices beyond rounding is a warning")
    func crossTableWarning() throws {
        let fynd = Avstamning(publicerad: budget(avskrivningarB4: 38, skulder: 500, resultat: 20), ar: [2031]).anmarkningar()
        let varning = try #require(fynd.first)
        #expect(fynd.count == 1)
        #expect(varning.allvar == .varning)
        #expect(varning.forsta.belopp == 30 && varning.andra.belopp == 38)
        #expect(varning.description.contains("test.txt:3"))
    }

    @Test("A total off by one printed unit is rounding; an unbalanced balance sheet is always a warning")
    func roundingAndIdentity() {
        let fynd = Avstamning(publicerad: budget(avskrivningarB4: 30, skulder: 501, resultat: 20.1), ar: [2031]).anmarkningar()
        #expect(fynd.contains { $0.allvar == .avrundning && $0.andra.belopp == 20.1 })
        #expect(fynd.contains { $0.allvar == .varning && $0.exakt && $0.andra.belopp == 501 })
    }
}
