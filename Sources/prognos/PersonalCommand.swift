import Application
import ArgumentParser
import Foundation
import Report
import Input

/// `prognos personal [scenario]`: staffing need, recruitment and hired personnel per group and year.
struct PersonalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "personal",
        abstract: "Personalbehov, rekrytering och inhyrd personal per yrkesgrupp och år, med effekten på budgeten."
    )

    @Argument(help: "Scenariofil (YAML); standard scenarios/personal-blekinge.yaml.")
    var scenario = "scenarios/personal-blekinge.yaml"

    @Option(name: .long, help: "Skriv personal.csv i den här mappen.")
    var out: String?

    func run() throws {
        let rapport: Personalrapport
        do {
            let korning = try Personalkorning(try Personalscenario.las(URL(fileURLWithPath: scenario)))
            let prognos = try korning.prognos()
            let lank = try korning.budgetlank(prognos)
            rapport = Personalrapport(namn: korning.scenario.namn, prognos: prognos, budget: lank.map {
                ($0.ar, $0.personalkostnadsforandring, $0.beslutad.resultatbudget.resultat, $0.medPersonal.resultatbudget.resultat)
            })
        } catch {
            Utskrift.fel("fel i scenariot eller data: \(error)")
            throw ExitCode(1)
        }
        if let out { try Utskrift.skriv([("personal.csv", rapport.csv)], till: out) }
        print(rapport.text)
        if let out { print("\nCSV skriven till \(out)/personal.csv") }
    }
}
