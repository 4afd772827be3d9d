import Application
import ArgumentParser
import Foundation
import Report

/// `prognos personal [prognos] [scenario]`: staffing need, recruitment and hired personnel per group and year.
struct PersonalprognosCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "prognos",
        abstract: "Personalbehov, rekrytering och inhyrd personal per yrkesgrupp och år, med effekten på budgeten (standard)."
    )

    @Argument(help: "Scenariofil (YAML); standard scenarios/personal-blekinge.yaml.")
    var scenario: String?

    @Option(name: .long, parsing: .singleValue,
            help: ArgumentHelp("Ändra ett värde i scenariofilen, t.ex. grupper.läkare.rekryteringskapacitet=60; kan anges flera gånger.",
                               valueName: "nyckel=värde"))
    var satt: [String] = []

    @Option(name: .long, help: "Skriv personal.csv i den här mappen.")
    var out: String?

    @Option(name: .long, help: "Skriv prognosen som en fristående HTML-sida med diagram i den här filen, t.ex. personal.html.")
    var rapport: String?

    @Option(name: .long, help: "Kör befolkningens slumpbanor genom personalmodellen och skriv intervall (personal-intervall.csv; 1–100 000 banor).")
    var simuleringar: Int?

    @Option(name: .long, help: "Slumpfrö för banorna (standard: befolkningsscenariots).")
    var seed: UInt64?

    @Flag(name: .long, help: "Håll de kalibrerade parametrarna fasta i banorna: intervallen bara från befolkningen.")
    var utanParameterspridning = false

    func validate() throws {
        if let simuleringar, !(1...100_000).contains(simuleringar) {
            throw ValidationError("--simuleringar ska vara 1–100 000.")
        }
    }

    func run() throws {
        let resultat = try Personalresultat(scenario: scenario.map(Standardfiler.fil) ?? Standardfiler.personalscenario, satt: satt,
                                            simuleringar: simuleringar, seed: seed, parameterspridning: !utanParameterspridning)
        try Utskrift.visa(Personalrapport(resultat).rapport, out: out, html: rapport)
    }
}
