import Application
import ArgumentParser
import Report
import Vokabular

/// `prognos uppfoljning versioner [--ar Y] [--kommentera ID --text T | --ta-bort ID] [--db PATH]`: the stored
/// prognosis versions, listed, and one of them commented or removed first when asked.
struct UppfoljningVersionerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "versioner",
        abstract: "Lista, kommentera eller ta bort sparade prognosversioner.",
        discussion: "En metods prognos som sparas igen för samma år och månad ersätter den tidigare; en prognos för hand behålls."
    )

    @Option(name: .long, help: "Visa bara versionerna för det här året.")
    var ar: Int?

    @Option(name: .long, help: "Ge versionen med det här id:t en ny kommentar (med --text).")
    var kommentera: Int64?

    @Option(name: .long, help: "Den nya kommentaren (med --kommentera).")
    var text: String?

    @Option(name: .customLong("ta-bort"), help: "Ta bort versionen med det här id:t.")
    var taBort: Int64?

    @OptionGroup var val: Liggarval

    func validate() throws {
        if kommentera != nil && taBort != nil { throw ValidationError("--kommentera och --ta-bort kan inte anges samtidigt.") }
        if (kommentera == nil) != (text == nil) { throw ValidationError("--kommentera och --text anges tillsammans.") }
        if let ar, !Artal.giltigt(ar) {
            throw ValidationError("--ar ska vara ett år \(Artal.giltiga.lowerBound)–\(Artal.giltiga.upperBound).")
        }
    }

    func run() throws {
        let atgard: Uppfoljningskorning.Versionsatgard =
            if let kommentera, let text { .kommentera(id: kommentera, text: text) }
            else if let taBort { .taBort(id: taBort) }
            else { .lista }
        try Utskrift.visa(Versionsrapport.rapport(try Uppfoljningskorning.versioner(atgard, ar: ar, db: val.db), liggare: val.db, ar: ar), out: nil)
    }
}
