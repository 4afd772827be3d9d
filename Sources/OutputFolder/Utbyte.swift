import Glibc
import Vokabular

/// What the target held when the new folder was built from it, so that the swap puts the new folder in
/// place only over that: a run that swapped in between would otherwise lose its files.
enum Forvantat: Equatable {
    /// Nothing at the target path.
    case saknas
    /// An empty directory.
    case tom
    /// Prognos's folder with this identity.
    case egen(Katalog.Identitet)
}

/// Puts a complete folder in place of the target with one atomic rename: an exchange when the target
/// exists (it must be Prognos's own or empty), a no-replace rename when it does not. A reader of the
/// target sees either what was there or the new folder, never a mix.
enum Utbyte {
    /// Moves the folder `tillfallig` in `foralder` to the target `mal` if the target is still what
    /// `forvantat` says; afterwards `tillfallig` holds what the target held, if anything. Returns false,
    /// with nothing changed, when the target changed since it was read: the caller builds again. Must run
    /// as one step under `Tillfalligamappar`'s lock.
    static func byt(_ tillfallig: String, mot mal: Malsokvag, i foralder: Katalog, forvantat: Forvantat) throws(RapportFel) -> Bool {
        do {
            if forvantat == .saknas {
                try foralder.dopOm(tillfallig, till: mal.namn)
            } else {
                try foralder.bytPlats(tillfallig, med: mal.namn)
                // The exchange is atomic; what it swapped out must be what the set was built from. If another
                // run swapped in between, exchange back: its set is in place again, untouched.
                guard try stammer(tillfallig, i: foralder, med: forvantat) else {
                    try foralder.bytPlats(tillfallig, med: mal.namn)
                    return false
                }
            }
        } catch {
            // Another run created the target, or someone removed it, since it was inspected.
            if forvantat == .saknas ? error.kod == EEXIST : error.kod == ENOENT { return false }
            if error.kod == EINVAL || error.kod == ENOSYS { throw .atomisktUtbyteSaknas(sokvag: mal.angiven) }
            throw .system(atgard: .bytaUt, sokvag: mal.angiven, errno: error.kod)
        }
        // The swap is done and visible; flushing the parent only makes it durable sooner.
        try? foralder.synka()
        return true
    }

    /// Whether the folder `namn` is the one `forvantat` describes.
    private static func stammer(_ namn: String, i foralder: Katalog, med forvantat: Forvantat) throws(SystemFel) -> Bool {
        switch forvantat {
        case .saknas: return false
        case .egen(let identitet): return try foralder.status(namn).identitet == identitet
        case .tom:
            let katalog = try foralder.oppna(undermapp: namn)
            defer { katalog.stang() }
            return try katalog.poster().isEmpty
        }
    }
}
