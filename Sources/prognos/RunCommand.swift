import ArgumentParser
import Budget
import Foundation
import Report
import Input

/// `prognos run <scenario>`: computes resultat-, balans- and finansieringsbudget and the nämnd frames for a
/// scenario, prints them in mnkr and optionally writes them as CSV.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Beräkna resultat-, balans- och finansieringsbudget för ett scenario."
    )

    @Argument(help: "Scenariofil (YAML), t.ex. scenarios/regionplan-2023-2025.yaml.")
    var scenario: String

    @Option(name: .long, help: "Skriv rapporterna som CSV (semikolon, decimalkomma) i den här mappen.")
    var out: String?

    @Flag(name: .long, help: "Visa även differenser i underlaget som avrundning kan förklara.")
    var visaAvrundning = false

    func run() throws {
        let scenario: Scenario
        let utfall: Budgetutfall
        let kanslighet: Kanslighetsanalys
        do {
            scenario = try Scenario.las(URL(fileURLWithPath: self.scenario))
            utfall = try scenario.berakna()
            kanslighet = try scenario.kanslighetsanalys()
        } catch {
            FileHandle.standardError.write(Data("prognos: fel i scenariot: \(error)\n".utf8))
            throw ExitCode(1)
        }
        let ar = scenario.planperiod.ar
        let rapporter: [(fil: String, rapport: any Budgetrapport)] = [
            ("resultatbudget.csv", utfall.resultatbudget),
            ("balansbudget.csv", utfall.balansbudget),
            ("finansieringsbudget.csv", utfall.finansieringsbudget),
            ("budgetramar.csv", utfall.budgetramar),
            ("kanslighetsanalys.csv", kanslighet),
        ]
        if let out {
            do {
                try Rapportkatalog(katalog: out).skriv(rapporter.map { ($0.fil, CSVRapport.text($0.rapport, ar: ar)) })
            } catch {
                FileHandle.standardError.write(Data("prognos: \(error)\n".utf8))
                throw ExitCode(1)
            }
        }
        var text = ["Prognos: \(scenario.namn)",
                    "Scenario \(self.scenario), planperiod \(scenario.planperiod.beskrivning), belopp i mnkr", ""]
        for (_, rapport) in rapporter {
            text.append(Texttabell.text(rapport, ar: ar))
            text.append("")
        }
        text.append(Texttabell.text(Jamforelse(utfall: utfall, publicerad: scenario.underlag.publicerad), ar: ar))
        text.append("")
        text.append(Avstamningsrapport.text(Avstamning.ingaendeBalans(scenario.modell) + scenario.avstamning(),
                                            visaAvrundning: visaAvrundning))
        if let out { text.append("\nCSV skrivna till \(out)/: \(rapporter.map(\.fil).joined(separator: ", "))") }
        print(text.joined(separator: "\n"))
    }
}
