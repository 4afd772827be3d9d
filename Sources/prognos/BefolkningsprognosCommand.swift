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

    @OptionGroup var fil: Befolkningsscenarioval

    @OptionGroup var val: Befolkningsval

    @Option(name: .long, help: "Basår; standard är sista året i data.")
    var basar: Int?

    @Option(name: .long, help: "Skriv prognosen som en fristående HTML-sida med diagram i den här filen, t.ex. befolkning.html.")
    var rapport: String?

    func run() throws {
        var s = try fil.befolkningsscenario()
        val.tillampa(&s)
        if let basar { s.basar = basar }
        let r = try Befolkningskorning.prognos(s, framsteg: val.framsteg(s, vad: "simulering"))
        try Utskrift.visa(Befolkningsrapport(r).rapport, out: val.out, html: rapport)
    }
}
