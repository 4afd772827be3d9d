import ArgumentParser
import Foundation
import Hummingbird
import Logging

/// `prognos serve`: a local web page for what-ifs on the chain (`Webbsidor`). The server is part of the
/// `prognos` program rather than a target of its own: like every command it only parses, calls the chain's
/// use case and renders with `Report`; what is particular to HTTP — the routes, the query, the run slots,
/// errors as HTTP answers (`Webbsvar`) — is in this folder, and only this program links Hummingbird.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Starta en lokal webbsida för what-if på kedjan och för liggarens periodrapport (/uppfoljning).",
        discussion: "Sidan skriver inga filer; resultaten laddas ner från sidan. Avsluta med Ctrl-C."
    )

    @Option(name: .long, help: "Porten att lyssna på (1–65535).")
    var port = 8080

    @Option(name: .long, help: "Adressen att lyssna på; 127.0.0.1 nås bara från den här datorn.")
    var vard = "127.0.0.1"

    @Option(name: .long, help: "Liggaren som sidan /uppfoljning visar periodrapporten ur. Standard: PROGNOS_DB om den är satt.")
    var db = ProcessInfo.processInfo.environment["PROGNOS_DB"].flatMap { $0.isEmpty ? nil : $0 } ?? "uppfoljning.sqlite"

    func validate() throws {
        guard (1...65_535).contains(port) else { throw ValidationError("--port ska vara 1–65535.") }
    }

    func run() async throws {
        let (vard, port, db) = (vard, port, db)
        let app = Application(
            router: Webbsidor.router(platser: Korplatser(antal: ProcessInfo.processInfo.activeProcessorCount), baser: Baser(), liggare: db),
            configuration: ApplicationConfiguration(address: .hostname(vard, port: port), serverName: "prognos"),
            onServerRunning: { _ in
                FileHandle.standardOutput.write(Data("prognos serve: http://\(vard):\(port)/ (avsluta med Ctrl-C)\n".utf8))
            },
            // Hummingbird's own log lines are English; the server says what the user needs itself.
            logger: Logger(label: "prognos serve") { _ in SwiftLogNoOpLogHandler() })
        // SIGINT and SIGTERM stay with `Avbrott`, as for every command.
        do { try await app.runService(gracefulShutdownSignals: []) } catch { throw Serverfel(error, vard: vard, port: port) }
    }
}
