import Testing
@testable import Budget
import Vokabular

@Suite("Belopp")
struct BeloppTests {
    @Test("Swedish style: space between thousands, decimal comma, minus sign")
    func format() {
        #expect(Belopp.text(-6320.3) == "-6 320,3")
        #expect(Belopp.text(1_234_567.94) == "1 234 567,9")
        #expect(Belopp.text(999.95) == "1 000,0")
        #expect(Belopp.text(-0.04) == "0,0")
        #expect(Belopp.text(108.25, decimaler: 0) == "108")
        #expect(Belopp.text(3.1, decimaler: 2) == "3,10")
        #expect(Belopp.mnkr(258.8) == "258,8 mnkr")
    }

    @Test("Values no Int can hold are written in exponent form instead of trapping")
    func extremes() {
        #expect(Belopp.text(1e19) == "1e+19")
        #expect(Belopp.text(-1e300, decimaler: 0) == "-1e+300")
        #expect(Belopp.text(.nan) == "nan")
        #expect(Belopp.text(999_999_999_999.9) == "999 999 999 999,9")
    }
}
