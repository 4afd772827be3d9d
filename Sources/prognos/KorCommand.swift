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

    @Option(name: .long, help: "Skriv kedja.csv och budgetrapporterna som CSV i den här mappen.")
    var out: String?

    func run() throws {
        let resultat = try Kedja.kor(scenario.map(Standardfiler.fil) ?? Standardfiler.kedjescenario)
        try Utskrift.visa(Kedjerapport.rapport(resultat, fil: scenario ?? Standardfiler.kedjescenarioNamn), out: out)
    }
}
