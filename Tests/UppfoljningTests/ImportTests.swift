import Foundation
import GRDB
import Testing
import Uppfoljning
import Vokabular

/// Importing into the ledger: one transaction, idempotent, corrections counted, units and rows added and
/// listed, and the ledger left as it was whenever an import fails.
@Suite("Inläsning i liggaren")
struct ImportTests {
    /// Twelve months of two units and two rows, amounts that differ everywhere.
    static let grund: [String] = (1...12).flatMap { m in
        ["182;Intäkter;2018-\(m < 10 ? "0" : "")\(m);-\(1000 + m),50", "182;Anställda;2018-\(m < 10 ? "0" : "")\(m);\(5000 + 7 * m)",
         "225;Anställda;2018-\(m < 10 ? "0" : "")\(m);\(9000 + 11 * m).25"]
    }

    @Test("A first import adds its units and rows, names them, and reads every amount to the öre")
    func forstaImporten() throws {
        let l = try Testliggare()
        defer { l.taBort() }
        let s = try l.importera(export(Self.grund), som: .utfall)
        #expect(s.antalBelopp == 36 && s.nyaBelopp == 36 && s.andradeBelopp == 0 && s.oforandradeBelopp == 0)
        #expect(s.perioder == Period(ar: 2018, manad: 1)!...Period(ar: 2018, manad: 12)!)
        #expect(s.nyaEnheter == ["182", "225"])
        #expect(s.nyaKonton == [Konto(kod: "Intäkter", slag: .intakt), Konto(kod: "Anställda", slag: .kostnad)])
        let summor = try Liggare.oppnaForLasning(l.fil).arssummor(.utfall, ar: 2018)
        // 12 months of -(1000 + m) - 0,50 kr: -(12 000 + 78) - 6 = -12 084.
        #expect(summor[Serienyckel(enhet: "182", konto: "Intäkter")] == -12_084)
        // 12 × 9 000 + 11 × 78 + 12 × 0,25 = 108 861.
        #expect(summor[Serienyckel(enhet: "225", konto: "Anställda")] == 108_861)
    }

    @Test("Importing the same file twice changes nothing, and the summary says so")
    func idempotens() throws {
        let l = try Testliggare()
        defer { l.taBort() }
        try l.importera(export(Self.grund), som: .utfall)
        let fore = try l.innehall()
        let s = try l.importera(export(Self.grund), som: .utfall)
        #expect(s.nyaBelopp == 0 && s.andradeBelopp == 0 && s.oforandradeBelopp == 36)
        #expect(s.nyaEnheter.isEmpty && s.nyaKonton.isEmpty && s.ingenAndring)
        #expect(try l.innehall() == fore)
    }

    @Test("A corrected export replaces the amounts it covers, counts them, and leaves the rest")
    func rattelse() throws {
        let l = try Testliggare()
        defer { l.taBort() }
        try l.importera(export(Self.grund), som: .utfall)
        try l.importera(export(["182;Anställda;2018-03;1"]), som: .budget)
        let rattad = export([
            "182;Intäkter;2018-08;-1008,50",  // as before
            "182;Anställda;2018-08;5057",     // was 5 056
            "225;Anställda;2018-08;0",         // was 9 088,25
            "225;Anställda;2018-09;9099,26",  // was 9 099,25
            "225;Intäkter;2018-08;-12",       // new
        ])
        let s = try l.importera(rattad, som: .utfall)
        #expect(s.antalBelopp == 5 && s.andradeBelopp == 3 && s.nyaBelopp == 1 && s.oforandradeBelopp == 1)
        #expect(s.nyaEnheter.isEmpty && s.nyaKonton.isEmpty)
        let serier = try #require(try Liggare.oppnaForLasning(l.fil).serier(.utfall))
        func belopp(_ enhet: String, _ konto: String, _ manad: Int) throws -> Double {
            let kolumn = try #require(serier.kolumn(Serienyckel(enhet: enhet, konto: konto)))
            return serier.belopp[try #require(serier.rad(Period(ar: 2018, manad: manad)!)), kolumn]
        }
        #expect(try belopp("182", "Anställda", 8) == 5057)
        #expect(try belopp("225", "Anställda", 8) == 0)
        #expect(try belopp("225", "Anställda", 9) == 9099.26)
        #expect(try belopp("225", "Intäkter", 8) == -12)
        #expect(try belopp("225", "Anställda", 7) == 9077.25)  // not in the corrected file: kept
        #expect(try Liggare.oppnaForLasning(l.fil).arssummor(.budget, ar: 2018) == [Serienyckel(enhet: "182", konto: "Anställda"): 1])
    }

    @Test("A failure at row 30 inside the transaction leaves the ledger as it was")
    func felMittIImporten() throws {
        let l = try Testliggare()
        defer { l.taBort() }
        try l.importera(export(Array(Self.grund.prefix(6))), som: .utfall)
        // A trigger stands in for any failure while writing (a full disk, a lost lock): the 999 kr amount
        // on line 31 (row 30) fails after 29 amounts, three units and a row have been written.
        let db = try DatabaseQueue(path: l.fil)
        try db.write { try $0.execute(sql: "CREATE TRIGGER stopp BEFORE INSERT ON utfall WHEN NEW.ore = 99900 BEGIN SELECT RAISE(ABORT, 'stopp'); END") }
        let fore = try l.innehall()
        var rader = Self.grund.map { $0.replacingOccurrences(of: "182;", with: "183;") }
        rader[29] = "184;Nytt konto;2018-10;999"
        rader.append("185;Annat;2018-10;5")
        #expect(throws: LiggarFel.databas(fil: l.fil, atgard: "läsa in utfall", kod: 19)) {
            try l.importera(export(rader), som: .utfall)
        }
        #expect(try l.innehall() == fore)
    }

    @Test("The kind of a new row follows the sign of its amounts in the file; a later file does not change it")
    func kontoslag() throws {
        let l = try Testliggare()
        defer { l.taBort() }
        let s = try l.importera(export(["1;Försäljning;2018-01;-10", "1;Försäljning;2018-02;4", "1;Hyra;2018-01;0", "1;Rabatt;2018-01;-0,01"]),
                                som: .utfall)
        #expect(s.nyaKonton == [Konto(kod: "Försäljning", slag: .intakt), Konto(kod: "Hyra", slag: .kostnad),
                                Konto(kod: "Rabatt", slag: .intakt)])
        try l.importera(export(["1;Försäljning;2018-03;100"]), som: .utfall)
        #expect(try Liggare.oppnaForLasning(l.fil).konton().first { $0.kod == "Försäljning" }?.slag == .intakt)
    }

    @Test("A code written with a combining diaeresis is the same code as with ä")
    func unicode() throws {
        let l = try Testliggare()
        defer { l.taBort() }
        try l.importera(export(["1;Lo\u{308}ner;2018-01;10"]), som: .utfall)
        let s = try l.importera(export(["1;Löner;2018-01;10"]), som: .utfall)
        #expect(s.ingenAndring && s.oforandradeBelopp == 1)
        #expect(try Liggare.oppnaForLasning(l.fil).konton().map(\.kod) == ["Löner"])
    }

    @Test("The series matrix: one column per unit and row, one row per month, 0 where nothing was booked")
    func serier() throws {
        let l = try Testliggare()
        defer { l.taBort() }
        try l.importera(export(["B;k;2017-11;1", "A;k;2018-02;2,5", "A;j;2017-12;-3"]), som: .utfall)
        let s = try #require(try Liggare.oppnaForLasning(l.fil).serier(.utfall))
        #expect(s.nycklar.map(\.description) == ["A/j", "A/k", "B/k"])
        #expect(s.forsta == Period(ar: 2017, manad: 11) && s.sista == Period(ar: 2018, manad: 2))
        #expect(s.belopp.rows == 4 && s.belopp.columns == 3)
        #expect(s.belopp.column(0) == [0, -3, 0, 0] && s.belopp.column(1) == [0, 0, 0, 2.5] && s.belopp.column(2) == [1, 0, 0, 0])
        #expect(s.period(rad: 2) == Period(ar: 2018, manad: 1))
        #expect(try Liggare.oppnaForLasning(l.fil).serier(.budget) == nil)
    }
}

/// Values built in code rather than read from a file are checked by the ledger itself.
@Suite("Inläsning av värden byggda i kod")
struct ImportvardenTests {
    @Test("An invalid code, an amount beyond the limit (Int64.min included) and a repeated month are refused, nothing written")
    func ogiltiga() throws {
        let l = try Testliggare()
        defer { l.taBort() }
        let liggare = try Liggare.oppna(l.fil)
        let fore = try l.innehall()
        let period = Period(ar: 2018, manad: 1)!
        let fall: [[Bokforing]] = [
            [Bokforing(enhet: "", konto: "4010", period: period, ore: 1)],
            [Bokforing(enhet: "1", konto: "40\"10", period: period, ore: 1)],
            [Bokforing(enhet: "1", konto: "4010", period: period, ore: Liggare.maxOre + 1)],
            [Bokforing(enhet: "1", konto: "4010", period: period, ore: .min)],
            [Bokforing(enhet: "1", konto: "4010", period: period, ore: 1), Bokforing(enhet: "1", konto: "4010", period: period, ore: 2)],
        ]
        for bokforingar in fall {
            #expect(throws: LiggarFel.self) { try liggare.importera(bokforingar, som: .utfall) }
        }
        #expect(try l.innehall() == fore)
    }
}
