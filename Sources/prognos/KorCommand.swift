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

    @Option(name: .long, help: "Kör befolkningens slumpbanor genom hela kedjan och visa intervall (1–100 000 banor).")
    var simuleringar: Int?

    @Option(name: .long, help: "Slumpfrö för banorna (standard: befolkningsscenariots).")
    var seed: UInt64?

    @Flag(name: .long, help: "Visa inga framsteg under långa körningar.")
    var tyst = false

    func validate() throws {
        if let simuleringar, !(1...100_000).contains(simuleringar) {
            throw ValidationError("--simuleringar ska vara 1–100 000.")
        }
    }

    func run() throws {
        let banor = simuleringar ?? 0
        let framsteg = banor >= 1_000 || Framsteg.intervall == 0 ? Framsteg.ny("kedjans banor", tyst: tyst) : nil
        let resultat = try Kedja.kor(scenario.map(Standardfiler.fil) ?? Standardfiler.kedjescenario, satt: satt, simuleringar: simuleringar,
                                     seed: seed, framsteg: framsteg.map { f in { f.rapportera($0, av: banor) } })
        try Utskrift.visa(Kedjerapport.rapport(resultat, fil: scenario ?? Standardfiler.kedjescenarioNamn), out: out, html: rapport)
    }
}
