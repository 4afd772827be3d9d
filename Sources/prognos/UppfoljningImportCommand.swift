import Application
import ArgumentParser
import Foundation
import Report
import Vokabular

/// `prognos uppfoljning import (--utfall|--budget|--organisation) FIL [--db PATH]`, or
/// `prognos uppfoljning import --drivare FIL --konto KONTO [--konto KONTO …] [--db PATH]`: reads a monthly
/// export, the organisation tree or driver values into the ledger as one transaction, and prints what changed.
struct UppfoljningImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Läs in ett månadsutfall, en budget eller organisationen i liggaren.",
        discussion: """
            Utfall och budget: kolumnerna enhet;konto;period;belopp, period ÅÅÅÅ-MM, belopp i kr med \
            decimalkomma eller decimalpunkt, kostnader positiva och intäkter negativa. En rättad fil ersätter \
            beloppen för de enheter, konton och perioder den innehåller. Organisationen: kolumnerna \
            enhet;namn;forvaltning;namnd. Drivare (t.ex. årsarbetare, löneindex, vakanser): kolumnerna \
            enhet;drivare;period;varde, enhet * för ett värde som gäller hela regionen; --konto anger vilka \
            konton drivarna förklarar i regressionsmetoden. Ett fel någonstans i filen gör att ingenting läses in.
            """
    )

    /// What the file holds.
    enum Innehall: String, EnumerableFlag {
        case utfall, budget, organisation, drivare

        static func help(for value: Innehall) -> ArgumentHelp? {
            switch value {
            case .utfall: "Filen är ett månadsutfall."
            case .budget: "Filen är en budget per månad."
            case .organisation: "Filen placerar enheterna under förvaltningar och nämnder."
            case .drivare: "Filen är drivare per enhet och månad (kräver --konto)."
            }
        }
    }

    @Flag(exclusivity: .exclusive)
    var innehall: Innehall

    @Argument(help: "CSV-filen som ska läsas in.")
    var fil: String

    @Option(name: .customLong("konto"), help: "Ett konto som drivarna förklarar (med --drivare; kan anges flera gånger).")
    var konton: [String] = []

    @OptionGroup var val: Liggarval

    func validate() throws {
        if innehall == .drivare && konton.isEmpty {
            throw ValidationError("--drivare behöver minst ett --konto: de konton vars belopp drivarna förklarar.")
        }
        if innehall != .drivare && !konton.isEmpty {
            throw ValidationError("--konto hör till --drivare.")
        }
    }

    func run() throws {
        let resultat = try Uppfoljningskorning.importera(innehall.anvandningsfall, fil: fil, konton: konton, db: val.db)
        switch resultat {
        case .belopp(let sammanfattning):
            print(Importrapport.text(sammanfattning, fil: fil, liggare: val.db))
        case .organisation(let placerade, let andrade):
            print(Importrapport.organisation(antal: placerade, andrade: andrade, fil: fil, liggare: val.db))
        case .drivare(let sammanfattning):
            print(Importrapport.drivare(sammanfattning, fil: fil, liggare: val.db))
        }
    }
}

extension UppfoljningImportCommand.Innehall {
    /// The same choice in the use case's terms.
    var anvandningsfall: Uppfoljningskorning.Innehall {
        switch self {
        case .utfall: .utfall
        case .budget: .budget
        case .organisation: .organisation
        case .drivare: .drivare
        }
    }
}
