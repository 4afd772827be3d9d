import Application
import ArgumentParser
import Report
import Uppfoljning
import Vokabular

/// `prognos uppfoljning avvikelse --ar Y [--db PATH] [--out DIR]`: the deviation report for a year from the
/// ledger, printed, and with `--out` written as `avvikelse.csv`.
struct UppfoljningAvvikelseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "avvikelse",
        abstract: "Avvikelserapport för ett år: budget, prognoser, utfall och avvikelser per konto, enhet, förvaltning och nämnd.",
        discussion: """
            Avvikelse = budget − utfall och prognos − utfall; positiv avvikelse = bättre än budget/prognos. \
            Beloppen är bokförda: kostnader positiva, intäkter negativa. Raderna sorteras efter avvikelsens storlek.
            """
    )

    @Option(name: .long, help: "Året som rapporten gäller.")
    var ar: Int

    @OptionGroup var val: Liggarval

    @Option(name: .long, help: "Mapp som avvikelse.csv skrivs till.")
    var out: String?

    @Option(name: .customLong("rapport"), help: "Skriv rapporten som en fristående HTML-sida med diagram i den här filen, t.ex. avvikelse.html.")
    var html: String?

    func run() throws {
        let rapport = try Uppfoljningskorning.avvikelse(ar: ar, db: val.db)
        try Utskrift.visa(Avvikelsetabell.rapport(rapport, liggare: val.db), out: out, html: html)
    }
}
