import Glibc
import Vokabular

/// Writes one report file (e.g. `--rapport rapport.html`) all or nothing, as `Rapportkatalog` writes a
/// folder: the content is written and flushed in a temporary file beside the target, which then takes the
/// target's place in one rename, so a reader sees the previous file or the new one, never part of it, and
/// an interrupted run leaves the previous file as it was. The target may be missing or a regular file;
/// anything else (a folder, a link, a device) is refused before anything is written. Missing parent folders
/// are created.
///
/// The two steps can be taken apart (`forbered`, then `Forberedd.ersatt` or `kasta`), so that a command
/// that also writes an `--out` folder or a database finds a file it cannot write before it changes anything.
/// Until then the temporary file is registered with `Tillfalligamappar`, so that an interrupt removes it.
public struct Rapportfil {
    /// The target file as the user gave it.
    public let sokvag: String

    /// Prepares writing to `sokvag`.
    public init(sokvag: String) { self.sokvag = sokvag }

    /// The content written beside the target, waiting to take its place.
    public struct Forberedd {
        let sokvag: String, namn: String, tillfallig: String
        let foralder: Katalog

        /// Puts the file in the target's place.
        public func ersatt() throws(RapportFel) {
            defer { foralder.stang() }
            do throws(SystemFel) {
                try Tillfalligamappar.slutaFil(tillfallig, i: foralder) { () throws(SystemFel) in
                    do throws(SystemFel) {
                        try foralder.ersatt(namn, med: tillfallig)
                    } catch {
                        try? foralder.taBortFil(tillfallig)
                        throw error
                    }
                }
            } catch {
                throw .system(atgard: .bytaUt, sokvag: sokvag, errno: error.kod)
            }
            try? foralder.synka()
        }

        /// Removes the written file; the target stays as it was.
        public func kasta() {
            Tillfalligamappar.slutaFil(tillfallig, i: foralder) { try? foralder.taBortFil(tillfallig) }
            foralder.stang()
        }
    }

    /// Writes `innehall` as the file's whole content.
    public func skriv(_ innehall: String) throws(RapportFel) {
        try forbered(innehall).ersatt()
    }

    /// Writes `innehall` in a temporary file beside the target, after checking that the target may be
    /// replaced; nothing the user sees changes until `ersatt`.
    public func forbered(_ innehall: String) throws(RapportFel) -> Forberedd {
        let mal = try Malsokvag(sokvag)
        let foralder = try mal.oppnaForalder()
        let tillfallig = Tillfalligtnamn.nytt()
        do throws(RapportFel) {
            try Self.provaMal(mal.namn, i: foralder, sokvag: sokvag)
            do {
                try Tillfalligamappar.skapaFil(tillfallig, innehall: Array(innehall.utf8), i: foralder)
            } catch {
                Tillfalligamappar.slutaFil(tillfallig, i: foralder) { try? foralder.taBortFil(tillfallig) }
                throw RapportFel.system(atgard: .skrivaFiler, sokvag: sokvag, errno: error.kod)
            }
        } catch {
            foralder.stang()
            throw error
        }
        return Forberedd(sokvag: sokvag, namn: mal.namn, tillfallig: tillfallig, foralder: foralder)
    }

    /// Refuses a target that exists and is not a regular file.
    private static func provaMal(_ namn: String, i foralder: Katalog, sokvag: String) throws(RapportFel) {
        let slag: Postslag
        do {
            slag = try foralder.status(namn).slag
        } catch {
            guard error.kod == ENOENT else { throw .system(atgard: .lasaMal, sokvag: sokvag, errno: error.kod) }
            return
        }
        if slag != .fil { throw .inteEnFil(sokvag: sokvag, slag: slag) }
    }
}
