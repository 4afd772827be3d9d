import Glibc
import Synchronization
import Vokabular

/// The temporary folders (and report files, `Rapportfil`) this process is building or has still to remove,
/// and the lock held around every step that changes them or swaps one into place. A signal handler takes the
/// same lock, so it never runs in the middle of such a step: it removes what is registered and ends the
/// process.
public enum Tillfalligamappar {
    private struct Post {
        let foralder: Katalog
        let namn: String
        /// A single file rather than a folder.
        var fil = false
    }

    private static let registrerade = Mutex<[Post]>([])

    /// Runs `steg` holding the lock.
    static func steg<T, E: Error>(_ steg: () throws(E) -> T) throws(E) -> T {
        try registrerade.withLock { _ throws(E) -> T in try steg() }
    }

    /// Creates a temporary folder in `foralder` for writing to `mal` and registers it; returns its name.
    static func skapa(i foralder: Katalog, for mal: Malsokvag) throws(RapportFel) -> String {
        try registrerade.withLock { poster throws(RapportFel) -> String in
            while true {
                let namn = Tillfalligtnamn.nytt()
                do throws(SystemFel) {
                    try foralder.skapaMapp(namn)
                    poster.append(Post(foralder: foralder, namn: namn))
                    return namn
                } catch {
                    guard error.kod == EEXIST else {
                        throw .system(atgard: .skapaTillfallig, sokvag: mal.angiven, errno: error.kod)
                    }
                }
            }
        }
    }

    /// Forgets the folder `namn` in `foralder` and removes it (see `Rensning`); returns the names left in
    /// it because they are not Prognos's.
    static func taBort(_ namn: String, i foralder: Katalog) throws(SystemFel) -> [[UInt8]] {
        try registrerade.withLock { poster throws(SystemFel) -> [[UInt8]] in
            poster.removeAll { $0.namn == namn && $0.foralder.fd == foralder.fd }
            return try Rensning.taBort(namn, i: foralder)
        }
    }

    /// Registers the temporary file `namn` in `foralder` and writes `innehall` to it.
    static func skapaFil(_ namn: String, innehall: [UInt8], i foralder: Katalog) throws(SystemFel) {
        try registrerade.withLock { poster throws(SystemFel) in
            poster.append(Post(foralder: foralder, namn: namn, fil: true))
            try foralder.skapaFil(namn, innehall: innehall)
        }
    }

    /// Does `steg` (which renames or removes the temporary file `namn` in `foralder`) and forgets the file.
    static func slutaFil<E: Error>(_ namn: String, i foralder: Katalog, _ steg: () throws(E) -> Void) throws(E) {
        try registrerade.withLock { poster throws(E) in
            defer { poster.removeAll { $0.namn == namn && $0.foralder.fd == foralder.fd } }
            try steg()
        }
    }

    /// For signal handlers: waits for the step in progress, if any, removes every registered folder and file
    /// and ends the process with `status`, still holding the lock so that no further step starts.
    public static func rensaOchAvsluta(status: Int32) -> Never {
        registrerade.withLock { poster in
            for post in poster {
                if post.fil { try? post.foralder.taBortFil(post.namn) } else { _ = try? Rensning.taBort(post.namn, i: post.foralder) }
            }
            _exit(status)
        }
    }
}
