import Application
import ArgumentParser
import Foundation
import Report

/// `prognos kor [scenario]`: the whole chain, population → workforce → budget, for one scenario.
struct KorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kor",
        abstract: "Kör hela kedjan: befolkning → personalförsörjning → budget, med resultat, inhyrd personal och befolkning per år."
    )

    @Argument(help: "Kedjescenario (YAML); standard scenarios/kedja-blekinge.yaml.")
    var scenario: String?

    @Option(name: .long, parsing: .singleValue,
            help: ArgumentHelp("Ändra ett värde i kedjan, t.ex. befolkning.migration.skala=0.5 eller "
                               + "personal.grupper.sjuksköterskor.rekryteringskapacitet=120; kan anges flera gånger.",
                               valueName: "nyckel=värde"))
    var satt: [String] = []

    @Option(name: .long, help: "Skriv kedja.csv, budgetrapporterna och antaganden.yaml i den här mappen.")
    var out: String?

    @Option(name: .long, help: "Skriv rapporten som en fristående HTML-sida med diagram i den här filen, t.ex. rapport.html.")
    var rapport: String?

    @OptionGroup var banor: Kedjebanor

    func run() throws {
        let antal = banor.simuleringar ?? 0
        let resultat = try Kedja.kor(scenario.map(Standardfiler.fil) ?? Standardfiler.kedjescenario, satt: satt,
                                     simuleringar: banor.simuleringar, seed: banor.seed,
                                     framsteg: banor.framsteg.map { f in { f.rapportera($0, av: antal) } })
        try Utskrift.visa(Kedjerapport.rapport(resultat, fil: scenario ?? Standardfiler.kedjescenarioNamn), out: out, html: rapport)
    }
}
