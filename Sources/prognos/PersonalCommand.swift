import ArgumentParser

/// `prognos personal`: the workforce projection (default) and its calibration to the documents' figures.
struct PersonalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "personal",
        abstract: "Personalbehov, rekrytering och inhyrd personal per yrkesgrupp och år, med effekten på budgeten.",
        subcommands: [PersonalprognosCommand.self, PersonalKalibreraCommand.self],
        defaultSubcommand: PersonalprognosCommand.self
    )
}
