import ArgumentParser
import Foundation
import Application
import Befolkning
import Input
import Vokabular

/// The options both population commands take; each command has its own `--basar`.
struct Befolkningsval: ParsableArguments {
    @Option(name: .long, help: "Mapp med SCB-data (folkmangd, fodda, doda som .csv eller JSON-stat .json).")
    var data: String?

    @Option(name: .long, help: "Regionen i data: kod, namn eller båda, t.ex. 10, \"Blekinge län\" eller \"10 Blekinge län\".")
    var region: String?

    @Option(name: .long, help: "Antal år att skriva fram (standard \(Befolkningsmodellval.horisont)).")
    var horisont: Int?

    @Option(name: .long, help: "Antal simuleringar för intervallen (standard \(Belopp.text(Double(Befolkningsmodellval.simuleringar), decimaler: 0))).")
    var simuleringar: Int?

    @Option(name: .long, help: "Frö för slumptalen; samma frö ger samma resultat.")
    var seed: UInt64?

    @Option(name: .long, help: "Skriv resultaten som CSV i den här mappen.")
    var out: String?

    @Flag(name: .long, help: "Visa inte hur långt en lång körning har kommit.")
    var tyst = false

    /// Progress of `vad` over the scenario's paths, unless `--tyst` or the run is short (any run when every
    /// report is to be written, `PROGNOS_FRAMSTEG_SEKUNDER=0`).
    func framsteg(_ s: Befolkningsscenario, vad: String) -> ((Int) -> Void)? {
        guard s.simuleringar * s.horisont >= 100_000 || Framsteg.intervall == 0, let f = Framsteg.ny(vad, tyst: tyst) else { return nil }
        let banor = s.simuleringar
        return { f.rapportera($0, av: banor) }
    }

    /// The scenario with the options laid over it.
    func tillampa(_ s: inout Befolkningsscenario) {
        if let data { s.data = Standardfiler.fil(data) }
        if let region { s.region = region }
        if let horisont { s.horisont = horisont }
        if let simuleringar { s.simuleringar = simuleringar }
        if let seed { s.seed = seed }
    }

    func validate() throws {
        if let horisont, !(1...200).contains(horisont) { throw ValidationError("--horisont ska vara 1–200 år.") }
        if let simuleringar, !(1...1_000_000).contains(simuleringar) {
            throw ValidationError("--simuleringar ska vara 1–1 000 000.")
        }
    }
}
