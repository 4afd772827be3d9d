import Application
import ArgumentParser
import Input

/// The scenario file both population commands may take, with its `--satt` overrides.
struct Befolkningsscenarioval: ParsableArguments {
    @Argument(help: "Scenariofil (YAML), t.ex. scenarios/befolkning-blekinge.yaml.")
    var scenario: String?

    @Option(name: .long, parsing: .singleValue,
            help: ArgumentHelp("Ändra ett värde i scenariofilen, t.ex. migration.skala=0.5; kan anges flera gånger.",
                               valueName: "nyckel=värde"))
    var satt: [String] = []

    /// The scenario in the file with the overrides, or without a file the bundled data's medium variant.
    func befolkningsscenario() throws -> Befolkningsscenario {
        try Befolkningskorning.scenario(scenario.map(Standardfiler.fil), satt: satt)
    }

    func validate() throws {
        if !satt.isEmpty && scenario == nil {
            throw ValidationError("--satt ändrar värden i en scenariofil; ange filen, t.ex. scenarios/befolkning-blekinge.yaml.")
        }
    }
}
