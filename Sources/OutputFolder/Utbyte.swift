import Glibc

/// Puts a complete folder in place of the target with one atomic rename: an exchange when the target
/// exists (it must be Prognos's own or empty), a no-replace rename when it does not. A reader of the
/// target sees either what was there or the new folder, never a mix.
enum Utbyte {
    /// Moves the folder `tillfallig` in `foralder` to the target `mal`, which `status` says what it is;
    /// afterwards `tillfallig` holds what the target held, if anything. Runs under the parent's lock
    /// (`Katalog.las`), so no other Prognos run changes the target meanwhile, and as one step under
    /// `Tillfalligamappar`'s lock.
    static func byt(_ tillfallig: String, mot mal: Malsokvag, i foralder: Katalog, status: Malstatus) throws(RapportFel) {
        do {
            if status == .saknas {
                try foralder.dopOm(tillfallig, till: mal.namn)
            } else {
                try foralder.bytPlats(tillfallig, med: mal.namn)
            }
        } catch {
            if error.kod == EINVAL || error.kod == ENOSYS { throw .atomisktUtbyteSaknas(sokvag: mal.angiven) }
            // Someone outside Prognos created or removed the target since it was inspected.
            if error.kod == EEXIST || error.kod == ENOENT { throw .andradesUnderTiden(sokvag: mal.angiven) }
            throw .system(atgard: .bytaUt, sokvag: mal.angiven, errno: error.kod)
        }
        // The swap is done and visible; flushing the parent only makes it durable sooner.
        try? foralder.synka()
    }
}
