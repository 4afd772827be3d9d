import Budget
import Foundation
import Testing
@testable import Input
import Vokabular

/// Every figure in notebooks-data/regionplan-2023-2025 is checked against the line of the source document
/// its `kalla` column cites, so a transcription error or a drifted copy fails here.
@Suite("notebooks-data mot källdokumentet")
struct KalldokumentTests {
    /// The cited line with all spaces removed, e.g. "Verksamhetensintäkter1064,51070,21075,3".
    private func kallrad(_ kalla: String) throws -> String {
        let delar = kalla.split(separator: ":")
        let fil = Projekt.kallor.appendingPathComponent(String(delar[0]))
        let text = try String(contentsOf: fil, encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let nummer = try #require(Int(delar[1]))
        return lines[nummer - 1].filter { !$0.isWhitespace }
    }

    @Test("Bilaga 1–5 as transcribed match the printed lines", arguments: Underlag.filer.filter { $0.fil != "indexering.csv" })
    func tabell(_ fil: (fil: String, namn: String, decimaler: Int, intervall: ClosedRange<Double>)) throws {
        let tabell = try CSVTabell.las(Projekt.underlag.appendingPathComponent(fil.fil), namn: fil.namn, decimaler: fil.decimaler,
                                       intervall: fil.intervall)
        #expect(!tabell.rader.isEmpty)
        for rad in tabell.rader {
            let printed = try kallrad(rad.kalla)
            var expected = rad.belopp.keys.sorted().map { Belopp.text(rad.belopp[$0]!, decimaler: fil.decimaler) }
                .joined().filter { !$0.isWhitespace }
            if fil.fil == "investeringsbudget.csv" {
                // Bilaga 5 closes each row with its five-year sum (the CSV's `summa` column).
                let csv = try String(contentsOf: Projekt.underlag.appendingPathComponent(fil.fil), encoding: .utf8)
                let line = try #require(csv.split(separator: "\n").first { $0.hasPrefix(rad.nyckel + ",") })
                let summa = try #require(Double(line.split(separator: ",")[6]))
                expected += Belopp.text(summa, decimaler: 0).filter { !$0.isWhitespace }
            }
            #expect(printed.hasSuffix(expected), "\(fil.fil) \(rad.nyckel): \(rad.kalla) lyder \(printed)")
        }
    }

    @Test("The decided indexation matches the text of the Regionplan")
    func indexering() throws {
        let tabell = try CSVTabell.las(Projekt.underlag.appendingPathComponent("indexering.csv"), namn: "index", decimaler: 1,
                                       intervall: Granser.procent)
        for rad in tabell.rader {
            let printed = try kallrad(rad.kalla)
            for (year, procent) in rad.belopp {
                #expect(printed.contains("\(Belopp.text(procent, decimaler: 1))procentför\(year)"), "\(rad.nyckel) \(year)")
            }
        }
    }
}
