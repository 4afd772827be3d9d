import Application
import ArgumentParser
import Foundation
import OutputFolder

/// The one place where errors become exit codes (docs/slutkoder.md): a use case's `Korfel` and a refused
/// `--out` are bad input, 1, with the message on standard error; usage errors keep argument-parser's own
/// code (64), with its text in Swedish (`Svenska`); a server that cannot listen (`Serverfel`) is 1 as well;
/// SIGINT and SIGTERM give 130 and 143 (`Avbrott`). Commands just `try`; `prognos serve` is the one that
/// runs asynchronously.
enum Slutkod {
    /// Bad input: a file, the data, an assumption, the ledger or the output folder.
    static let felaktigIndata: Int32 = 1

    /// Parses the command line, runs the command and exits with its code.
    static func kor(_ kommando: any ParsableCommand.Type) async -> Never {
        do {
            var valt = try kommando.parseAsRoot()
            if var asynkront = valt as? any AsyncParsableCommand { try await asynkront.run() } else { try valt.run() }
            kommando.exit()
        } catch let fel as Korfel {
            avbryt(kommando, fel.description)
        } catch let fel as RapportFel {
            avbryt(kommando, fel.description)
        } catch let fel as Serverfel {
            avbryt(kommando, fel.description)
        } catch {
            // argument-parser's own exit: help (0) on standard output, a usage error (64) on standard error,
            // both in Swedish.
            let kod = kommando.exitCode(for: error)
            let text = Svenska.oversatt(kommando.fullMessage(for: error))
            if kod == .success {
                if !text.isEmpty { print(text) }
            } else {
                Framsteg.avslutaRad()
                FileHandle.standardError.write(Data((text + "\n").utf8))
            }
            exit(kod.rawValue)
        }
    }

    /// Writes the message and exits with `felaktigIndata`.
    private static func avbryt(_ kommando: any ParsableCommand.Type, _ meddelande: String) -> Never {
        Utskrift.fel(meddelande)
        kommando.exit(withError: ExitCode(felaktigIndata))
    }
}
