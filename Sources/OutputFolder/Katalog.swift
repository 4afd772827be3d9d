import CFileSystem
import Glibc
import Vokabular

/// An open directory, addressed by file descriptor so that every operation applies to this directory even
/// if its path is renamed meanwhile. Names are single entries in it, never paths; symbolic links are not
/// followed. Failures are `SystemFel`; callers say what was being done.
struct Katalog: Sendable {
    /// The directory's file descriptor (open for reading).
    let fd: Int32

    /// Identifies a file system object independently of its name.
    struct Identitet: Equatable {
        let enhet: UInt64
        let inod: UInt64
    }

    /// Opens the directory at `sokvag` (relative to the working directory, symbolic links followed).
    static func oppna(_ sokvag: String) throws(SystemFel) -> Katalog {
        let fd = open(sokvag, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw .senaste }
        return Katalog(fd: fd)
    }

    /// Opens the directory `namn` in this one; a symbolic link fails with ELOOP or ENOTDIR.
    func oppna(undermapp namn: String) throws(SystemFel) -> Katalog {
        let fd = openat(self.fd, namn, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else { throw .senaste }
        return Katalog(fd: fd)
    }

    /// Closes the descriptor.
    func stang() {
        close(fd)
    }

    /// This directory's identity.
    func identitet() throws(SystemFel) -> Identitet {
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw .senaste }
        return Identitet(enhet: UInt64(st.st_dev), inod: UInt64(st.st_ino))
    }

    /// Kind and identity of the entry `namn`.
    func status(_ namn: String) throws(SystemFel) -> (slag: Postslag, identitet: Identitet) {
        var st = stat()
        guard fstatat(fd, namn, &st, AT_SYMLINK_NOFOLLOW) == 0 else { throw .senaste }
        return (Postslag(mode: st.st_mode), Identitet(enhet: UInt64(st.st_dev), inod: UInt64(st.st_ino)))
    }

    /// Kind of the entry with raw name `namn`.
    func slag(_ namn: [UInt8]) throws(SystemFel) -> Postslag {
        var st = stat()
        let resultat = (namn + [0]).withUnsafeBufferPointer { namn in
            namn.withMemoryRebound(to: CChar.self) { fstatat(fd, $0.baseAddress!, &st, AT_SYMLINK_NOFOLLOW) }
        }
        guard resultat == 0 else { throw .senaste }
        return Postslag(mode: st.st_mode)
    }

    /// The names of the entries, without `.` and `..`, as raw bytes (names need not be UTF-8), sorted.
    func poster() throws(SystemFel) -> [[UInt8]] {
        let kopia = dup(fd)
        guard kopia >= 0 else { throw .senaste }
        guard let strom = fdopendir(kopia) else {
            let fel = SystemFel.senaste
            close(kopia)
            throw fel
        }
        defer { closedir(strom) }
        rewinddir(strom)
        var namn: [[UInt8]] = []
        while true {
            errno = 0
            guard let post = readdir(strom) else {
                if errno != 0 { throw .senaste }
                return namn.sorted { $0.lexicographicallyPrecedes($1) }
            }
            let bytes = withUnsafeBytes(of: post.pointee.d_name) { Array($0.prefix { $0 != 0 }) }
            if bytes != [0x2E] && bytes != [0x2E, 0x2E] { namn.append(bytes) }
        }
    }

    /// The content of the regular file `namn`; fails with EFBIG when it exceeds `hogst` bytes and with
    /// EINVAL when it is not a regular file.
    func las(_ namn: String, hogst: Int) throws(SystemFel) -> [UInt8] {
        let fil = openat(fd, namn, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard fil >= 0 else { throw .senaste }
        defer { close(fil) }
        var st = stat()
        guard fstat(fil, &st) == 0 else { throw .senaste }
        guard Postslag(mode: st.st_mode) == .fil else { throw SystemFel(kod: EINVAL) }
        var innehall: [UInt8] = []
        var buffert = [UInt8](repeating: 0, count: 16_384)
        while true {
            let n = buffert.withUnsafeMutableBytes { read(fil, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw .senaste
            }
            if n == 0 { return innehall }
            innehall += buffert[..<n]
            guard innehall.count <= hogst else { throw SystemFel(kod: EFBIG) }
        }
    }

    /// Creates the file `namn`, which must not exist, with `innehall`, and flushes it to disk.
    func skapaFil(_ namn: String, innehall: [UInt8]) throws(SystemFel) {
        let fil = openat(fd, namn, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o666)
        guard fil >= 0 else { throw .senaste }
        var skrivet = 0
        while skrivet < innehall.count {
            let n = innehall.withUnsafeBytes { write(fil, $0.baseAddress! + skrivet, $0.count - skrivet) }
            if n < 0 {
                if errno == EINTR { continue }
                let fel = SystemFel.senaste
                close(fil)
                throw fel
            }
            skrivet += n
        }
        guard fsync(fil) == 0 else {
            let fel = SystemFel.senaste
            close(fil)
            throw fel
        }
        guard close(fil) == 0 else { throw .senaste }
    }

    /// Makes `namn` in this directory the regular file `namn` of `kalla`: a hard link on the same file system,
    /// a copy where a link is not allowed (another user's file under protected hard links, too many links).
    func lanka(_ namn: String, fran kalla: Katalog) throws(SystemFel) {
        guard linkat(kalla.fd, namn, fd, namn, 0) != 0 else { return }
        let fel = SystemFel.senaste
        guard [EPERM, EXDEV, EMLINK].contains(fel.kod) else { throw fel }
        try skapaFil(namn, innehall: try kalla.las(namn, hogst: Int.max))
    }

    /// Holds an exclusive lock on this directory (`flock`) until the descriptor is closed: every Prognos run
    /// that writes into a folder here takes it, so that one run's read of the target and its swap are never
    /// interleaved with another's. Waits for a run that holds it, calling `vantar` first; on a file system
    /// without locks (some network mounts) it goes on without one, as Prognos did before locks.
    func las(vantar: () -> Void) throws(SystemFel) {
        if flock(fd, LOCK_EX | LOCK_NB) == 0 { return }
        switch errno {
        case EWOULDBLOCK: vantar()
        case ENOLCK, EOPNOTSUPP, ENOSYS: return
        default: break
        }
        while flock(fd, LOCK_EX) != 0 {
            guard errno == EINTR else {
                if [ENOLCK, EOPNOTSUPP, ENOSYS].contains(errno) { return }
                throw .senaste
            }
        }
    }

    /// Creates the directory `namn`.
    func skapaMapp(_ namn: String) throws(SystemFel) {
        guard mkdirat(fd, namn, 0o777) == 0 else { throw .senaste }
    }

    /// Removes the file (not directory) `namn`.
    func taBortFil(_ namn: String) throws(SystemFel) {
        guard unlinkat(fd, namn, 0) == 0 else { throw .senaste }
    }

    /// Removes the empty directory `namn`.
    func taBortMapp(_ namn: String) throws(SystemFel) {
        guard unlinkat(fd, namn, AT_REMOVEDIR) == 0 else { throw .senaste }
    }

    /// Flushes the directory's entries to disk.
    func synka() throws(SystemFel) {
        guard fsync(fd) == 0 else { throw .senaste }
    }

    /// Atomically exchanges the entries `namn` and `annat` (both must exist).
    func bytPlats(_ namn: String, med annat: String) throws(SystemFel) {
        let kod = prognos_rename_exchange(fd, namn, fd, annat)
        guard kod == 0 else { throw SystemFel(kod: kod) }
    }

    /// Atomically renames `namn` to `nytt`, replacing the file `nytt` if there is one.
    func ersatt(_ nytt: String, med namn: String) throws(SystemFel) {
        guard renameat(fd, namn, fd, nytt) == 0 else { throw .senaste }
    }

    /// Atomically renames `namn` to `nytt`, failing with EEXIST if `nytt` exists.
    func dopOm(_ namn: String, till nytt: String) throws(SystemFel) {
        let kod = prognos_rename_noreplace(fd, namn, fd, nytt)
        guard kod == 0 else { throw SystemFel(kod: kod) }
    }
}
