import Glibc
import Vokabular

/// The list of report files Prognos wrote into an output folder, kept in that folder as
/// `.prognos-rapporter`: a first line identifying the format, then one file name per line. Its presence
/// marks the folder as Prognos's own, and it names exactly what Prognos may replace or remove there.
struct Rapportmanifest: Equatable {
    /// The manifest's file name inside an output folder.
    static let filnamn = ".prognos-rapporter"
    /// The first line, identifying the format and its version.
    static let rubrik = "prognos-rapporter 1"
    /// Larger files are not manifests.
    static let storstaStorlek = 65_536

    /// The report file names, in writing order.
    let filer: [String]

    /// A manifest for `filer`, which must be valid, distinct file names (see `giltigtFilnamn`).
    init(filer: [String]) throws(RapportFel) {
        for namn in filer where !Rapportmanifest.giltigtFilnamn(namn) { throw .ogiltigtFilnamn(namn) }
        var sedda = Set<String>()
        for namn in filer where !sedda.insert(namn).inserted { throw .ogiltigtFilnamn(namn) }
        self.filer = filer
    }

    /// The manifest stored as `innehall`, or nil if that is not a valid manifest.
    init?(innehall: [UInt8]) {
        guard let text = String(validating: innehall, as: UTF8.self), text.hasSuffix("\n") else { return nil }
        let rader = text.dropLast().split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard rader.first == Rapportmanifest.rubrik, let manifest = try? Rapportmanifest(filer: Array(rader.dropFirst()))
        else { return nil }
        self = manifest
    }

    /// The manifest of the open folder `katalog`, or nil if its manifest entry is no valid manifest (a
    /// folder, a link, too large, garbled); throws if it cannot be read, e.g. ENOENT when it is missing.
    static func las(i katalog: Katalog) throws(SystemFel) -> Rapportmanifest? {
        do {
            return Rapportmanifest(innehall: try katalog.las(filnamn, hogst: storstaStorlek))
        } catch {
            if [EINVAL, EFBIG, ELOOP].contains(error.kod) { return nil }
            throw error
        }
    }

    /// The file content: the heading line and one name per line, each ending in a newline.
    var innehall: [UInt8] {
        Array(([Rapportmanifest.rubrik] + filer).map { $0 + "\n" }.joined().utf8)
    }

    /// A name Prognos may write: one path component of at most 255 bytes, no control characters, not
    /// `.`/`..`, and not starting with `.prognos-` (the manifest's and temporary folders' prefix).
    static func giltigtFilnamn(_ namn: String) -> Bool {
        !namn.isEmpty && namn.utf8.count <= 255 && namn != "." && namn != ".."
            && !namn.hasPrefix(Tillfalligtnamn.prefix)
            && !namn.unicodeScalars.contains { $0 == "/" || $0.properties.generalCategory == .control }
    }
}
