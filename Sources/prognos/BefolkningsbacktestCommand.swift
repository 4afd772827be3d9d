import Application
import ArgumentParser
import Befolkning
import Report

/// `prognos befolkning backtest`: estimate from data up to a year, project, compare with what happened; with
/// `--alla-regioner` for every region in the data and several base years, beside the simple projections.
struct BefolkningsbacktestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backtest",
        abstract: "Skatta ur data till och med basåret, skriv fram och jämför med utfallet åren därefter."
    )

    @OptionGroup var fil: Befolkningsscenarioval

    @OptionGroup var val: Befolkningsval

    @Option(name: .long, help: ArgumentHelp("Basår, det sista året modellen får se; med --alla-regioner ett eller flera, t.ex. 1985,1990,1995.",
                                            valueName: "år[,år…]"))
    var basar: Basarlista?

    @Flag(name: .customLong("alla-regioner"),
          help: ArgumentHelp("Pröva varje region i data (utom riket) och varje basår, och jämför med oförändrad befolkning och "
              + "konstant tillväxttakt; standard \(Befolkningsmodellval.regionbacktestHorisonter.last!) års horisont och "
              + "\(Befolkningsmodellval.regionbacktestSimuleringar) banor per fall; utan --data eller scenariofil de tio länen i "
              + "notebooks-data/scb-befolkning-lan-1968-2015."))
    var allaRegioner = false

    func run() throws {
        var s = try fil.befolkningsscenario()
        if allaRegioner {
            s.horisont = Befolkningsmodellval.regionbacktestHorisonter.last!
            s.simuleringar = Befolkningsmodellval.regionbacktestSimuleringar
            // Many regions are the point: without a data folder or a scenario naming one, the ten bundled län.
            if !fil.harFil { s.data = Standardfiler.befolkningsdataLan }
        }
        val.tillampa(&s)
        if allaRegioner {
            let framsteg = Framsteg.ny("backtest", tyst: val.tyst)
            let r = try Befolkningskorning.backtestAllaRegioner(s, basar: basar?.ar ?? [], framsteg: framsteg.map { f in
                { f.rapportera($0, av: $1) }
            })
            try Utskrift.visa(Regionbacktestrapport.rapport(r), out: val.out)
            return
        }
        s.basar = basar?.ar.first
        let r = try Befolkningskorning.backtest(s, framsteg: val.framsteg(s, vad: "backtest"))
        try Utskrift.visa(Backtestrapport.rapport(r), out: val.out)
    }

    func validate() throws {
        if !allaRegioner, let basar, basar.ar.count > 1 {
            throw ValidationError("--basar tar ett år för en region; flera basår går med --alla-regioner.")
        }
        if allaRegioner, val.region != nil {
            throw ValidationError("--region väljer en region; --alla-regioner prövar varje region i data, så ange bara en av dem.")
        }
    }
}
