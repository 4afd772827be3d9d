import Application
import ArgumentParser
import Report

/// `prognos personal kalibrera [scenario]`: the workforce scenario's free parameters estimated from the
/// documents' figures in its data folder's `mal.csv`.
struct PersonalKalibreraCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kalibrera",
        abstract: "Skattar personalomsättning, rekryteringskapacitet och basårets vakanser så att modellen återger dokumentens siffror."
    )

    @Argument(help: "Scenariofil (YAML); standard scenarios/personal-blekinge.yaml.")
    var scenario: String?

    @Option(name: .long, parsing: .singleValue,
            help: ArgumentHelp("Ändra ett värde i scenariofilen före kalibreringen; kan anges flera gånger.", valueName: "nyckel=värde"))
    var satt: [String] = []

    @Option(name: .long, help: "Skriv kalibrering.csv och personal-kalibrerad.yaml i den här mappen.")
    var out: String?

    func run() throws {
        let resultat = try Personalkalibreringsresultat(scenario: scenario.map(Standardfiler.fil) ?? Standardfiler.personalscenario, satt: satt)
        try Utskrift.visa(Kalibreringsrapport(resultat).rapport, out: out)
    }
}
