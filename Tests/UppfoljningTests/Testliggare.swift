import Foundation
import GRDB
import Input
import LedgerInput
import Uppfoljning

/// A ledger in a fresh temporary folder, with helpers to import CSV text and to read the whole database
/// back as text, so that "unchanged" can be checked table by table, row by row.
struct Testliggare {
    let mapp: URL
    let fil: String

    init() throws {
        mapp = try Projekt.tempmapp()
        fil = mapp.appendingPathComponent("uppfoljning.sqlite").path
    }

    /// Writes `text` to `namn` in the folder and returns its URL.
    func skriv(_ namn: String, _ text: String) throws -> URL {
        let url = mapp.appendingPathComponent(namn)
        try Data(text.utf8).write(to: url)
        return url
    }

    /// Reads the export `text` and imports it.
    @discardableResult
    func importera(_ text: String, som slag: Beloppsslag, namn: String = "export.csv") throws -> Importsammanfattning {
        try Liggare.oppna(fil).importera(try Bokforingsfil.las(try skriv(namn, text)), som: slag)
    }

    /// Every table's rows, sorted, as text: the ledger's whole content.
    func innehall() throws -> [String] {
        let db = try DatabaseQueue(path: fil)
        return try db.read { db in
            var rader: [String] = []
            let tabeller = try String.fetchAll(db, sql: "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")
            for tabell in tabeller {
                for rad in try Row.fetchAll(db, sql: "SELECT * FROM \(tabell)") {
                    rader.append("\(tabell): \(rad.databaseValues.map(\.description).joined(separator: "|"))")
                }
            }
            return rader.sorted()
        }
    }

    func taBort() { try? FileManager.default.removeItem(at: mapp) }
}

/// Export text: a header and `rader` lines `enhet;konto;period;belopp`, UTF-8 with BOM and CRLF as Excel
/// writes it.
func export(_ rader: [String]) -> String {
    "\u{FEFF}enhet;konto;period;belopp\r\n" + rader.map { $0 + "\r\n" }.joined()
}
