import Application
import ArgumentParser
import Befolkning
import Report

/// `prognos befolkning prognosfel`: the table of past projection errors whose quantiles are the intervals of
/// `prognos befolkning`.
struct PrognosfelCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "prognosfel",
        abstract: "Tabellen över tidigare prognosfel per åldersgrupp och horisont, ur varje region och basår i data."
    )

    @OptionGroup var fil: Befolkningsscenarioval

    @OptionGroup var val: Befolkningsval

    func run() throws {
        var s = try fil.befolkningsscenario()
        val.tillampa(&s)
        try Utskrift.visa(Prognosfelrapport.rapport(try Befolkningskorning.prognosfel(s)), out: val.out)
    }
}
