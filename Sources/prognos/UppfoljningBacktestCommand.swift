import Application
import ArgumentParser
import Report
import Uppfoljning
import Vokabular

/// `prognos uppfoljning backtest [--db PATH] [--out DIR]`: every method's prognosis after every month 1–11
/// of every complete year of the ledger, from the data up to that month, against the year's outcome, and every
/// förvaltning's own prognosis (a version by hand) for a complete year against the methods' after the same month.
struct UppfoljningBacktestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backtest",
        abstract: "Pröva helårsmetoderna mot liggarens hela år: fel per metod och månad, intervallens täckning.",
        discussion: """
            Varje prognos görs med utfallet t.o.m. sin månad och tidigare år, som prognos uppfoljning prognos \
            gör den. ets skattar en modell per serie, år och månad och tar längst tid; välj metoder med --metod. \
            ets prövas på ett fast urval av högst \(Uppfoljningsmodellval.etsBacktestPerKonto) serier per konto \
            (alla med --hela-liggaren eller --forsoning mint).
            Förvaltningarnas egna prognoser (inlästa med import --prognos) för ett avslutat år jämförs med \
            metodernas prognoser efter samma månad, på totalen, per nämnd, förvaltning och enhet.
            """
    )

    @Option(name: .long, help: "Metod att pröva (får anges flera gånger): runrate, profil, budget, budget-framford, ets, regression. Standard: alla.")
    var metod: [String] = []

    @Option(name: .long, help: "Toleransen i procent för månaden från vilken en metod håller sig inom den (standard \(Belopp.text(Uppfoljningsmodellval.stabilitetstolerans, decimaler: 0))).")
    var tolerans: Double = Uppfoljningsmodellval.stabilitetstolerans

    @Option(name: .long, help: "Pröva bara det här hela året (standard: alla hela år i liggaren).")
    var ar: Int?

    @Option(name: .long, help: "Med mint: jämför också varje metod nedifrån mot avstämd med MinT per nivå av organisationen (standard nedifran: bara nedifrån).")
    var forsoning: Forsoning = .nedifran

    @Flag(name: .customLong("hela-liggaren"), help: "Pröva ets på varje serie, inte på ett fast urval av högst \(Uppfoljningsmodellval.etsBacktestPerKonto) serier per konto (tar timmar på en regions liggare).")
    var helaLiggaren = false

    @OptionGroup var val: Liggarval

    @Option(name: .long, help: "Skriv backtest.csv och handprognoser.csv i den här mappen.")
    var out: String?

    func validate() throws {
        if let okand = metod.first(where: { Prognosmetod(rawValue: $0) == nil }) {
            throw ValidationError("okänd metod \"\(okand)\"; välj bland "
                                  + Prognosmetod.allCases.map(\.namn).joined(separator: ", ") + ".")
        }
        guard tolerans > 0, tolerans.isFinite else { throw ValidationError("--tolerans ska vara ett positivt tal.") }
    }

    func run() throws {
        let metoder = metod.isEmpty ? Prognosmetod.allCases : metod.compactMap(Prognosmetod.init(rawValue:))
        let backtest = try Uppfoljningskorning.backtest(metoder, tolerans: tolerans, ar: ar, forsoning: forsoning, helaLiggaren: helaLiggaren,
                                                        db: val.db, framsteg: val.framsteg("backtest"))
        try Utskrift.visa(Metodbacktestrapport.rapport(backtest), out: out)
    }
}
