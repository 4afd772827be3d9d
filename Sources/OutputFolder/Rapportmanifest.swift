import Glibc
import Vokabular

/// The list of report files Prognos wrote into an output folder, kept in that folder as
/// `.prognos-rapporter`, with the command that wrote each: a first line identifying the format, then one
/// entry per line. Its presence marks the folder as Prognos's own, and it names exactly what Prognos may
/// replace or remove there. Version 1 lists bare file names (no command known); version 2 writes every
/// entry as `kommando<TAB>fil` (an empty command for a file of no named command). A manifest whose entries
/// have no command is written as version 1, so a folder written without commands reads as before.
struct Rapportmanifest: Equatable {
    /// The manifest's file name inside an output folder.
    static let filnamn = ".prognos-rapporter"
    /// The first line of a manifest without commands.
    static let rubrik = "prognos-rapporter 1"
    /// The first line of a manifest with commands.
    static let rubrikMedKommandon = "prognos-rapporter 2"
    /// Larger files are not manifests.
    static let storstaStorlek = 65_536

    /// One report file and the command that wrote it ("" when not known).
    struct Post: Equatable {
        let kommando: String
        let fil: String
    }

    /// The entries, in writing order.
    let poster: [Post]

    /// The report file names, in writing order.
    var filer: [String] { poster.map(\.fil) }

    /// A manifest for `filer`, which must be valid, distinct file names (see `giltigtFilnamn`), all written
    /// by `kommando`.
    init(filer: [String], kommando: String = "") throws(RapportFel) {
        try self.init(poster: filer.map { Post(kommando: kommando, fil: $0) })
    }

    /// A manifest of `poster`: valid, distinct file names and commands without tabs or control characters.
    init(poster: [Post]) throws(RapportFel) {
        for post in poster where !Rapportmanifest.giltigtFilnamn(post.fil) || !Rapportmanifest.giltigtKommando(post.kommando) {
            throw .ogiltigtFilnamn(post.fil)
        }
        var sedda = Set<String>()
        for post in poster where !sedda.insert(post.fil).inserted { throw .ogiltigtFilnamn(post.fil) }
        self.poster = poster
    }

    /// The manifest stored as `innehall`, or nil if that is not a valid manifest.
    init?(innehall: [UInt8]) {
        guard let text = String(validating: innehall, as: UTF8.self), text.hasSuffix("\n") else { return nil }
        let rader = text.dropLast().split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let poster: [Post]
        switch rader.first {
        case Rapportmanifest.rubrik:
            poster = rader.dropFirst().map { Post(kommando: "", fil: $0) }
        case Rapportmanifest.rubrikMedKommandon:
            var lasta: [Post] = []
            for rad in rader.dropFirst() {
                let delar = rad.split(separator: "\t", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
                guard delar.count == 2 else { return nil }
                lasta.append(Post(kommando: delar[0], fil: delar[1]))
            }
            poster = lasta
        default:
            return nil
        }
        guard let manifest = try? Rapportmanifest(poster: poster) else { return nil }
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

    /// The file content: the heading line and one entry per line, each ending in a newline.
    var innehall: [UInt8] {
        let rader = poster.allSatisfy { $0.kommando.isEmpty }
            ? [Rapportmanifest.rubrik] + filer
            : [Rapportmanifest.rubrikMedKommandon] + poster.map { "\($0.kommando)\t\($0.fil)" }
        return Array(rader.map { $0 + "\n" }.joined().utf8)
    }

    /// A command's name as a manifest can hold it: no tab, newline or other control character.
    static func giltigtKommando(_ kommando: String) -> Bool {
        !kommando.unicodeScalars.contains { $0.properties.generalCategory == .control }
    }

    /// A name Prognos may write: one path component of at most 255 bytes, no control characters, not
    /// `.`/`..`, and not starting with `.prognos-` (the manifest's and temporary folders' prefix).
    static func giltigtFilnamn(_ namn: String) -> Bool {
        !namn.isEmpty && namn.utf8.count <= 255 && namn != "." && namn != ".."
            && !namn.hasPrefix(Tillfalligtnamn.prefix)
            && !namn.unicodeScalars.contains { $0 == "/" || $0.properties.generalCategory == .control }
    }
}
