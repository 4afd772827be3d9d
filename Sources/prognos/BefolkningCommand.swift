import ArgumentParser

/// `prognos befolkning`: the population projection (default), its backtest, its table of past errors and
/// fetching data from SCB.
struct BefolkningCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "befolkning",
        abstract: "Befolkningsprognos per ålder och kön (kohortkomponentmetoden) med osäkerhetsintervall.",
        subcommands: [BefolkningsprognosCommand.self, BefolkningsbacktestCommand.self, PrognosfelCommand.self,
                      BefolkningshamtningCommand.self],
        defaultSubcommand: BefolkningsprognosCommand.self
    )
}
