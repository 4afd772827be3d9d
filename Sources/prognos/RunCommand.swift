import Application
import ArgumentParser
import Foundation
import Report

/// `prognos run [scenario]`: computes resultat-, balans- and finansieringsbudget and the nämnd frames for a
/// scenario, prints them in mnkr and optionally writes them as CSV and as an HTML page.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Beräkna resultat-, balans- och finansieringsbudget för ett scenario."
    )

    @Argument(help: "Scenariofil (YAML); standard scenarios/regionplan-2023-2025.yaml.")
    var scenario: String?

    @Option(name: .long, parsing: .singleValue,
            help: ArgumentHelp("Ändra ett värde i scenariofilen, t.ex. antaganden.indexering.personalkostnader.2024=4.3; kan anges flera gånger.",
                               valueName: "nyckel=värde"))
    var satt: [String] = []

    @Option(name: .long, help: "Skriv rapporterna som CSV (semikolon, decimalkomma) i den här mappen.")
    var out: String?

    @Option(name: .long, help: "Skriv rapporten som en fristående HTML-sida med diagram i den här filen, t.ex. budget.html.")
    var rapport: String?

    @Flag(name: .long, help: "Visa även differenser i underlaget som avrundning kan förklara.")
    var visaAvrundning = false

    func run() throws {
        let korning = try Budgetkorning(scenario: scenario.map(Standardfiler.fil) ?? Standardfiler.budgetscenario, satt: satt)
        try Utskrift.visa(Korningsrapport.budget(korning, fil: scenario ?? Standardfiler.budgetscenarioNamn,
                                                 visaAvrundning: visaAvrundning), out: out, html: rapport)
    }
}
