import Befolkning
import Foundation
@testable import Input
import Report
import Testdelar
import Testing
import Vokabular

/// `prognosfel.csv` with its spread ratios: written and read back, and damaged lines named.
@Suite("Prognosfelens fil")
struct PrognosfelLasareTests {
    /// Errors of the total of two regions from the base years 2000–2005 at the horizons 1–6, each later base
    /// year one horizon shorter: the rows 1 and 2 and the ratios at 3, 4 and 5 years with a minimum of two.
    static let tabell: Prognosfel = {
        var fel: [Prognosfel.Fel] = []
        for h in 1...6 {
            for i in 0..<(7 - h) {
                let tecken: Double = i % 2 == 0 ? 1 : -1
                for (r, region) in ["a", "b"].enumerated() {
                    let logkvot = Double(h) * 0.01 * tecken + Double(r) * 0.004 * Double(h)
                    fel.append(Prognosfel.Fel(region: region, basar: 2000 + i, horisont: h, grupp: .total, logkvot: logkvot))
                }
            }
        }
        return Prognosfel(fel, minstaPerioder: 2)
    }()

    /// The table as `prognosfel.csv` in a fresh folder, `andra` applied to its lines (the header first).
    static func fil(_ andra: (inout [String]) -> Void = { _ in }) throws -> URL {
        var rader = Prognosfelrapport.csv(tabell).components(separatedBy: "\r\n")
        andra(&rader)
        let fil = try Projektmappar.tempmapp("prognosfel").appendingPathComponent("prognosfel.csv")
        try rader.joined(separator: "\r\n").write(to: fil, atomically: true, encoding: .utf8)
        return fil
    }

    /// The message `las` gives for `fil`.
    static func fel(_ fil: URL) -> String {
        do { _ = try PrognosfelLasare.las(fil); return "" } catch { return error.description }
    }

    @Test("Written and read back: the rows, the ratios and the quantiles past them within the file's six decimals")
    func tillbaka() throws {
        let t = Self.tabell
        #expect(t.rader.map(\.horisont) == [1, 2] && t.kvoter.map(\.horisont) == [3, 4, 5])
        let last = try PrognosfelLasare.las(try Self.fil())
        #expect(last.rader.map(\.horisont) == [1, 2] && last.kvoter.map(\.horisont) == [3, 4, 5])
        #expect(last.rader.map(\.basar) == [6, 5] && last.kvoter.map(\.basar) == [4, 3, 2] && last.kvoter.map(\.perioder) == [1, 0, 0])
        #expect(last.rader.map(\.antal) == t.rader.map(\.antal) && last.kvoter.map(\.antal) == t.kvoter.map(\.antal))
        for (a, b) in zip(last.kvoter, t.kvoter) { #expect(abs(a.kvot - b.kvot) <= 5e-7) }
        for h in 1...8 {
            let a = try #require(last.logkvantiler(.total, horisont: h)), b = try #require(t.logkvantiler(.total, horisont: h))
            for (x, y) in zip(a.varden, b.varden) { #expect(abs(x - y) < 1e-5 * max(1, abs(y)), "horisont \(h)") }
        }
    }

    @Test("Far past H the file's rounding grows with h/H and the ratio: forty times the last row at a ratio near nine is accepted")
    func langtBortom() throws {
        // One row (H = 1, five periods) whose median 1,4999·10⁻⁶ the file rounds to 10⁻⁶, 5·10⁻⁷ off; at 40
        // years the median 40 times that, 2·10⁻⁵ off, more than an absolute 10⁻⁵. The ratios 1,2, 1,4, … at
        // 2…40 years.
        let t4 = [-2.7764451051977943, -1.5332062740589436, 0, 1.533206274058944, 2.7764451051977934]  // scipy.stats.t.ppf(p, 4)
        let tabell = try Prognosfel(
            rader: [Prognosfel.Rad(grupp: .total, horisont: 1, antal: 50, basar: 5, perioder: 5,
                                   kvantiler: Kvantiler(varden: t4.map { 1.4999e-6 + $0 * 0.0123456789 }))],
            kvoter: (2...40).map { Prognosfel.Spridningskvot(grupp: .total, horisont: $0, antal: 10, basar: 4, perioder: 0,
                                                            kvot: 1 + 0.2 * Double($0 - 1) + 1.23e-7) })
        let fil = try Projektmappar.tempmapp("prognosfel").appendingPathComponent("prognosfel.csv")
        try Prognosfelrapport.csv(tabell).write(to: fil, atomically: true, encoding: .utf8)
        let last = try PrognosfelLasare.las(fil)
        #expect(last.kvoter.map(\.horisont) == Array(2...40))
        let a = try #require(last.logkvantiler(.total, horisont: 40)), b = try #require(tabell.logkvantiler(.total, horisont: 40))
        #expect(abs(a.p50 - b.p50) > 1e-5 && abs(a.p50 - b.p50) < 2.1e-5)
    }

    @Test("A damaged ratio line, a row after the ratios and the older format are refused with file, line and column")
    func trasig() throws {
        // Line 4 is the total at three years, the first ratio; its quantiles no longer the table's.
        let kvantil = try Self.fil { rader in
            var falt = rader[3].components(separatedBy: ";")
            falt[10] = "9,000000"
            rader[3] = falt.joined(separator: ";")
        }
        #expect(Self.fel(kvantil).contains("prognosfel.csv:4: kolumnerna p2_5–p97_5: förväntade kvantilerna som tabellens sista rad"))
        let kvot = try Self.fil { rader in
            var falt = rader[3].components(separatedBy: ";")
            falt[5] = "-1"
            rader[3] = falt.joined(separator: ";")
        }
        #expect(Self.fel(kvot).contains("prognosfel.csv:4: kolumn spridningskvot: förväntade ett tal > 0"))
        // Line 5 (four years) without its ratio: a row after the ratios.
        let ordning = try Self.fil { rader in
            var falt = rader[4].components(separatedBy: ";")
            falt[5] = ""
            rader[4] = falt.joined(separator: ";")
        }
        #expect(Self.fel(ordning).contains("prognosfel.csv:5: kolumn spridningskvot: förväntade en spridningskvot för total"))
        let aldre = try Self.fil { rader in rader[0] = "\u{FEFF}grupp;horisont;fall;perioder;p2_5;p10;p50;p90;p97_5" }
        #expect(Self.fel(aldre).contains("prognosfel.csv:1: förväntade rubrikraden grupp;horisont;fall;basar;perioder;spridningskvot;"))
        #expect(Self.fel(aldre).contains("det äldre formatet utan spridningskvoter"))
    }
}
