import Vokabular

/// Writes a set of report files into an output folder as a whole. The folder must be new, empty, or one
/// Prognos wrote before (it holds Prognos's manifest `.prognos-rapporter` and only the files the manifest
/// lists); anything else is refused before anything is written. The files are written and flushed in a
/// temporary folder beside the target, which then takes the target's place in one atomic rename, so a
/// reader sees either the previous complete set or the new one, whatever fails, whoever interrupts and
/// however many runs write at once. The replaced set is removed afterwards by its manifest.
public struct Rapportkatalog {
    /// The target folder as the user gave it.
    public let katalog: String

    /// Prepares writing into `katalog`, a path; missing parent folders are created when writing.
    public init(katalog: String) {
        self.katalog = katalog
    }

    /// Writes `filer` (file name → content) as the folder's complete content. Throws without changing the
    /// target if it may not be replaced or any step up to the swap fails; after the swap it throws only if
    /// the replaced set cannot be removed (`taBortTidigare`, `tidigareInnehallKvar`).
    public func skriv(_ filer: [(namn: String, innehall: String)]) throws(RapportFel) {
        let mal = try Malsokvag(katalog)
        let manifest = try Rapportmanifest(filer: filer.map(\.namn))
        let foralder = try mal.oppnaForalder()
        defer { foralder.stang() }
        _ = try Malkontroll.status(mal, i: foralder)
        Kvarlamnade.rensa(i: foralder)
        let tillfallig = try Tillfalligamappar.skapa(i: foralder, for: mal)
        do {
            try bygg(tillfallig, i: foralder, manifest: manifest, filer: filer, mal: mal)
            try Tillfalligamappar.steg { () throws(RapportFel) in try Utbyte.byt(tillfallig, mot: mal, i: foralder) }
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
    }

    /// Fills the temporary folder: the manifest first, so that whoever removes an unfinished folder knows
    /// its files, then the files, each flushed, then the folder's entries. Every file is one locked step.
    private func bygg(_ tillfallig: String, i foralder: Katalog, manifest: Rapportmanifest,
                      filer: [(namn: String, innehall: String)], mal: Malsokvag) throws(RapportFel) {
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
        try steg { () throws(SystemFel) in try katalog.synka() }
    }
}
