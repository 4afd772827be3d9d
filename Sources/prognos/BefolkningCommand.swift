import Application
import ArgumentParser
import Befolkning
import Foundation
import Report
import Input

/// `prognos befolkning`: the population projection (default) and its backtest.
struct BefolkningCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "befolkning",
        abstract: "Befolkningsprognos per ålder och kön (kohortkomponentmetoden) med osäkerhetsintervall.",
        subcommands: [BefolkningsprognosCommand.self, BefolkningsbacktestCommand.self],
        defaultSubcommand: BefolkningsprognosCommand.self
    )
}

/// The options both population commands take.
struct Befolkningsval: ParsableArguments {
    @Option(name: .long, help: "Mapp med SCB-data (folkmangd, fodda, doda som .csv eller JSON-stat .json).")
    var data: String?

    @Option(name: .long, help: "Regionkod eller namn i data, t.ex. 10 för Blekinge län.")
    var region: String?

    @Option(name: .long, help: "Basår; standard är sista året i data.")
    var basar: Int?

    @Option(name: .long, help: "Antal år att skriva fram (standard 30).")
    var horisont: Int?

    @Option(name: .long, help: "Antal simuleringar för intervallen (standard 1 000).")
    var simuleringar: Int?

    @Option(name: .long, help: "Frö för slumptalen; samma frö ger samma resultat.")
    var seed: UInt64?

    @Option(name: .long, help: "Skriv resultaten som CSV i den här mappen.")
    var out: String?

    /// The default data folder of the project, relative to the working directory.
    static let standarddata = "notebooks-data/scb-befolkning-1968-2015"

    /// The scenario with the options laid over it.
    func tillampa(_ s: inout Befolkningsscenario) {
        if let data { s.data = URL(fileURLWithPath: data) }
        if let region { s.region = region }
        if let basar { s.basar = basar }
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

/// Progress on standard error for long runs: a line whenever a part of the paths is done.
enum Framsteg {
    static func rader(banor: Int, horisont: Int, vad: String) -> ((Int) -> Void)? {
        guard banor * horisont >= 100_000 else { return nil }
        return { klara in Utskrift.fel("\(vad): \(klara * 100 / banor) % klart (\(klara) av \(banor) banor)") }
    }
}

/// Writes to standard error with the program's prefix.
enum Utskrift {
    static func fel(_ text: String) {
        FileHandle.standardError.write(Data("prognos: \(text)\n".utf8))
    }

    /// Writes `filer` to `--out`, or exits with code 1 and the reason.
    static func skriv(_ filer: [(namn: String, innehall: String)], till out: String) throws {
        do {
            try Rapportkatalog(katalog: out).skriv(filer)
        } catch {
            fel("\(error)")
            throw ExitCode(1)
        }
    }
}

/// `prognos befolkning [scenario]`: the projection.
struct BefolkningsprognosCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "prognos",
        abstract: "Skriv fram befolkningen (standard: medelalternativet för Blekinge ur medföljande SCB-data)."
    )

    @Argument(help: "Scenariofil (YAML), t.ex. scenarios/befolkning-blekinge.yaml.")
    var scenario: String?

    @OptionGroup var val: Befolkningsval

    func run() throws {
        var s: Befolkningsscenario
        if let scenario {
            do { s = try Befolkningsscenario.las(URL(fileURLWithPath: scenario)) } catch {
                Utskrift.fel("fel i scenariot: \(error)")
                throw ExitCode(1)
            }
        } else {
            s = Befolkningsscenario(data: URL(fileURLWithPath: Befolkningsval.standarddata))
            s.utfall = URL(fileURLWithPath: "notebooks-data/befolkning-utfall")
        }
        val.tillampa(&s)
        let rapport: Befolkningsrapport
        do {
            let k = try Befolkningskorning(s)
            let modell = try k.modell()
            let (prognos, intervall) = try k.prognos(modell, framsteg: Framsteg.rader(banor: s.simuleringar,
                                                                                      horisont: s.horisont, vad: "simulering"))
            rapport = Befolkningsrapport(
                namn: s.namn, modell: modell, prognos: prognos, intervall: intervall,
                jamforelse: try k.utfall().flatMap { Utfallsjamforelse(prognos: prognos, intervall: intervall, utfall: $0) })
        } catch {
            Utskrift.fel("fel i data eller antaganden: \(error)")
            throw ExitCode(1)
        }
        if let out = val.out { try Utskrift.skriv(rapport.csvFiler, till: out) }
        print(rapport.text)
        if let out = val.out { print("\nCSV skrivna till \(out)/: \(rapport.csvFiler.map(\.namn).joined(separator: ", "))") }
    }
}

/// `prognos befolkning backtest`: estimate from data up to a year, project, compare with what happened.
struct BefolkningsbacktestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backtest",
        abstract: "Skatta ur data till och med basåret, skriv fram och jämför med utfallet åren därefter."
    )

    @OptionGroup var val: Befolkningsval

    func run() throws {
        var s = Befolkningsscenario(data: URL(fileURLWithPath: Befolkningsval.standarddata))
        val.tillampa(&s)
        guard val.basar != nil else {
            Utskrift.fel("ange --basar, det sista året modellen får se")
            throw ExitCode(1)
        }
        let backtest: Befolkningsbacktest
        let region: String
        do {
            let k = try Befolkningskorning(s)
            region = k.region.region
            backtest = try k.backtest(framsteg: Framsteg.rader(banor: s.simuleringar, horisont: s.horisont, vad: "backtest"))
        } catch {
            Utskrift.fel("kan inte göra backtest: \(error)")
            throw ExitCode(1)
        }
        if let out = val.out { try Utskrift.skriv([("backtest.csv", Backtestrapport.csv(backtest))], till: out) }
        print(Backtestrapport.text(backtest, region: region))
        if let out = val.out { print("\nCSV skriven till \(out)/backtest.csv") }
    }
}
