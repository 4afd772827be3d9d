import Foundation
import OutputFolder
import Report
import Vokabular

/// What every command does with its result: write the files to `--out` (all or nothing) and print the text.
enum Utskrift {
    /// Writes `text` to standard error with the program's prefix.
    static func fel(_ text: String) {
        Framsteg.avslutaRad()
        FileHandle.standardError.write(Data(felrad(text).utf8))
    }

    /// `text` as a line of its own on standard error: with the program's prefix and a newline.
    static func felrad(_ text: String) -> String { "prognos: \(text)\n" }

    /// Writes the report's files to `out`, when given, and does `sedan` (e.g. saving the prognosis) just before
    /// they take the folder's place, so a refused `--out` saves nothing and a failed `sedan` leaves the folder's
    /// previous files; then prints what `sedan` returns, the report's text and where the files went.
    /// `html`, when given, is where the report's HTML page is written, all or nothing as well.
    static func visa(_ rapport: Rapport, out: String?, html: String? = nil, sedan: () throws -> String? = { nil }) throws {
        // The page is written beside its place first, so that a `--rapport` that cannot be written stops the run
        // before the folder or the ledger changes; it takes its place last.
        let sida = try html.flatMap { sokvag in try rapport.html.map { try Rapportfil(sokvag: sokvag).forbered($0) } }
        var rad: String?
        do {
            rad = try skrivUt(rapport, out: out, sedan: sedan)
        } catch {
            sida?.kasta()
            throw error
        }
        try sida?.ersatt()
        if let rad { print(rad) }
        print(rapport.text)
        if let out { print("\n" + rapport.skrivna(till: out)) }
        if let html { print("Rapporten skriven till \(Styrtecken.maskerade(html))") }
    }

    /// Writes the `--out` folder, if any, and runs `sedan` (before the folder takes its place); what `sedan`
    /// returns, to print.
    private static func skrivUt(_ rapport: Rapport, out: String?, sedan: () throws -> String?) throws -> String? {
        var rad: String?
        if let out {
            // `sedan` runs once the new files are complete and before they take the folder's place: if it fails,
            // the folder keeps the previous files.
            var steg: Result<String?, any Error> = .success(nil)
            do {
                try Rapportkatalog(katalog: out, kommando: rapport.kommando).skriv(rapport.filer, vantar: {
                    fel("väntar på en annan körning som skriver bredvid \"\(Styrtecken.maskerade(out))\"")
                }, innanBytet: {
                    steg = Result { try sedan() }
                    if case .failure = steg { return false }
                    return true
                })
            } catch {
                // What `sedan` did stays done when the swap itself fails; say so before the error.
                if case .success(let gjort?) = steg { fel(gjort.trimmingCharacters(in: .newlines)) }
                throw error
            }
            rad = try steg.get()
        }
        if out == nil { rad = try sedan() }
        return rad
    }
}
