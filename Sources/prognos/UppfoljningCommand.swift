import ArgumentParser
import Foundation

/// `prognos uppfoljning`: the ledger of monthly outcome, budget and prognoses. Each step of the follow-up
/// is a subcommand sharing the `--db` option (`Liggarval`).
struct UppfoljningCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "uppfoljning",
        abstract: "Uppföljning: liggare med månadsutfall, budget och helårsprognoser.",
        subcommands: [UppfoljningImportCommand.self, UppfoljningPrognosCommand.self, UppfoljningBacktestCommand.self,
                      UppfoljningRapportCommand.self, UppfoljningAvvikelseCommand.self, UppfoljningVersionerCommand.self, UppfoljningKontrolleraCommand.self]
    )
}

/// The option every `uppfoljning` subcommand takes: where the ledger is, by default `PROGNOS_DB` or
/// `uppfoljning.sqlite` in the working folder.
struct Liggarval: ParsableArguments {
    @Option(name: .long, help: "Liggarens databasfil (SQLite); skapas vid första inläsningen. Standard: PROGNOS_DB om den är satt.")
    var db = ProcessInfo.processInfo.environment["PROGNOS_DB"].flatMap { $0.isEmpty ? nil : $0 } ?? "uppfoljning.sqlite"

    @Flag(name: .long, help: "Visa inte hur långt en lång körning har kommit.")
    var tyst = false

    /// Progress of `vad`, unless `--tyst`.
    func framsteg(_ vad: String) -> (@Sendable (Double) -> Void)? {
        guard let f = Framsteg.ny(vad, tyst: tyst) else { return nil }
        return { f.rapportera($0) }
    }
}
