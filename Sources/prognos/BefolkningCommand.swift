import ArgumentParser

/// `prognos befolkning`: the population projection (default), its backtest and its table of past errors.
struct BefolkningCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "befolkning",
        abstract: "Befolkningsprognos per ålder och kön (kohortkomponentmetoden) med osäkerhetsintervall.",
        subcommands: [BefolkningsprognosCommand.self, BefolkningsbacktestCommand.self, PrognosfelCommand.self],
        defaultSubcommand: BefolkningsprognosCommand.self
    )
}
