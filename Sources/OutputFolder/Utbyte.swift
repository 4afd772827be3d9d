import Glibc

/// Puts a complete folder in place of the target with one atomic rename: an exchange when the target
/// exists (it must be Prognos's own or empty), a no-replace rename when it does not. A reader of the
/// target sees either what was there or the new folder, never a mix.
enum Utbyte {
    /// Moves the folder `tillfallig` in `foralder` to the target `mal`; afterwards `tillfallig` holds what
    /// the target held, if anything. Must run as one step under `Tillfalligamappar`'s lock.
    static func byt(_ tillfallig: String, mot mal: Malsokvag, i foralder: Katalog) throws(RapportFel) {
        for _ in 0..<Malkontroll.forsok {
            let status = try Malkontroll.status(mal, i: foralder)
            do {
                if status == .saknas {
                    try foralder.dopOm(tillfallig, till: mal.namn)
                } else {
                    try foralder.bytPlats(tillfallig, med: mal.namn)
                }
            } catch {
                // Another run created the target, or someone removed it, since it was inspected.
                if status == .saknas ? error.kod == EEXIST : error.kod == ENOENT { continue }
                if error.kod == EINVAL || error.kod == ENOSYS { throw .atomisktUtbyteSaknas(sokvag: mal.angiven) }
                throw .system(atgard: .bytaUt, sokvag: mal.angiven, errno: error.kod)
            }
            // The swap is done and visible; flushing the parent only makes it durable sooner.
            try? foralder.synka()
            return
        }
        throw .andradesUnderTiden(sokvag: mal.angiven)
    }
}
