import ArgumentParser

/// `prognos uppfoljning`: the ledger of monthly outcome, budget and prognoses. Each step of the follow-up
/// is a subcommand sharing the `--db` option (`Liggarval`).
struct UppfoljningCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "uppfoljning",
        abstract: "Uppföljning: liggare med månadsutfall, budget och helårsprognoser.",
        subcommands: [UppfoljningImportCommand.self, UppfoljningPrognosCommand.self, UppfoljningBacktestCommand.self,
                      UppfoljningAvvikelseCommand.self, UppfoljningKontrolleraCommand.self]
    )
}

/// The option every `uppfoljning` subcommand takes: where the ledger is.
struct Liggarval: ParsableArguments {
    @Option(name: .long, help: "Liggarens databasfil (SQLite); skapas vid första inläsningen.")
    var db = "uppfoljning.sqlite"
}
