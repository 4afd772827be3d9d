import Glibc
import Vokabular

/// Writes one command's set of report files into an output folder as a whole. The folder must be new,
/// empty, or one Prognos wrote before (it holds Prognos's manifest `.prognos-rapporter` and only the files the
/// manifest lists); anything else is refused before anything is written. Each file belongs to the command
/// that wrote it: a new set replaces that command's files and keeps every other command's files as they are.
/// The files are written and flushed in a temporary folder beside the target, with the kept files linked in,
/// which then takes the target's place in one atomic rename, so a reader sees either the previous complete
/// folder or the new one, whatever fails and whoever interrupts. Runs that write beside each other take
/// turns (a lock on the parent folder), so none keeps an outdated copy of another's files. The replaced
/// folder is removed afterwards by its manifest.
public struct Rapportkatalog {
    /// The target folder as the user gave it.
    public let katalog: String
    /// The command whose files these are, e.g. "befolkning backtest"; "" for files of no named command.
    public let kommando: String

    /// Prepares writing `kommando`'s files into `katalog`, a path; missing parent folders are created when
    /// writing.
    public init(katalog: String, kommando: String = "") {
        self.katalog = katalog
        self.kommando = kommando
    }

    /// Refuses at once a target that `skriv` would refuse for what is there (a file, a folder Prognos did not
    /// write, an invalid path), before a long or costly run makes the files; creates nothing. `skriv` checks again.
    public func provaMal() throws(RapportFel) {
        let mal = try Malsokvag(katalog)
        guard let foralder = try? Katalog.oppna(mal.foralder) else { return }
        defer { foralder.stang() }
        _ = try Malkontroll.status(mal, i: foralder)
    }

    /// Writes `filer` (file name → content) as `kommando`'s complete set in the folder. Throws without
    /// changing the target if it may not be replaced, if another command's file has one of the names, or if
    /// any step up to the swap fails; after the swap it throws only if the replaced folder cannot be removed
    /// (`taBortTidigare`, `tidigareInnehallKvar`). `vantar` is called when another run writing beside the
    /// target holds the lock and this one waits for it. `innanBytet` is called once the new folder is complete,
    /// just before the swap, for a change elsewhere that should not happen without the files (saving a prognosis
    /// in the ledger); when it returns false the target is left as it was and `skriv` returns false. A swap that
    /// fails after it returned true leaves that change made.
    @discardableResult
    public func skriv(_ filer: [(namn: String, innehall: String)], vantar: () -> Void = {},
                      innanBytet: () -> Bool = { true }) throws(RapportFel) -> Bool {
        let mal = try Malsokvag(katalog)
        let nya = try Rapportmanifest(filer: filer.map(\.namn), kommando: kommando).poster
        let foralder = try mal.oppnaForalder()
        defer { foralder.stang() }
        // From reading the target to the swap, no other Prognos run writes beside it: what this set keeps of
        // another command's files is what is there when it takes the target's place.
        do {
            try foralder.las(vantar: vantar)
        } catch {
            throw .system(atgard: .lasaMal, sokvag: mal.angiven, errno: error.kod)
        }
        let status = try Malkontroll.status(mal, i: foralder)
        Kvarlamnade.rensa(i: foralder)
        let tidigare = try Tidigare(status, mal: mal, i: foralder)
        defer { tidigare.stang() }
        let behallna = try behallna(av: tidigare, nya: nya, mal: mal)
        let manifest = try Rapportmanifest(poster: behallna + nya)
        let tillfallig = try Tillfalligamappar.skapa(i: foralder, for: mal)
        do {
            try bygg(tillfallig, i: foralder, manifest: manifest, filer: filer, behallna: behallna, fran: tidigare, mal: mal)
            guard innanBytet() else {
                _ = try? Tillfalligamappar.taBort(tillfallig, i: foralder)
                return false
            }
            try Tillfalligamappar.steg { () throws(RapportFel) in try Utbyte.byt(tillfallig, mot: mal, i: foralder, status: status) }
        } catch {
            _ = try? Tillfalligamappar.taBort(tillfallig, i: foralder)
            throw error
        }
        let kvar: [[UInt8]]
        do {
            kvar = try Tillfalligamappar.taBort(tillfallig, i: foralder)
        } catch {
            throw .system(atgard: .taBortTidigare, sokvag: mal.angiven, errno: error.kod)
        }
        guard kvar.isEmpty else {
            let fynd = Fynd(kvar.map { ($0, nil) })
            throw .tidigareInnehallKvar(sokvag: mal.angiven, kvar: mal.syskon(tillfallig), fynd: fynd.beskrivningar,
                                        antal: fynd.antal)
        }
        return true
    }

    /// The entries of the folder's manifest that stay: every other command's files that are there (one
    /// removed by hand is dropped from the list). A file of the same name written by no named command (an
    /// older Prognos) is replaced; one written by another command is refused, since keeping both is
    /// impossible.
    private func behallna(av tidigare: Tidigare, nya: [Rapportmanifest.Post], mal: Malsokvag) throws(RapportFel)
        -> [Rapportmanifest.Post] {
        guard let manifest = tidigare.manifest, let katalog = tidigare.katalog else { return [] }
        let namn = Set(nya.map(\.fil))
        if let krock = manifest.poster.first(where: { namn.contains($0.fil) && !$0.kommando.isEmpty && $0.kommando != kommando }) {
            throw .upptagetFilnamn(sokvag: mal.angiven, fil: krock.fil, kommando: krock.kommando)
        }
        return manifest.poster.filter {
            $0.kommando != kommando && !namn.contains($0.fil) && (try? katalog.slag(Array($0.fil.utf8))) == .fil
        }
    }

    /// Fills the temporary folder: the manifest first, so that whoever removes an unfinished folder knows
    /// its files, then the new files, then links to the kept ones, then the folder's entries are flushed.
    /// Every file is one locked step.
    private func bygg(_ tillfallig: String, i foralder: Katalog, manifest: Rapportmanifest,
                      filer: [(namn: String, innehall: String)], behallna: [Rapportmanifest.Post], fran tidigare: Tidigare,
                      mal: Malsokvag) throws(RapportFel) {
        func steg(_ arbete: () throws(SystemFel) -> Void) throws(RapportFel) {
            do {
                try Tillfalligamappar.steg(arbete)
            } catch {
                throw .system(atgard: .skrivaFiler, sokvag: mal.angiven, errno: error.kod)
            }
        }
        let katalog: Katalog
        do {
            katalog = try foralder.oppna(undermapp: tillfallig)
        } catch {
            throw .system(atgard: .skrivaFiler, sokvag: mal.angiven, errno: error.kod)
        }
        defer { katalog.stang() }
        try steg { () throws(SystemFel) in try katalog.skapaFil(Rapportmanifest.filnamn, innehall: manifest.innehall) }
        for fil in filer {
            try steg { () throws(SystemFel) in try katalog.skapaFil(fil.namn, innehall: Array(fil.innehall.utf8)) }
        }
        if let kalla = tidigare.katalog {
            for post in behallna {
                try steg { () throws(SystemFel) in try katalog.lanka(post.fil, fran: kalla) }
            }
        }
        try steg { () throws(SystemFel) in try katalog.synka() }
    }
}

/// The target as it is under the lock: for a folder Prognos wrote, the folder open (kept files are linked
/// from it) and its manifest.
struct Tidigare {
    let katalog: Katalog?
    let manifest: Rapportmanifest?

    /// Reads the target of `status`.
    init(_ status: Malstatus, mal: Malsokvag, i foralder: Katalog) throws(RapportFel) {
        guard status == .egen else {
            (katalog, manifest) = (nil, nil)
            return
        }
        let oppnad: Katalog
        do {
            oppnad = try foralder.oppna(undermapp: mal.namn)
        } catch {
            throw .system(atgard: .lasaMal, sokvag: mal.angiven, errno: error.kod)
        }
        do {
            (katalog, manifest) = (oppnad, try Rapportmanifest.las(i: oppnad))
        } catch {
            oppnad.stang()
            throw .system(atgard: .lasaMal, sokvag: mal.angiven, errno: error.kod)
        }
    }

    /// Closes the folder, if open.
    func stang() { katalog?.stang() }
}
