import Foundation
import Input
import LedgerInput
import Uppfoljning
import Vokabular

/// The ledger's use cases: import a file, make a full-year prognosis (and save it), backtest the methods
/// (`Uppfoljningskorning+Backtest.swift`), and the deviation report. Each opens the ledger at `db`, reads what it needs once and returns a value.
public enum Uppfoljningskorning {
    /// What a file to import holds.
    public enum Innehall: String, Sendable {
        case utfall, budget, organisation, kontoplan, drivare
    }

    /// What an import changed.
    public enum Importresultat: Sendable {
        /// Outcome or budget amounts.
        case belopp(Importsammanfattning)
        /// The organisation tree: units placed, and how many moved.
        case organisation(placerade: Int, andrade: Int)
        /// Driver values and the rows they explain.
        case drivare(Drivarsammanfattning)
        /// Rows given their line of the resultaträkning, and the file's rows the ledger does not have.
        case kontoplan(placerade: Int, saknade: [String])
    }

    /// Reads `fil` as `innehall` and imports it into the ledger at `db` as one transaction. Drivers explain
    /// `konton`, rows the ledger must already have: a missing or empty ledger is not created for them.
    /// An export's columns are found by `kolumner`, and an empty amount is 0 with `tomtSomNoll`.
    public static func importera(_ innehall: Innehall, fil: String, konton: [String] = [], kolumner: Exportkolumner = Exportkolumner(),
                                 tomtSomNoll: Bool = false, db: String, framsteg: (@Sendable (Double) -> Void)? = nil)
        throws(Korfel) -> Importresultat {
        let url = Standardfiler.fil(fil)
        switch innehall {
        case .utfall:
            // Read and written line by line: memory does not grow with the export.
            var strom = try las { () throws(ScenarioFel) in try Bokforingsstrom(url, kolumner: kolumner, tomtSomNoll: tomtSomNoll) }
            let ligg: Liggare
            do { ligg = try Liggare.oppna(db) } catch { throw .liggare(error) }
            return .belopp(try importera(&strom, i: ligg, som: .utfall, framsteg: framsteg))
        case .budget:
            // Read twice line by line, so that memory does not grow with the export: first the whole-year amounts,
            // spread over their months by the outcome already in the ledger (`Periodisering`), then the months
            // written as they are read, followed by the spread ones.
            let forstaHalvan: ((Double) -> Void)? = framsteg.map { f in { (andel: Double) in f(0.5 * andel) } }
            let ar = try las { () throws(ScenarioFel) in
                try Bokforingsfil.lasArsbudget(url, kolumner: kolumner, tomtSomNoll: tomtSomNoll, framsteg: forstaHalvan)
            }
            let ligg: Liggare
            let periodisering: Periodisering
            do {
                ligg = try Liggare.oppna(db)
                periodisering = Periodisering(ar, utfall: ar.isEmpty ? nil : try ligg.serier(.utfall))
            } catch { throw .liggare(error) }
            var strom = try las { () throws(ScenarioFel) in
                try Budgetstrom(url, kolumner: kolumner, tomtSomNoll: tomtSomNoll, spridda: periodisering.bokforingar)
            }
            return .belopp(try importera(&strom, i: ligg, som: .budget, periodisering: periodisering.metoder, framsteg: framsteg))
        case .organisation:
            try Minne.kontrolleraLasning(url)
            let placeringar = try las { () throws(ScenarioFel) in try Organisationsfil.las(url) }
            let andrade = try liggare(db) { l throws(LiggarFel) in try l.placera(placeringar) }
            return .organisation(placerade: placeringar.count, andrade: andrade)
        case .kontoplan:
            try Minne.kontrolleraLasning(url)
            let plan = try las { () throws(ScenarioFel) in try Kontoplanfil.las(url) }
            let (placerade, saknade) = try liggare(db, maste: .finnas) { l throws(LiggarFel) in try l.placera(kontoplan: plan) }
            return .kontoplan(placerade: placerade, saknade: saknade)
        case .drivare:
            try Minne.kontrolleraLasning(url)
            let varden = try las { () throws(ScenarioFel) in try Drivarfil.las(url) }
            return .drivare(try liggare(db, maste: .finnas) { l throws(LiggarFel) in
                try l.importera(varden, forklarar: konton)
            })
        }
    }

    /// Imports `kalla` into `ligg` as `slag`; a refusal is the file's or the ledger's.
    private static func importera<K: Bokforingskalla>(_ kalla: inout K, i ligg: Liggare, som slag: Beloppsslag,
                                                      periodisering: [Periodisering.Arsbudgetnyckel: Periodiseringsmetod] = [:],
                                                      framsteg: (@Sendable (Double) -> Void)?) throws(Korfel) -> Importsammanfattning
        where K.Fel == ScenarioFel {
        do {
            return try ligg.importera(&kalla, som: slag, periodisering: periodisering, framsteg: framsteg)
        } catch {
            switch error {
            case .kallan(let fel): throw .fil(fel)
            case .liggaren(let fel): throw .liggare(fel)
            }
        }
    }

    /// Reads a file to import; a refusal is the file's.
    private static func las<T>(_ las: () throws(ScenarioFel) -> T) throws(Korfel) -> T {
        do { return try las() } catch { throw .fil(error) }
    }

    /// The full-year prognosis by `metod` after `period`, made coherent over the ledger's organisation as
    /// `forsoning` says (`Forsoning`). `framsteg` hears the share done of the work that takes the time: for ETS its
    /// fits (`Manadsunderlag.prognos`), for the other methods the reading of the ledger's amounts (on a generated
    /// ledger of 300 units 8,5 of 9 s; their prognosis is a few matrix products).
    public static func prognos(_ metod: Prognosmetod, efter period: Period, forsoning: Forsoning = .nedifran, db: String,
                               framsteg: (@Sendable (Double) -> Void)? = nil) throws(Korfel) -> Helarsprognos {
        let (serier, organisation) = try liggare(db, maste: .finnas) { l throws(LiggarFel) in
            (try liggarserier(l, framsteg: metod == .ets ? nil : framsteg), forsoning == .mint ? try l.organisation() : nil)
        }
        let underlag = try manadsunderlag(serier, db: db)
        do {
            let prognos = try underlag.prognos(metod, ar: period.ar, manad: period.manad, forsoning: forsoning,
                                               organisation: organisation, framsteg: metod == .ets ? framsteg : nil)
            framsteg?(1)
            return prognos
        } catch {
            throw .prognos(error.description)
        }
    }

    /// Reads a förvaltning's own prognosis for year-month `period` from `fil` and saves it as a version by
    /// hand with `kommentar` (or the file's name); returns its id and the number of amounts.
    public static func importeraPrognos(fil: String, period: Period, kommentar: String?, db: String) throws(Korfel)
        -> (id: Int64, antal: Int) {
        let url = Standardfiler.fil(fil)
        try Minne.kontrolleraLasning(url)
        let rader = try las { () throws(ScenarioFel) in try Prognosfil.lasMedRader(url, ar: period.ar) }
        let version = Prognosversion(ar: period.ar, gjordEfter: period.manad, upphov: .hand,
                                     kommentar: kommentar ?? "inläst från \(url.lastPathComponent)", skapad: Date(), poster: rader.map(\.post))
        let kallor = rader.map { "\(fil) rad \($0.rad)" }
        return (try liggare(db, maste: .finnas) { l throws(LiggarFel) in try l.spara(version, kallor: kallor) }, rader.count)
    }

    /// Saves `prognos` as a prognosis version in the ledger at `db`; returns its id.
    public static func spara(_ prognos: Helarsprognos, kommentar: String, db: String) throws(Korfel) -> Int64 {
        try liggare(db, maste: .finnas) { l throws(LiggarFel) in
            try l.spara(prognos.version(kommentar: kommentar, skapad: Date()))
        }
    }

    /// The deviation report for year `ar`.
    public static func avvikelse(ar: Int, db: String) throws(Korfel) -> Avvikelserapport {
        let (utfall, perioder, budget, prognoser, organisation, sista) = try liggare(db, maste: .finnas) { l throws(LiggarFel) in
            let utfall = try l.arssummor(.utfall, ar: ar)
            return (utfall, utfall.isEmpty ? try l.serier(.utfall).map { $0.forsta...$0.sista } : nil,
                    try l.arssummor(.budget, ar: ar), try l.prognosversioner(ar: ar), try l.organisation(),
                    try l.sistaManad(.utfall, ar: ar))
        }
        do {
            return try Avvikelserapport(ar: ar, utfall: utfall, budget: budget, prognoser: prognoser,
                                        organisation: organisation, utfallsperioder: perioder, sistaManad: sista)
        } catch {
            throw .liggaren(db: db, problem: error.description)
        }
    }

    /// The period report for `period` (see `Periodrapport`), with the versions `prognos` and `foregaende`
    /// by id when chosen.
    public static func periodrapport(_ period: Period, prognos: Int64? = nil, foregaende: Int64? = nil, db: String)
        throws(Korfel) -> Periodrapport {
        let ar = period.ar
        let (utfall, budget, prognoser, organisation, periodisering, kontoplan) = try liggare(db, maste: .finnas) { l throws(LiggarFel) in
            func belopp(_ slag: Beloppsslag) throws(LiggarFel) -> Arsbelopp {
                Arsbelopp(ack: try l.summor(slag, ar: ar, tillOchMed: period.manad), ar: try l.arssummor(slag, ar: ar),
                          manader: try l.manadssummor(slag, ar: ar))
            }
            return (try belopp(.utfall), try belopp(.budget), try l.prognosversioner(ar: ar), try l.organisation(),
                    try l.budgetperiodisering(ar: ar), try l.kontoplan())
        }
        do {
            return try Periodrapport(period: period, utfall: utfall, budget: budget, prognoser: prognoser, organisation: organisation,
                                     periodisering: periodisering, kontoplan: kontoplan, prognos: prognos, foregaende: foregaende)
        } catch {
            throw .liggaren(db: db, problem: error.description)
        }
    }

    /// The months the ledger at `db` has outcome for, oldest first: the months a period report can be made for.
    public static func utfallsmanader(db: String) throws(Korfel) -> [Period] {
        try liggare(db, maste: .finnas) { l throws(LiggarFel) in try l.manader(.utfall) }
    }

    /// What to do with the stored prognosis versions.
    public enum Versionsatgard: Sendable {
        case lista
        case kommentera(id: Int64, text: String)
        case taBort(id: Int64)
    }

    /// Comments or removes a version when asked, then lists the versions (of year `ar`, or all).
    public static func versioner(_ atgard: Versionsatgard, ar: Int?, db: String) throws(Korfel) -> [Versionsrad] {
        try liggare(db, maste: .finnas) { l throws(LiggarFel) in
            switch atgard {
            case .lista: break
            case .kommentera(let id, let text): try l.kommentera(version: id, text)
            case .taBort(let id): try l.taBort(version: id)
            }
            return try l.versionslista().filter { ar == nil || $0.ar == ar }
        }
    }

    /// The full check of the ledger at `db` (`Liggare.kontrollera`).
    public static func kontrollera(db: String) throws(Korfel) -> Liggarkontroll {
        do {
            return try Liggare.oppnaForKontroll(db).kontrollera()
        } catch {
            throw .liggare(error)
        }
    }

    /// The ledger's outcome, budget and drivers, as the full-year methods take them.
    typealias Liggarserier = (utfall: Serier?, budget: Serier?, drivare: Drivare?)

    /// Reads the outcome, budget and drivers from `l`; `framsteg` hears the share of the outcome's and the budget's
    /// amounts read.
    static func liggarserier(_ l: Liggare, framsteg: (@Sendable (Double) -> Void)? = nil) throws(LiggarFel) -> Liggarserier {
        guard let framsteg else { return (try l.serier(.utfall), try l.serier(.budget), try l.drivare()) }
        let utfall = try l.antal(.utfall), totalt = Double(max(utfall + (try l.antal(.budget)), 1))
        return (try l.serier(.utfall) { framsteg(Double($0) / totalt) }, try l.serier(.budget) { framsteg(Double(utfall + $0) / totalt) },
                try l.drivare())
    }

    /// The ledger's outcome, budget and drivers for the full-year methods.
    static func manadsunderlag(_ db: String) throws(Korfel) -> Manadsunderlag {
        try manadsunderlag(try liggare(db, maste: .finnas) { l throws(LiggarFel) in try liggarserier(l) }, db: db)
    }

    /// The full-year methods' basis from the series read from the ledger at `db`.
    static func manadsunderlag(_ serier: Liggarserier, db: String) throws(Korfel) -> Manadsunderlag {
        guard let utfall = serier.utfall else { throw .ingetUtfall(db: db) }
        do {
            return try Manadsunderlag(utfall: utfall, budget: serier.budget, drivare: serier.drivare)
        } catch {
            throw .underlag(error)
        }
    }

    /// Whether a use case may create the ledger or needs one with outcome or budget in it.
    enum Liggarkrav { case skapa, finnas }

    /// Opens the ledger at `db` and does `arbete` in it.
    static func liggare<T>(_ db: String, maste krav: Liggarkrav = .skapa,
                           _ arbete: (Liggare) throws(LiggarFel) -> T) throws(Korfel) -> T {
        do {
            return try arbete(try krav == .skapa ? Liggare.oppna(db) : Liggare.oppnaForLasning(db))
        } catch {
            throw .liggare(error)
        }
    }
}
