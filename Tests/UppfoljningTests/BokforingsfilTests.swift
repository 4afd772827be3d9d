import Foundation
import LedgerInput
import Testing
import Input
import Uppfoljning
import Vokabular

/// Reading exports: the formats users give are read to the öre, and every bad field is refused with its
/// file, line and column before anything reaches the ledger.
@Suite("Exportfiler")
struct BokforingsfilTests {
    /// The error reading `text` gives, or a recorded failure when it reads.
    private func fel(_ text: String, _ l: Testliggare) throws -> ScenarioFel? {
        let url = try l.skriv("fel.csv", text)
        do {
            _ = try Bokforingsfil.las(url)
            Issue.record("filen lästes utan fel")
            return nil
        } catch {
            #expect(error.fil == url.path)
            return error
        }
    }

    @Test("Semicolon with decimal comma or point, BOM and CRLF, and comma with decimal point, read to the öre")
    func format() throws {
        let l = try Testliggare()
        defer { l.taBort() }
        let semikolon = try Bokforingsfil.las(try l.skriv("a.csv", "\u{FEFF}ENHET;Konto;period;belopp\r\n182;4010;2018-01;-1234,5\r\n\r\n"
                                                            + "182;4010;2018-02;77.05\r\n 183 ; Övrig drift ;2018-12;0\r\n"))
        #expect(semikolon.map(\.ore) == [-123_450, 7_705, 0])
        #expect(semikolon[2].enhet == "183" && semikolon[2].konto == "Övrig drift" && semikolon[2].period == Period(ar: 2018, manad: 12))
        let komma = try Bokforingsfil.las(try l.skriv("b.csv", "enhet,konto,period,belopp\n182,4010,2018-01,-1234.5\n\"18,2\",4010,2018-01,3\n"))
        #expect(komma.map(\.ore) == [-123_450, 300] && komma[1].enhet == "18,2")
        #expect(try Bokforingsfil.las(try l.skriv("c.csv", "enhet;konto;period;belopp\n")).isEmpty)
    }

    @Test("Exports as ekonomisystem write them read to exactly the canonical file's amounts")
    func exportvarianter() throws {
        let l = try Testliggare()
        defer { l.taBort() }
        let kanonisk = try Bokforingsfil.las(try l.skriv("kanonisk.csv", """
            enhet;konto;period;belopp
            182;4010;2018-01;-1234,50
            182;4020;2018-02;1411006,50
            183;4010;2018-12;0

            """))
        #expect(kanonisk.count == 3)
        var mappning = Exportkolumner()
        (mappning.enhet, mappning.konto, mappning.period, mappning.belopp) = ("Ansvar", "Konto", "Period", "Belopp")
        let varianter: [(namn: String, text: String, kolumner: Exportkolumner, tomtSomNoll: Bool)] = [
            ("tabb", "enhet\tkonto\tperiod\tbelopp\n182\t4010\t2018-01\t-1234,50\n182\t4020\t2018-02\t1411006,50\n183\t4010\t2018-12\t0\n",
             Exportkolumner(), false),
            ("kolumner", "Konto;Ansvar;Text;Period;Belopp;Moms\n4010;182;Lön jan;2018-01;-1234,50;0\n"
                + "4020;182;Köp;2018-02;1411006,50;x\n4010;183;;2018-12;0;\n", mappning, false),
            ("perioder", "enhet;konto;period;belopp\n182;4010;201801;-1234,50\n182;4020;2018-02-28;1411006,50\n183;4010;2018-12-01;0\n",
             Exportkolumner(), false),
            ("tusental", "enhet;konto;period;belopp\n182;4010;2018-01;-1 234,50\n182;4020;2018-02;1\u{A0}411\u{A0}006,50\n"
                + "183;4010;2018-12;0\n", Exportkolumner(), false),
            ("smalt mellanslag", "enhet;konto;period;belopp\n182;4010;2018-01;-1\u{202F}234,50\n182;4020;2018-02;1 411 006,50\n"
                + "183;4010;2018-12;0\n", Exportkolumner(), false),
            ("tomt som noll", "enhet;konto;period;belopp\n182;4010;2018-01;-1234,50\n182;4020;2018-02;1411006,50\n183;4010;2018-12;\n",
             Exportkolumner(), true),
        ]
        for v in varianter {
            let lasta = try Bokforingsfil.las(try l.skriv("\(v.namn).csv", v.text), kolumner: v.kolumner, tomtSomNoll: v.tomtSomNoll)
            #expect(lasta == kanonisk, "\(v.namn)")
        }
        // Without --tomt-som-noll the empty amount is refused at its line.
        let tomt = try l.skriv("tomt.csv", varianter[5].text)
        #expect {
            try Bokforingsfil.las(tomt)
        } throws: { fel in
            guard let fel = fel as? ScenarioFel else { return false }
            return fel.rad == 4 && fel.nyckel == "kolumn 4 (belopp)" && fel.problem.contains("beloppet är tomt")
        }
        // A mapping that names a column the header lacks is refused at line 1.
        #expect(throws: ScenarioFel.self) { try Bokforingsfil.las(tomt, kolumner: mappning) }
    }

    @Test("Each kind of bad row is refused at its line and column", arguments: [
        ("; 4010;2018-01;5", 3, "kolumn 1 (enhet)", "enhetskoden duger inte: koden är tom"),
        ("\"18\"\"2\";4010;2018-01;5", 3, "kolumn 1 (enhet)", "enhetskoden duger inte: koden innehåller tecknet \"\"\""),
        ("182;-4010;2018-01;5", 3, "kolumn 2 (konto)", "kontokoden duger inte: koden ska börja med en bokstav eller siffra"),
        ("182;40  10;2018-01;5", 3, "kolumn 2 (konto)", "två mellanslag i rad"),
        ("182;4010;2018-1;5", 3, "kolumn 3 (period)", "fick \"2018-1\"; skriv månaden med två siffror"),
        ("182;4010;2018-13;5", 3, "kolumn 3 (period)", "månaden ska vara 01–12"),
        ("182;4010;20181;5", 3, "kolumn 3 (period)", "förväntade en period ÅÅÅÅ-MM"),
        ("182;4010;2018-02-32;5", 3, "kolumn 3 (period)", "förväntade en period ÅÅÅÅ-MM"),
        ("182;4010;2018-02-29;5", 3, "kolumn 3 (period)", "förväntade en period ÅÅÅÅ-MM"),
        ("182;4010;2018-02;", 3, "kolumn 4 (belopp)", "beloppet är tomt; skriv 0 för noll kronor"),
        ("182;4010;2018-02;fem", 3, "kolumn 4 (belopp)", "förväntade ett belopp i kr, t.ex. -1234,50, fick \"fem\""),
        ("182;4010;2018-02;12 34", 3, "kolumn 4 (belopp)", "mellanslag får bara skilja tusental åt"),
        ("182;4010;2018-02;1.234,50", 3, "kolumn 4 (belopp)", "tusental åtskilda bara med mellanslag"),
        ("182;4010;2018-02;1 234,567", 3, "kolumn 4 (belopp)", "högst två decimaler (öre)"),
        ("182;4010;2018-02;1,234", 3, "kolumn 4 (belopp)", "högst två decimaler (öre)"),
        ("182;4010;2018-02;−5", 3, "kolumn 4 (belopp)", "skriv minus som bindestreck"),
        ("182;4010;2018-02;NaN", 3, "kolumn 4 (belopp)", "fick \"NaN\""),
        ("182;4010;2018-02;1e6", 3, "kolumn 4 (belopp)", "fick \"1e6\""),
        ("182;4010;2018-02;1000000000001", 3, "kolumn 4 (belopp)", "större än liggaren tar"),
        ("182;4010;2018-02;5;6", 3, "", "förväntade 4 fält (semikolonseparerad med decimalkomma), fick 5"),
        ("182;4010;2018-01;6", 3, "kolumn 1–3 (enhet, konto, period)", "enhet 182, konto 4010 och period 2018-01 finns redan på rad 2"),
    ])
    func felRad(_ fall: (rad: String, nummer: Int, nyckel: String, problem: String)) throws {
        let l = try Testliggare()
        defer { l.taBort() }
        let e = try #require(try fel("enhet;konto;period;belopp\r\n182;4010;2018-01;5\r\n\(fall.rad)\r\n183;4010;2018-01;5\r\n", l))
        #expect(e.rad == fall.nummer && e.nyckel == fall.nyckel)
        #expect(e.problem.contains(fall.problem), "\(e)")
    }

    @Test("A wrong header, a decimal comma in a comma file and a Latin-1 file are refused with file and line")
    func felFil() throws {
        let l = try Testliggare()
        defer { l.taBort() }
        let rubrik = try #require(try fel("enhet;konto;manad;belopp\n182;4010;2018-01;5\n", l))
        #expect(rubrik.rad == 1 && rubrik.problem.hasPrefix("kolumnen period saknas i rubrikraden enhet;konto;manad;belopp; "
                                                             + "ange vilka kolumner som är enhet, konto, period och belopp"))
        let komma = try #require(try fel("enhet,konto,period,belopp\n182,4010,2018-01,5,50\n", l))
        #expect(komma.rad == 2 && komma.problem.contains("ett decimalkomma i en kommaseparerad fil delar beloppet i två fält"))
        let url = l.mapp.appendingPathComponent("latin1.csv")
        // "enhet;konto;period;belopp\n1;Lön;2018-01;5\n" with ö as the Latin-1 byte F6; the file is read line by
        // line, so the refusal comes at the line that holds it.
        try (Data("enhet;konto;period;belopp\n1;L".utf8) + Data([0xF6]) + Data("n;2018-01;5\n".utf8)).write(to: url)
        do {
            _ = try Bokforingsfil.las(url)
            Issue.record("Latin-1 lästes")
        } catch {
            #expect(error.rad == 2 && error.problem.contains("inte giltig UTF-8"))
        }
    }
}
