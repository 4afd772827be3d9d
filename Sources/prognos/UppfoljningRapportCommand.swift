import Application
import ArgumentParser
import Report
import Vokabular

/// `prognos uppfoljning rapport --period YYYY-MM [--version ID] [--foregaende ID] [--db PATH] [--out DIR]
/// [--rapport FIL.html]`: the period report for a month, printed, with `--out` written as `rapport.csv` and
/// `versioner.csv`.
struct UppfoljningRapportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rapport",
        abstract: "Periodrapport för en månad: utfall och budget hittills i år, helårsbudget och prognoser per nivå.",
        discussion: """
            Tertial = april och augusti, delår = augusti, bokslut = december. Avvikelserna är skrivna så att \
            positiv = bättre: budget − utfall, budget − prognos, föregående prognos − prognos. Beloppen är \
            bokförda: kostnader positiva, intäkter negativa.
            """
    )

    @Option(name: .long, help: "Månaden som rapporten gäller, ÅÅÅÅ-MM.")
    var period: String

    @Option(name: .long, help: "Prognosversionen (id) som rapporten visar; standard den senaste. Se prognos uppfoljning versioner.")
    var version: Int64?

    @Option(name: .long, help: "Versionen (id) som prognosen jämförs med; standard den senaste från en tidigare månad.")
    var foregaende: Int64?

    @OptionGroup var val: Liggarval

    @Option(name: .long, help: "Mapp som rapport.csv och versioner.csv skrivs till.")
    var out: String?

    @Option(name: .customLong("rapport"), help: "Skriv rapporten som en fristående HTML-sida med diagram i den här filen, t.ex. rapport.html.")
    var html: String?

    func validate() throws {
        guard Period(text: period) != nil else {
            throw ValidationError("--period ska vara ÅÅÅÅ-MM, t.ex. 2018-08, inte \"\(period)\".")
        }
        if let foregaende, foregaende == version {
            throw ValidationError("--foregaende ska vara en annan version än --version; med samma blir varje förändring 0.")
        }
    }

    func run() throws {
        let rapport = try Uppfoljningskorning.periodrapport(Period(text: period)!, prognos: version, foregaende: foregaende, db: val.db)
        try Utskrift.visa(Periodtabell.rapport(rapport, liggare: val.db), out: out, html: html)
    }
}
