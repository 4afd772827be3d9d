import Glibc

/// Writes one report file (e.g. `--rapport rapport.html`) all or nothing, as `Rapportkatalog` writes a
/// folder: the content is written and flushed in a temporary file beside the target, which then takes the
/// target's place in one rename, so a reader sees the previous file or the new one, never part of it, and
/// an interrupted run leaves the previous file as it was. The target may be missing or a regular file;
/// anything else (a folder, a link, a device) is refused before anything is written. Missing parent folders
/// are created.
public struct Rapportfil {
    /// The target file as the user gave it.
    public let sokvag: String

    /// Prepares writing to `sokvag`.
    public init(sokvag: String) { self.sokvag = sokvag }

    /// Writes `innehall` as the file's whole content.
    public func skriv(_ innehall: String) throws(RapportFel) {
        let mal = try Malsokvag(sokvag)
        let foralder = try mal.oppnaForalder()
        defer { foralder.stang() }
        let slag: Postslag?
        do {
            slag = try foralder.status(mal.namn).slag
        } catch {
            guard error.kod == ENOENT else { throw .system(atgard: .lasaMal, sokvag: sokvag, errno: error.kod) }
            slag = nil
        }
        if let slag, slag != .fil { throw .inteEnFil(sokvag: sokvag, slag: slag) }
        let tillfallig = Tillfalligtnamn.nytt()
        do {
            try foralder.skapaFil(tillfallig, innehall: Array(innehall.utf8))
        } catch {
            try? foralder.taBortFil(tillfallig)
            throw .system(atgard: .skrivaFiler, sokvag: sokvag, errno: error.kod)
        }
        do {
            try foralder.ersatt(mal.namn, med: tillfallig)
        } catch {
            try? foralder.taBortFil(tillfallig)
            throw .system(atgard: .bytaUt, sokvag: sokvag, errno: error.kod)
        }
        try? foralder.synka()
    }
}
