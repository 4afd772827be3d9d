import ArgumentParser
import Report
import Input
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

    func run() throws {
        let rapport: Avvikelserapport
        do {
            let liggare = try Liggare.oppnaForLasning(val.db)
            let utfall = try liggare.arssummor(.utfall, ar: ar)
            let perioder = utfall.isEmpty ? try liggare.serier(.utfall).map { $0.forsta...$0.sista } : nil
            let budget = try liggare.arssummor(.budget, ar: ar)
            let prognoser = try liggare.prognosversioner(ar: ar)
            let organisation = try liggare.organisation()
            do {
                rapport = try Avvikelserapport(ar: ar, utfall: utfall, budget: budget, prognoser: prognoser,
                                               organisation: organisation, utfallsperioder: perioder)
            } catch {
                Utskrift.fel("liggaren \"\(Styrtecken.maskerade(val.db))\": \(error)")
                throw ExitCode(1)
            }
        } catch let fel as LiggarFel {
            Utskrift.fel(Styrtecken.maskerade(fel.description))
            throw ExitCode(1)
        }
        if let out { try Utskrift.skriv(Avvikelsetabell.csvFiler(rapport), till: out) }
        print(Avvikelsetabell.text(rapport, liggare: val.db))
        if let out { print("\nCSV skriven till \(out)/avvikelse.csv") }
    }
}
