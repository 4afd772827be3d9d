import Glibc
import Vokabular

/// Writes one command's set of report files into an output folder as a whole. The folder must be new,
/// empty, or one Prognos wrote before (it holds Prognos's manifest `.prognos-rapporter` and only the files the
/// manifest lists); anything else is refused before anything is written. Each file belongs to the command
/// that wrote it: a new set replaces that command's files and keeps every other command's files as they are.
/// The files are written and flushed in a temporary folder beside the target, with the kept files linked in,
/// which then takes the target's place in one atomic rename, so a reader sees either the previous complete
/// folder or the new one, whatever fails, whoever interrupts and however many runs write at once. The
/// replaced folder is removed afterwards by its manifest.
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

    /// Writes `filer` (file name → content) as `kommando`'s complete set in the folder. Throws without
    /// changing the target if it may not be replaced, if another command's file has one of the names, or if
    /// any step up to the swap fails; after the swap it throws only if the replaced folder cannot be removed
    /// (`taBortTidigare`, `tidigareInnehallKvar`).
    public func skriv(_ filer: [(namn: String, innehall: String)]) throws(RapportFel) {
        let mal = try Malsokvag(katalog)
        let nya = try Rapportmanifest(filer: filer.map(\.namn), kommando: kommando).poster
        let foralder = try mal.oppnaForalder()
        defer { foralder.stang() }
        for _ in 0..<Malkontroll.forsok {
            let status = try Malkontroll.status(mal, i: foralder)
            Kvarlamnade.rensa(i: foralder)
            guard let tidigare = try Tidigare(status, mal: mal, i: foralder) else { continue }
            defer { tidigare.stang() }
            let behallna = try behallna(av: tidigare.manifest, nya: nya, mal: mal)
            let manifest = try Rapportmanifest(poster: behallna + nya)
            let tillfallig = try Tillfalligamappar.skapa(i: foralder, for: mal)
            let paPlats: Bool
            do {
                // A kept file gone while linking means the folder was replaced meanwhile: build again.
                let byggd = try bygg(tillfallig, i: foralder, manifest: manifest, filer: filer, behallna: behallna,
                                     fran: tidigare, mal: mal)
                if byggd {
                    paPlats = try Tillfalligamappar.steg { () throws(RapportFel) -> Bool in
                        try Utbyte.byt(tillfallig, mot: mal, i: foralder, forvantat: tidigare.forvantat)
                    }
                } else {
                    paPlats = false
                }
            } catch {
                _ = try? Tillfalligamappar.taBort(tillfallig, i: foralder)
                throw error
            }
            let kvar: [[UInt8]]
            do {
                kvar = try Tillfalligamappar.taBort(tillfallig, i: foralder)
            } catch {
                throw .system(atgard: paPlats ? .taBortTidigare : .skrivaFiler, sokvag: mal.angiven, errno: error.kod)
            }
            // The target changed while the set was built: build again from what is there now, after a short
            // random pause so that two runs that keep meeting fall out of step.
            guard paPlats else {
                usleep(UInt32.random(in: 100...2_000))
                continue
            }
            guard kvar.isEmpty else {
                let fynd = Fynd(kvar.map { ($0, nil) })
                throw .tidigareInnehallKvar(sokvag: mal.angiven, kvar: mal.syskon(tillfallig), fynd: fynd.beskrivningar,
                                            antal: fynd.antal)
            }
            return
        }
        throw .andradesUnderTiden(sokvag: mal.angiven)
    }

    /// The entries of the folder's manifest that stay: every other command's files. A file of the same
    /// name written by no named command (an older Prognos) is replaced; one written by another command is
    /// refused, since keeping both is impossible.
    private func behallna(av tidigare: Rapportmanifest?, nya: [Rapportmanifest.Post], mal: Malsokvag) throws(RapportFel)
        -> [Rapportmanifest.Post] {
        guard let tidigare else { return [] }
        let namn = Set(nya.map(\.fil))
        if let krock = tidigare.poster.first(where: { namn.contains($0.fil) && !$0.kommando.isEmpty && $0.kommando != kommando }) {
            throw .upptagetFilnamn(sokvag: mal.angiven, fil: krock.fil, kommando: krock.kommando)
        }
        return tidigare.poster.filter { $0.kommando != kommando && !namn.contains($0.fil) }
    }

    /// Fills the temporary folder: the manifest first, so that whoever removes an unfinished folder knows
    /// its files, then the new files, then links to the kept ones, then the folder's entries are flushed.
    /// Every file is one locked step. False when a kept file is gone from the folder it was read from.
    private func bygg(_ tillfallig: String, i foralder: Katalog, manifest: Rapportmanifest,
                      filer: [(namn: String, innehall: String)], behallna: [Rapportmanifest.Post], fran tidigare: Tidigare,
                      mal: Malsokvag) throws(RapportFel) -> Bool {
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
                do {
                    try Tillfalligamappar.steg { () throws(SystemFel) in try katalog.lanka(post.fil, fran: kalla) }
                } catch {
                    if error.kod == ENOENT { return false }
                    throw .system(atgard: .skrivaFiler, sokvag: mal.angiven, errno: error.kod)
                }
            }
        }
        try steg { () throws(SystemFel) in try katalog.synka() }
        return true
    }
}

/// The target as it was when a new set was built from it: what the swap expects to replace, and, for a
/// folder Prognos wrote, the folder open (so kept files are linked from it, not from whatever is at the path
/// later) and its manifest.
struct Tidigare {
    let forvantat: Forvantat
    let katalog: Katalog?
    let manifest: Rapportmanifest?

    /// Reads the target of `status`; nil when it changed before it could be opened (look again).
    init?(_ status: Malstatus, mal: Malsokvag, i foralder: Katalog) throws(RapportFel) {
        switch status {
        case .saknas:
            (forvantat, katalog, manifest) = (.saknas, nil, nil)
        case .tom:
            (forvantat, katalog, manifest) = (.tom, nil, nil)
        case .egen:
            let oppnad: Katalog
            do {
                oppnad = try foralder.oppna(undermapp: mal.namn)
            } catch {
                if [ENOENT, ENOTDIR, ELOOP].contains(error.kod) { return nil }
                throw .system(atgard: .lasaMal, sokvag: mal.angiven, errno: error.kod)
            }
            do {
                let las = try Rapportmanifest.las(i: oppnad)
                (forvantat, katalog, manifest) = (.egen(try oppnad.identitet()), oppnad, las)
            } catch {
                oppnad.stang()
                if error.kod == ENOENT { return nil }
                throw .system(atgard: .lasaMal, sokvag: mal.angiven, errno: error.kod)
            }
        }
    }

    /// Closes the folder, if open.
    func stang() { katalog?.stang() }
}
