import Application
import ArgumentParser
import Foundation
import LedgerInput
import Report
import Vokabular

/// `prognos uppfoljning import (--utfall|--budget|--organisation|--kontoplan) FIL [--db PATH]`, or
/// `prognos uppfoljning import --drivare FIL --konto KONTO [--konto KONTO …] [--db PATH]`: reads a monthly
/// export, the organisation tree, the kontoplan or driver values into the ledger as one transaction, and prints what changed.
struct UppfoljningImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Läs in ett månadsutfall, en budget, organisationen, drivare eller en förvaltnings prognos i liggaren.",
        discussion: """
            Utfall och budget: kolumnerna enhet, konto, period och belopp efter namn i rubrikraden (andra namn \
            med --kolumner, andra kolumner hoppas över), tabb, semikolon eller komma, period ÅÅÅÅ-MM, ÅÅÅÅMM \
            eller ÅÅÅÅ-MM-DD, belopp i kr med decimalkomma eller decimalpunkt och tusental åtskilda med \
            mellanslag eller inte, kostnader positiva och intäkter negativa; en budget kan ges per år med perioden ÅÅÅÅ. En rättad fil ersätter beloppen för \
            de enheter, konton och perioder den innehåller. Prognos: kolumnerna enhet;konto;ar;prognos och \
            valfritt kommentar, sparas som en version för hand gjord efter --period. Organisationen: kolumnerna \
            enhet;namn;forvaltning;namnd. Kontoplanen: kolumnerna konto;resultatrad. Drivare (t.ex. årsarbetare, löneindex, vakanser): kolumnerna \
            enhet;drivare;period;varde, enhet * för ett värde som gäller hela regionen; --konto anger vilka \
            konton drivarna förklarar i regressionsmetoden. Ett fel någonstans i filen gör att ingenting läses in.
            """
    )

    /// What the file holds.
    enum Innehall: String, EnumerableFlag {
        case utfall, budget, organisation, kontoplan, drivare, prognos

        static func help(for value: Innehall) -> ArgumentHelp? {
            switch value {
            case .prognos: "Filen är en förvaltnings egen helårsprognos, enhet;konto;ar;prognos[;kommentar] (kräver --period)."
            case .utfall: "Filen är ett månadsutfall."
            case .budget: "Filen är en budget per månad, eller per år med perioden ÅÅÅÅ (fördelas på månaderna)."
            case .kontoplan: "Filen anger kontonas rader i resultaträkningen, konto;resultatrad (för regionens nyckeltal)."
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

    @Option(name: .long, help: "Exportens kolumner för enhet, konto, period och belopp, t.ex. enhet=Ansvar,konto=Konto,period=Period,belopp=Belopp (med --utfall eller --budget).")
    var kolumner: String?

    @Flag(name: .customLong("tomt-som-noll"), help: "Läs ett tomt belopp som 0 kr i stället för att vägra filen (med --utfall eller --budget).")
    var tomtSomNoll = false

    @Option(name: .long, help: "Med --prognos: månaden prognosen gjordes efter, ÅÅÅÅ-MM.")
    var period: String?

    @Option(name: .long, help: "Med --prognos: versionens kommentar (standard: filens namn).")
    var kommentar: String?

    @OptionGroup var val: Liggarval

    /// The export's columns as mapped by `--kolumner`.
    var exportkolumner: Exportkolumner {
        get throws {
            switch kolumner.map(Exportkolumner.tolka) ?? .success(Exportkolumner()) {
            case .success(let k): return k
            case .failure(let problem): throw ValidationError("--kolumner: \(problem.text).")
            }
        }
    }

    func validate() throws {
        if innehall == .drivare && konton.isEmpty {
            throw ValidationError("--drivare behöver minst ett --konto: de konton vars belopp drivarna förklarar.")
        }
        if innehall != .drivare && !konton.isEmpty {
            throw ValidationError("--konto hör till --drivare.")
        }
        if (kolumner != nil || tomtSomNoll) && innehall != .utfall && innehall != .budget {
            throw ValidationError("--kolumner och --tomt-som-noll hör till --utfall och --budget.")
        }
        _ = try exportkolumner
        if innehall == .prognos {
            guard let period else { throw ValidationError("--prognos behöver --period ÅÅÅÅ-MM, månaden prognosen gjordes efter.") }
            guard Period(text: period) != nil else { throw ValidationError("--period ska vara ÅÅÅÅ-MM, t.ex. 2018-08, inte \"\(period)\".") }
        } else if period != nil || kommentar != nil {
            throw ValidationError("--period och --kommentar hör till --prognos.")
        }
    }

    func run() throws {
        guard let anvandningsfall = innehall.anvandningsfall else {
            // validate() has made sure that --period is a month.
            guard let manad = period.flatMap(Period.init(text:)) else {
                throw ValidationError("--prognos behöver --period ÅÅÅÅ-MM, månaden prognosen gjordes efter.")
            }
            let (id, antal) = try Uppfoljningskorning.importeraPrognos(fil: fil, period: manad, kommentar: kommentar, db: val.db)
            print("Prognosversion \(id) (för hand, efter \(manad)) inläst från \(Styrtecken.maskerade(fil)) till liggaren "
                  + "\(Styrtecken.maskerade(val.db)): \(antal) belopp")
            return
        }
        let resultat = try Uppfoljningskorning.importera(anvandningsfall, fil: fil, konton: konton,
                                                         kolumner: try exportkolumner, tomtSomNoll: tomtSomNoll, db: val.db,
                                                         framsteg: val.framsteg("inläsning"))
        switch resultat {
        case .belopp(let sammanfattning):
            print(Importrapport.text(sammanfattning, fil: fil, liggare: val.db))
        case .organisation(let placerade, let andrade):
            print(Importrapport.organisation(antal: placerade, andrade: andrade, fil: fil, liggare: val.db))
        case .drivare(let sammanfattning):
            print(Importrapport.drivare(sammanfattning, fil: fil, liggare: val.db))
        case .kontoplan(let placerade, let saknade):
            print(Importrapport.kontoplan(placerade: placerade, saknade: saknade, fil: fil, liggare: val.db))
        }
    }
}

extension UppfoljningImportCommand.Innehall {
    /// The same choice in the import use case's terms; nil for a prognosis, which is saved as a version.
    var anvandningsfall: Uppfoljningskorning.Innehall? {
        switch self {
        case .utfall: .utfall
        case .budget: .budget
        case .organisation: .organisation
        case .kontoplan: .kontoplan
        case .drivare: .drivare
        case .prognos: nil
        }
    }
}
