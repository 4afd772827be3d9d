import Application
import ArgumentParser
import Report
import Uppfoljning
import Vokabular

/// `prognos uppfoljning prognos --period YYYY-MM --metod runrate|profil|budget|ets|regression [--spara]
/// [--db PATH] [--out DIR]`: the full-year prognosis by one method after a month, per unit and row.
struct UppfoljningPrognosCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "prognos",
        abstract: "Helårsprognos per enhet och konto ur utfallet t.o.m. en månad, med 80 %- och 95 %-intervall.",
        discussion: """
            Metoderna: runrate (ackumulerat × 12/m), profil (ackumulerat ÷ tidigare års andel t.o.m. månad m), \
            budget (ackumulerat + återstående budget; med --framfor-avvikelse skalas den återstående budgeten med \
            ackumulerat utfall ÷ ackumulerad budget), ets (exponentiell utjämning, de automatiska kandidaterna vägda med Akaikevikter) och \
            regression (för konton med drivare, se import --drivare: månadsbelopp = månadens konstant + Σ β × \
            drivare, resten av året med drivarnas nivå i månad m; annars helår = a + b × ackumulerat, per konto \
            över enheter och tidigare år). Intervallen kommer \
            ur metodens egna fel tidigare år vid samma månad, för ets ur modellen, vidgade efter hur ets missade efter samma månad året före.
            """
    )

    /// The methods by the names the issue gives them.
    enum Metodval: String, ExpressibleByArgument, CaseIterable {
        case runrate, profil, budget, ets, regression
    }

    @Option(name: .long, help: "Månaden prognosen görs efter, ÅÅÅÅ-MM (månad 1–11).")
    var period: String

    @Option(name: .long, help: "Metod: runrate, profil, budget, ets eller regression.")
    var metod: Metodval

    @Flag(name: .customLong("framfor-avvikelse"), help: "Med --metod budget: för fram årets avvikelse från budget proportionellt.")
    var framforAvvikelse = false

    @Option(name: .long, help: "Hur nivåerna hänger ihop: nedifran (varje series egen prognos, en nivå summan av sina delar; standard) eller mint (varje nivå prognostiseras för sig och serierna stäms av mot dem, se docs/uppfoljning.md).")
    var forsoning: Forsoning = .nedifran

    @Flag(name: .long, help: "Spara prognosen som en prognosversion i liggaren.")
    var spara = false

    @OptionGroup var val: Liggarval

    @Option(name: .long, help: "Skriv prognos.csv i den här mappen.")
    var out: String?

    func validate() throws {
        guard Period(text: period) != nil else { throw ValidationError("--period ska vara ÅÅÅÅ-MM, t.ex. 2018-08, inte \"\(period)\".") }
        if framforAvvikelse && metod != .budget { throw ValidationError("--framfor-avvikelse gäller bara --metod budget.") }
    }

    /// The method chosen.
    var prognosmetod: Prognosmetod {
        switch metod {
        case .runrate: .runrate
        case .profil: .profil
        case .budget: framforAvvikelse ? .budgetFramford : .budget
        case .ets: .ets
        case .regression: .regression
        }
    }

    func run() throws {
        let period = Period(text: period)!
        let prognos = try Uppfoljningskorning.prognos(prognosmetod, efter: period, forsoning: forsoning, db: val.db,
                                                      framsteg: val.framsteg("prognos"))
        try Utskrift.visa(Prognosrapport.rapport(prognos), out: out) {
            guard spara else { return nil }
            let id = try Uppfoljningskorning.spara(prognos, kommentar: "\(prognosmetod.namn) efter \(period), prognos uppfoljning prognos",
                                                  db: val.db)
            return "Prognosversion \(id) sparad i liggaren \(Styrtecken.maskerade(val.db)).\n"
        }
    }
}
