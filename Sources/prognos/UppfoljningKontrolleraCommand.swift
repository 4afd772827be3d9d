import Application
import ArgumentParser
import Report

/// `prognos uppfoljning kontrollera [--db PATH]`: the ledger's full check — SQLite's integrity check, the
/// references between tables and every value — and what it holds; a fault is exit code 1 with what was found.
struct UppfoljningKontrolleraCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kontrollera",
        abstract: "Kontrollera att liggaren är hel: SQLite:s egen kontroll, kopplingarna mellan tabellerna och alla värden."
    )

    @OptionGroup var val: Liggarval

    func run() throws {
        try Utskrift.visa(Liggarkontrollrapport.rapport(try Uppfoljningskorning.kontrollera(db: val.db), liggare: val.db), out: nil)
    }
}
