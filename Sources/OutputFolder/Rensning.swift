import Glibc
import Vokabular

/// Removes a folder Prognos wrote — a report set swapped out of place, or a temporary folder, complete or
/// not — by its manifest: only the regular files the manifest lists, then the manifest, then the folder if
/// nothing else is left. Never anything recursive, never a name the manifest does not list.
enum Rensning {
    /// Removes the folder `namn` in `foralder`; returns the names left in it because they are not
    /// Prognos's (empty when the folder is gone).
    static func taBort(_ namn: String, i foralder: Katalog) throws(SystemFel) -> [[UInt8]] {
        let katalog: Katalog
        do {
            katalog = try foralder.oppna(undermapp: namn)
        } catch {
            if error.kod == ENOENT { return [] }
            throw error
        }
        defer { katalog.stang() }
        if let filer = try listade(katalog) {
            for fil in filer where (try? katalog.slag(Array(fil.utf8))) == .fil {
                try taBortFil(fil, i: katalog)
            }
            try taBortFil(Rapportmanifest.filnamn, i: katalog)
        }
        do {
            try foralder.taBortMapp(namn)
            return []
        } catch {
            switch error.kod {
            case ENOENT: return []
            case ENOTEMPTY, EEXIST: return try katalog.poster()
            default: throw error
            }
        }
    }

    /// The names the folder's manifest lists: none for an empty manifest (its writer was stopped between
    /// creating and filling it), nil when there is no valid manifest.
    private static func listade(_ katalog: Katalog) throws(SystemFel) -> [String]? {
        let innehall: [UInt8]
        do {
            innehall = try katalog.las(Rapportmanifest.filnamn, hogst: Rapportmanifest.storstaStorlek)
        } catch {
            if [ENOENT, EINVAL, EFBIG, ELOOP].contains(error.kod) { return nil }
            throw error
        }
        return innehall.isEmpty ? [] : Rapportmanifest(innehall: innehall)?.filer
    }

    private static func taBortFil(_ namn: String, i katalog: Katalog) throws(SystemFel) {
        do {
            try katalog.taBortFil(namn)
        } catch {
            if error.kod != ENOENT { throw error }
        }
    }
}
