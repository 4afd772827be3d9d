import ArgumentParser

/// `prognos befolkning`: the population projection (default) and its backtest.
struct BefolkningCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "befolkning",
        abstract: "Befolkningsprognos per ålder och kön (kohortkomponentmetoden) med osäkerhetsintervall.",
        subcommands: [BefolkningsprognosCommand.self, BefolkningsbacktestCommand.self],
        defaultSubcommand: BefolkningsprognosCommand.self
    )
}
