import Foundation
import OutputFolder
import Report
import Vokabular

/// What every command does with its result: write the files to `--out` (all or nothing) and print the text.
enum Utskrift {
    /// Writes `text` to standard error with the program's prefix.
    static func fel(_ text: String) {
        Framsteg.avslutaRad()
        FileHandle.standardError.write(Data("prognos: \(text)\n".utf8))
    }

    /// Writes the report's files to `out`, when given, then does `sedan` (e.g. saving the prognosis, so a
    /// refused `--out` saves nothing) and prints what it returns, then the report's text and where the
    /// files went.
    /// `html`, when given, is where the report's HTML page is written, all or nothing as well.
    static func visa(_ rapport: Rapport, out: String?, html: String? = nil, sedan: () throws -> String? = { nil }) throws {
        if let out {
            try Rapportkatalog(katalog: out, kommando: rapport.kommando).skriv(rapport.filer) {
                fel("väntar på en annan körning som skriver bredvid \"\(Styrtecken.maskerade(out))\"")
            }
        }
        if let html, let sida = rapport.html { try Rapportfil(sokvag: html).skriv(sida) }
        if let rad = try sedan() { print(rad) }
        print(rapport.text)
        if let out { print("\n" + rapport.skrivna(till: out)) }
        if let html { print("Rapporten skriven till \(Styrtecken.maskerade(html))") }
    }
}
