import Application
import ArgumentParser
import Input
import Report

/// `prognos befolkning backtest`: estimate from data up to a year, project, compare with what happened.
struct BefolkningsbacktestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backtest",
        abstract: "Skatta ur data till och med basåret, skriv fram och jämför med utfallet åren därefter."
    )

    @OptionGroup var val: Befolkningsval

    func run() throws {
        var s = Befolkningsscenario(data: Standardfiler.befolkningsdata)
        val.tillampa(&s)
        let r = try Befolkningskorning.backtest(s, framsteg: val.framsteg(s, vad: "backtest"))
        try Utskrift.visa(Backtestrapport.rapport(r), out: val.out)
    }
}
