import Application
import ArgumentParser
import Input

/// The scenario file both population commands may take, with its `--satt` overrides.
struct Befolkningsscenarioval: ParsableArguments {
    @Argument(help: "Scenariofil (YAML), t.ex. scenarios/befolkning-blekinge.yaml.")
    var scenario: String?

    @Option(name: .long, parsing: .singleValue,
            help: ArgumentHelp("Ändra ett värde i scenariofilen, t.ex. migration.skala=0.5; kan anges flera gånger. Utan fil "
                               + "ändras scenarios/befolkning-blekinge.yaml.",
                               valueName: "nyckel=värde"))
    var satt: [String] = []

    /// Whether a scenario file is read: one given, or the bundled one that `--satt` values change without one.
    var harFil: Bool { scenario != nil || !satt.isEmpty }

    /// The scenario in the file with the overrides; without a file, the bundled scenario with them, or with
    /// none the bundled data's medium variant.
    func befolkningsscenario() throws -> Befolkningsscenario {
        let fil = scenario.map(Standardfiler.fil) ?? (satt.isEmpty ? nil : Standardfiler.befolkningsscenario)
        return try Befolkningskorning.scenario(fil, satt: satt)
    }
}
