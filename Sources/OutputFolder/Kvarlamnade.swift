import Glibc

/// Temporary folders left behind by runs that could not clean up (killed with SIGKILL, power lost):
/// removed by the next run writing beside them once their writer's pid is gone.
enum Kvarlamnade {
    /// Removes, in `foralder`, the temporary folders whose process no longer exists, each only if it holds
    /// nothing but Prognos's files (see `Rensning`). Best effort: whatever cannot be removed stays.
    static func rensa(i foralder: Katalog) {
        guard let poster = try? foralder.poster() else { return }
        for namn in poster {
            guard let pid = Tillfalligtnamn.pid(namn), pid != getpid(), kill(pid, 0) != 0, errno == ESRCH
            else { continue }
            _ = try? Rensning.taBort(String(decoding: namn, as: UTF8.self), i: foralder)
        }
    }
}
