import Budget
import Foundation
import Testing
import Vokabular

/// Every figure in notebooks-data/uppfoljning-2018 is checked against the line of the source document its
/// `kalla` column cites, as KalldokumentTests does for the budget, so a transcription error fails here.
@Suite("uppfoljning-2018 mot källdokumentet")
struct KallorTests {
    /// How a table's figures are printed on their line.
    struct Tabell: CustomTestStringConvertible, Sendable {
        let fil: String
        /// The numeric columns, in the order the document prints them.
        let kolumner: [String]
        let decimaler: Int
        /// True where the document writes a negative number with a trailing minus, "1 959 -".
        var minusEfter = false
        var testDescription: String { fil }

        /// The figures of `rad` as the document prints them, whitespace removed; empty fields are not printed.
        func tryck(_ rad: Publicerat.Rad) -> String {
            kolumner.compactMap(rad.tal).map { varde in
                let text = Belopp.text(varde, decimaler: decimaler).filter { !$0.isWhitespace }
                return minusEfter && varde < 0 ? String(text.dropFirst()) + "-" : text
            }.joined()
        }
    }

    static let tabeller = [
        Tabell(fil: "landstingsservice-2018.csv",
               kolumner: ["utfall_2018", "budget_2018", "avvikelse_2018", "prognos_2018_08", "utfall_2017", "avvikelse_2017"],
               decimaler: 0),
        Tabell(fil: "landstingsservice-prognosforklaring.csv", kolumner: ["belopp"], decimaler: 1),
        Tabell(fil: "landstingsgemensamt-2018.csv",
               kolumner: ["utfall_2018", "budget_2018", "avvikelse_2018", "utfall_2017", "avvikelse_2017"],
               decimaler: 0, minusEfter: true),
        Tabell(fil: "landstingsgemensamt-prognosforklaring.csv", kolumner: ["belopp"], decimaler: 1),
        Tabell(fil: "stab-2018.csv",
               kolumner: ["utfall_2018", "budget_2018", "avvikelse_2018", "utfall_2017", "avvikelse_2017"], decimaler: 0),
        Tabell(fil: "stab-prognosforklaring.csv", kolumner: ["belopp"], decimaler: 1),
        Tabell(fil: "manadsrapport-2019-01.csv", kolumner: ["utfall_ack", "budget_ack", "avvikelse"], decimaler: 1),
    ]

    @Test("Every table's figures end the line its kalla cites", arguments: tabeller)
    func tabell(_ tabell: Tabell) throws {
        let data = try Publicerat(tabell.fil)
        #expect(!data.rader.isEmpty)
        for rad in data.rader {
            // Tabell 4 of the January report writes -0,7 as "-,7" (line 17854).
            let tryckt = try #require(Kalldokument.rad(rad.text("kalla")), "\(rad.text("kalla"))")
                .replacingOccurrences(of: "-,", with: "-0,")
            #expect(tryckt.hasSuffix(tabell.tryck(rad)), "\(tabell.fil) \(rad.text(data.rubrik[0])): \(rad.text("kalla")) lyder \(tryckt)")
        }
    }

    @Test("The prognoses and outcomes quoted in the text stand on their lines with their sign")
    func textsiffror() throws {
        let data = try Publicerat("prognos-mot-utfall.csv")
        #expect(data.rader.count == 9)
        for rad in data.rader {
            let tryckt = try #require(Kalldokument.rad(rad.text("kalla")))
            let mnkr = try #require(rad.tal("mnkr"))
            let tal = Belopp.text(mnkr, decimaler: 1)
            let traff = try #require(tryckt.range(of: tal + "m"), "\(rad.text("storhet")): \(tal) mnkr saknas på \(tryckt)")
            #expect(mnkr < 0 || tryckt[..<traff.lowerBound].last != "-", "\(rad.text("storhet"))")
        }
    }

    @Test("The FTE (årsarbetare) of the stab and Landstingsservice stand on their lines")
    func arsarbetare() throws {
        let data = try Publicerat("arsarbetare.csv")
        #expect(data.rader.count == 4)
        for rad in data.rader {
            // The figure is the `ord`:th word of the cited line, so two figures on one line cannot be swapped:
            // line 5486 prints the stab's total 2017 (word 5) before 2018 (word 8).
            let ord = try #require(Kalldokument.ord(rad.text("kalla")))
            let nummer = try #require(Int(rad.text("ord")))
            let tal = Belopp.text(try #require(rad.tal("arsarbetare")), decimaler: 1)
            #expect(ord.indices.contains(nummer - 1) && ord[nummer - 1] == Substring(tal),
                    "\(rad.text("enhet")) \(rad.text("storhet")): \(tal) är inte ord \(nummer) på \(ord)")
        }
    }

    @Test("Every file in the data set is checked here")
    func allaFiler() throws {
        let filer = try FileManager.default.contentsOfDirectory(atPath: Projekt.fall.path).filter { $0.hasSuffix(".csv") }
        #expect(Set(filer) == Set(Self.tabeller.map(\.fil) + ["prognos-mot-utfall.csv", "arsarbetare.csv"]))
    }
}
