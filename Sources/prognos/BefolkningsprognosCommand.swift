import Application
import ArgumentParser
import Foundation
import Report

/// `prognos befolkning [scenario]`: the projection.
struct BefolkningsprognosCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "prognos",
        abstract: "Skriv fram befolkningen (standard: medelalternativet för Blekinge ur medföljande SCB-data)."
    )

    @Argument(help: "Scenariofil (YAML), t.ex. scenarios/befolkning-blekinge.yaml.")
    var scenario: String?

    @Option(name: .long, parsing: .singleValue,
            help: ArgumentHelp("Ändra ett värde i scenariofilen, t.ex. migration.skala=0.5; kan anges flera gånger.",
                               valueName: "nyckel=värde"))
    var satt: [String] = []

    @OptionGroup var val: Befolkningsval

    @Option(name: .long, help: "Skriv prognosen som en fristående HTML-sida med diagram i den här filen, t.ex. befolkning.html.")
    var rapport: String?

    func run() throws {
        var s = try Befolkningskorning.scenario(scenario.map(Standardfiler.fil), satt: satt)
        val.tillampa(&s)
        let r = try Befolkningskorning.prognos(s, framsteg: val.framsteg(s, vad: "simulering"))
        try Utskrift.visa(Befolkningsrapport(r).rapport, out: val.out, html: rapport)
    }

    func validate() throws {
        if !satt.isEmpty && scenario == nil {
            throw ValidationError("--satt ändrar värden i en scenariofil; ange filen, t.ex. scenarios/befolkning-blekinge.yaml.")
        }
    }
}
