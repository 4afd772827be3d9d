import Foundation
import LedgerInput
import LinearAlgebra
import Input
import Testing
import Uppfoljning
import Vokabular

/// Drivers: reading the file with every bad field located, importing into the ledger (idempotent, one
/// transaction, rows that must exist), and the regression method on them, computed by hand and never
/// seeing a month after its cut-off.
@Suite("Drivare")
struct DrivareTests {
    /// A ledger of three years, 2014–2016, where FTE in month index t (0 = January 2014) is 100 + t and
    /// the amount in calendar month k is 10·k + 2·FTE, exactly; `andring` alters (month index, FTE).
    static func linjar(ar: Int = 3, region: Bool = false, _ andring: (Int, Double) -> Double = { $1 },
                       belopp: (Int, Double) -> Double = { $1 }) throws -> Manadsunderlag {
        let fte = (0..<(12 * ar)).map { andring($0, Double(100 + $0)) }
        let utfall = (0..<(12 * ar)).map { t in belopp(t, Double(10 * (t % 12 + 1)) + 2 * Double(100 + t)) }
        let varden = fte.enumerated().map { t, v in
            Drivarvarde(enhet: region ? nil : "E", namn: "arsarbetare", period: Period(ar: 2014 + t / 12, manad: t % 12 + 1)!, varde: v)
        }
        return try Manadsunderlag(nycklar: [Metodliggare.nyckel], forsta: Period(ar: 2014, manad: 1)!,
                                  sista: Period(ar: 2013 + ar, manad: 12)!, utfall: Matrix(column: utfall), budget: nil,
                                  drivare: Drivare(perKonto: ["K": ["arsarbetare"]], varden: varden))
    }

    @Test("Monthly amount = 10·k + 2·FTE fitted exactly: after June 2016 YTD plus Σ k=7…12 of 10·k + 2 × June's FTE 129")
    func regressionPaDrivare() throws {
        // YTD January–June 2016: months t = 24…29, amounts 10·k + 2·(100 + t).
        var ytd = 0.0, resten = 0.0
        for t in 24...29 { ytd += Double(10 * (t - 23) + 2 * (100 + t)) }
        for k in 7...12 { resten += Double(10 * k + 2 * 129) }
        #expect(ytd == 1728 && resten == 2118)
        for region in [false, true] {
            let rad = try PrognosmetodTests.rad(.regression, try Self.linjar(region: region), ar: 2016)
            #expect(rad.ackumulerat == ytd)
            let prognos: Double = try #require(rad.prognos)
            #expect(abs(prognos - (ytd + resten)) < 1e-6, "hela regionen: \(region)")
        }
        // A unit whose first year has no bookings (0 in the ledger) is fitted from its first booking on: the
        // same exact fit, 18 months for 13 coefficients.
        let senare = try Self.linjar(region: true, belopp: { t, b in t < 12 ? 0 : b })
        let prognos = try #require(try PrognosmetodTests.rad(.regression, senare, ar: 2016).prognos)
        #expect(abs(prognos - (ytd + resten)) < 1e-6)
        // After February 2014 there are 2 months for 13 coefficients: no prognosis, and too few earlier years
        // for the year-to-date form.
        #expect(try PrognosmetodTests.rad(.regression, try Self.linjar(), ar: 2014, manad: 2).prognos == nil)
    }

    @Test("Without the driver's value in the cut-off month the year-to-date form is used: 2 × 480 + 120 = 1 080")
    func utanDrivareAnvandsAckumulerat() throws {
        let u = Metodliggare.utfall()
        let varden = (0..<36).map { Drivarvarde(enhet: "E", namn: "arsarbetare", period: Period(ar: 2014 + $0 / 12, manad: $0 % 12 + 1)!,
                                               varde: Double(100 + $0 % 7)) }
        let underlag = try Manadsunderlag(nycklar: [Metodliggare.nyckel], forsta: Period(ar: 2014, manad: 1)!,
                                          sista: Period(ar: 2017, manad: 12)!, utfall: Matrix(column: u), budget: nil,
                                          drivare: Drivare(perKonto: ["K": ["arsarbetare"]], varden: varden))
        #expect(abs(try #require(try PrognosmetodTests.rad(.regression, underlag).prognos) - 1080) < 1e-6)
    }

    @Test("A driver that is the same every month cannot be told from the monthly constants: no driver prognosis")
    func konstantDrivare() throws {
        let u = try Self.linjar { _, _ in 250 }
        #expect(try PrognosmetodTests.rad(.regression, u, ar: 2016).prognos == nil)
    }

    @Test("Poisoning outcome and drivers after the cut-off changes no regression prognosis at the cut-off",
          arguments: [(2016, 3), (2016, 6), (2016, 11)])
    func serInteFramat(ar: Int, manad: Int) throws {
        var slump = SplitMix64(seed: 9)
        var slump2 = SplitMix64(seed: 10)
        let efter = { (t: Int) in 2014 + t / 12 > ar || (2014 + t / 12 == ar && t % 12 + 1 > manad) }
        // A little noise so that the fit is not exact and any look-ahead would move it.
        let brus = (0..<36).map { _ in 3 * slump.nextStandardNormal() }
        let ren = try Self.linjar(belopp: { t, b in b + brus[t] })
        let gift = try Self.linjar({ t, v in efter(t) ? Double.random(in: -1e6..<1e6, using: &slump2) : v },
                                   belopp: { t, b in efter(t) ? Double.random(in: -1e7..<1e7, using: &slump2) : b + brus[t] })
        let fore = try ren.prognos(.regression, ar: ar, manad: manad), poisoned = try gift.prognos(.regression, ar: ar, manad: manad)
        #expect(fore.rader == poisoned.rader)
        #expect(fore.rader.allSatisfy { $0.prognos != nil })
    }

    // MARK: The file

    /// The error reading `text` gives, or a recorded failure when it reads.
    private func fel(_ text: String, _ l: Testliggare) throws -> ScenarioFel? {
        let url = try l.skriv("drivare.csv", text)
        do {
            _ = try Drivarfil.las(url)
            Issue.record("filen lästes utan fel")
            return nil
        } catch {
            #expect(error.fil == url.path)
            return error
        }
    }

    @Test("Semicolon with decimal comma, BOM and CRLF, or comma with decimal point; * is the whole region")
    func format() throws {
        let l = try Testliggare()
        defer { l.taBort() }
        let a = try Drivarfil.las(try l.skriv("a.csv", "\u{FEFF}enhet;drivare;period;varde\r\nStab;arsarbetare;2018-01;114,6\r\n*;loneindex;2018-04;102,5\r\n"))
        #expect(a == [Drivarvarde(enhet: "Stab", namn: "arsarbetare", period: Period(ar: 2018, manad: 1)!, varde: 114.6),
                      Drivarvarde(enhet: nil, namn: "loneindex", period: Period(ar: 2018, manad: 4)!, varde: 102.5)])
        let b = try Drivarfil.las(try l.skriv("b.csv", "enhet,drivare,period,varde\n182,vakanser,2018-12,-3.5\n"))
        #expect(b.map(\.varde) == [-3.5] && b[0].enhet == "182")
    }

    @Test("Each kind of bad row is refused at its line and column", arguments: [
        (";arsarbetare;2018-01;5", "kolumn 1 (enhet)", "enhetskoden duger inte: koden är tom; skriv * för ett värde som gäller hela regionen"),
        ("Stab;;2018-01;5", "kolumn 2 (drivare)", "drivarens namn duger inte: koden är tom"),
        ("Stab;arsarbetare;2018-13;5", "kolumn 3 (period)", "månaden ska vara 01–12"),
        ("Stab;arsarbetare;2018-02;fem", "kolumn 4 (varde)", "förväntade ett tal (semikolonseparerad med decimalkomma), fick \"fem\""),
        ("Stab;arsarbetare;2018-02;1.5", "kolumn 4 (varde)", "decimaltecknet i den här filen är \",\""),
        ("Stab;arsarbetare;2018-02;NaN", "kolumn 4 (varde)", "fick \"NaN\""),
        ("Stab;arsarbetare;2018-02;1e13", "kolumn 4 (varde)", "ligger utanför det rimliga"),
        ("Stab;arsarbetare;2018-02;5;6", "", "förväntade 4 fält"),
        ("Stab;arsarbetare;2018-01;6", "kolumn 1–3 (enhet, drivare, period)", "enhet Stab, drivaren arsarbetare och period 2018-01 finns redan på rad 2"),
    ])
    func felRad(_ fall: (rad: String, nyckel: String, problem: String)) throws {
        let l = try Testliggare()
        defer { l.taBort() }
        let e = try #require(try fel("enhet;drivare;period;varde\r\nStab;arsarbetare;2018-01;5\r\n\(fall.rad)\r\n", l))
        #expect(e.rad == 3 && e.nyckel == fall.nyckel)
        #expect(e.problem.contains(fall.problem), "\(e)")
    }

    // MARK: The ledger

    @Test("Import: values and links added, the same file again changes nothing, a corrected value replaces one")
    func importera() throws {
        let l = try Testliggare()
        defer { l.taBort() }
        try l.importera(export(["E;K;2018-01;100", "E;L;2018-01;5"]), som: .utfall)
        let varden = [Drivarvarde(enhet: "E", namn: "arsarbetare", period: Period(ar: 2018, manad: 1)!, varde: 10),
                      Drivarvarde(enhet: "Ny", namn: "arsarbetare", period: Period(ar: 2018, manad: 1)!, varde: 4),
                      Drivarvarde(enhet: nil, namn: "loneindex", period: Period(ar: 2018, manad: 1)!, varde: 100)]
        let forsta = try Liggare.oppna(l.fil).importera(varden, forklarar: ["K"])
        #expect(forsta.nyaVarden == 3 && forsta.andradeVarden == 0 && forsta.nyaEnheter == ["Ny"])
        #expect(forsta.drivare == ["arsarbetare", "loneindex"])
        #expect(forsta.nyaKopplingar == [.init(konto: "K", drivare: "arsarbetare"), .init(konto: "K", drivare: "loneindex")])
        let innehall = try l.innehall()
        let andra = try Liggare.oppna(l.fil).importera(varden, forklarar: ["K"])
        #expect(andra.ingenAndring && andra.oforandradeVarden == 3)
        #expect(try l.innehall() == innehall)
        let rattad = try Liggare.oppna(l.fil).importera([Drivarvarde(enhet: nil, namn: "loneindex", period: Period(ar: 2018, manad: 1)!,
                                                                      varde: 101)], forklarar: ["K", "L"])
        #expect(rattad.andradeVarden == 1 && rattad.nyaVarden == 0 && rattad.nyaKopplingar == [.init(konto: "L", drivare: "loneindex")])
        #expect(rattad.borttagnaKopplingar.isEmpty)
        let drivare = try #require(try Liggare.oppnaForLasning(l.fil).drivare())
        #expect(drivare.perKonto == ["K": ["arsarbetare", "loneindex"], "L": ["loneindex"]])
        // The file's drivers explain exactly the rows given: naming only L moves loneindex off K, and leaves
        // arsarbetare, which the file does not hold, where it was.
        let flyttad = try Liggare.oppna(l.fil).importera([Drivarvarde(enhet: nil, namn: "loneindex", period: Period(ar: 2018, manad: 1)!,
                                                                       varde: 101)], forklarar: ["L"])
        #expect(flyttad.borttagnaKopplingar == [.init(konto: "K", drivare: "loneindex")] && flyttad.nyaKopplingar.isEmpty)
        #expect(!flyttad.ingenAndring && flyttad.oforandradeVarden == 1)
        #expect(try Liggare.oppnaForLasning(l.fil).drivare()?.perKonto == ["K": ["arsarbetare"], "L": ["loneindex"]])
        // The unit's own value, the region's for a unit without one.
        let jan = Period(ar: 2018, manad: 1)!
        #expect(drivare.varde("arsarbetare", enhet: "E", period: jan) == 10)
        #expect(drivare.varde("loneindex", enhet: "E", period: jan) == 101)
        #expect(drivare.varde("arsarbetare", enhet: "Annan", period: jan) == nil)
    }

    @Test("A unit with a series of its own never gets the region's value, not even for a month it lacks")
    func egenSerieEllerRegionens() {
        let jan = Period(ar: 2018, manad: 1)!, feb = Period(ar: 2018, manad: 2)!
        let d = Drivare(perKonto: ["K": ["arsarbetare"]], varden: [
            Drivarvarde(enhet: "E", namn: "arsarbetare", period: jan, varde: 10),
            Drivarvarde(enhet: nil, namn: "arsarbetare", period: jan, varde: 6000),
            Drivarvarde(enhet: nil, namn: "arsarbetare", period: feb, varde: 6100),
        ])
        #expect(d.varde("arsarbetare", enhet: "E", period: jan) == 10)
        #expect(d.varde("arsarbetare", enhet: "E", period: feb) == nil)
        #expect(d.varde("arsarbetare", enhet: "F", period: feb) == 6100)
    }

    @Test("A row the ledger does not have, or no row at all, refuses the whole import and changes nothing")
    func okantKonto() throws {
        let l = try Testliggare()
        defer { l.taBort() }
        try l.importera(export(["E;K;2018-01;100"]), som: .utfall)
        let innehall = try l.innehall()
        let varden = [Drivarvarde(enhet: "Ny", namn: "arsarbetare", period: Period(ar: 2018, manad: 1)!, varde: 4)]
        #expect(throws: LiggarFel.ogiltigaVarden(fil: l.fil, problem: "kontot \"X\" finns inte i liggaren; läs in utfall eller "
                                                    + "budget för kontot innan drivarna kopplas till det")) {
            try Liggare.oppna(l.fil).importera(varden, forklarar: ["K", "X"])
        }
        #expect(throws: LiggarFel.ogiltigaVarden(fil: l.fil, problem: "drivare behöver minst ett konto att förklara")) {
            try Liggare.oppna(l.fil).importera(varden, forklarar: [])
        }
        #expect(try l.innehall() == innehall)
        #expect(try Liggare.oppnaForLasning(l.fil).drivare() == nil)
    }
}
