import ArgumentParser

/// The `prognos` command: forecasting and scenario engine for a Swedish region's economy.
struct Prognos: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "prognos",
        abstract: "Prognos- och scenariomotor för regionens ekonomi.",
        subcommands: [KorCommand.self, JamforCommand.self, RunCommand.self, BefolkningCommand.self, PersonalCommand.self, UppfoljningCommand.self,
                      ServeCommand.self]
    )
}
