import ArgumentParser
import Foundation
import LedgerInput
import Report
import Input
import Uppfoljning
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
        let url = URL(fileURLWithPath: fil)
        switch innehall {
        case .utfall, .budget:
            let bokforingar = try Self.lasFil { () throws(ScenarioFel) in try Bokforingsfil.las(url) }
            let sammanfattning = try Self.iLiggaren(val.db) { liggare throws(LiggarFel) in
                try liggare.importera(bokforingar, som: innehall == .utfall ? .utfall : .budget)
            }
            print(Importrapport.text(sammanfattning, fil: fil, liggare: val.db))
        case .organisation:
            let placeringar = try Self.lasFil { () throws(ScenarioFel) in try Organisationsfil.las(url) }
            let andrade = try Self.iLiggaren(val.db) { liggare throws(LiggarFel) in try liggare.placera(placeringar) }
            print(Importrapport.organisation(antal: placeringar.count, andrade: andrade, fil: fil, liggare: val.db))
        case .drivare:
            let varden = try Self.lasFil { () throws(ScenarioFel) in try Drivarfil.las(url) }
            // Drivers explain rows the ledger must already have: a missing or empty ledger gets the import hint
            // and is not created.
            let sammanfattning = try Self.iLiggaren(val.db, maste: .finnas) { liggare throws(LiggarFel) in
                try liggare.importera(varden, forklarar: konton)
            }
            print(Importrapport.drivare(sammanfattning, fil: fil, liggare: val.db))
        }
    }

    /// Reads the file, or exits with code 1 and the located error.
    private static func lasFil<T>(_ las: () throws(ScenarioFel) -> T) throws -> T {
        do {
            return try las()
        } catch {
            Utskrift.fel("fel i filen: \(error); ingenting lästes in")
            throw ExitCode(1)
        }
    }

    /// Whether the import may create the ledger or needs one with outcome or budget in it.
    private enum Liggarkrav { case skapa, finnas }

    /// Opens the ledger at `db` and does `arbete` in it, or exits with code 1 and the reason.
    private static func iLiggaren<T>(_ db: String, maste krav: Liggarkrav = .skapa,
                                     _ arbete: (Liggare) throws(LiggarFel) -> T) throws -> T {
        do {
            return try arbete(try krav == .skapa ? Liggare.oppna(db) : Liggare.oppnaForLasning(db))
        } catch {
            Utskrift.fel(Styrtecken.maskerade(error.description))
            throw ExitCode(1)
        }
    }
}
