import Glibc

/// The output path as the user gave it, split into the parent folder and the target's own name, after the
/// checks that need no file system: not empty, not the root, not ending in `.` or `..`, and not a name
/// reserved for Prognos's temporary folders.
struct Malsokvag {
    /// The path as given, for messages.
    let angiven: String
    /// The parent folder's path (`.` for a bare name).
    let foralder: String
    /// The target's name in its parent.
    let namn: String

    /// Splits `angiven`, trailing slashes ignored.
    init(_ angiven: String) throws(RapportFel) {
        self.angiven = angiven
        guard !angiven.isEmpty else { throw .ogiltigSokvag(sokvag: angiven, skal: "sökvägen är tom, ange en mapp") }
        var sokvag = Substring(angiven)
        while sokvag.count > 1, sokvag.hasSuffix("/") { sokvag = sokvag.dropLast() }
        guard sokvag != "/" else { throw .ogiltigSokvag(sokvag: angiven, skal: "det är rotmappen") }
        if let snedstreck = sokvag.lastIndex(of: "/") {
            namn = String(sokvag[sokvag.index(after: snedstreck)...])
            let forst = sokvag[..<snedstreck]
            foralder = forst.isEmpty ? "/" : String(forst)
        } else {
            namn = String(sokvag)
            foralder = "."
        }
        guard namn != ".", namn != ".." else {
            throw .ogiltigSokvag(sokvag: angiven, skal: "sökvägen slutar med \(namn), ange mappen med dess namn")
        }
        guard !namn.hasPrefix(Tillfalligtnamn.prefix) else {
            throw .ogiltigSokvag(sokvag: angiven,
                                 skal: "namn som börjar med \(Tillfalligtnamn.prefix) är reserverade för Prognos")
        }
    }

    /// The path of the entry `namn` beside the target, in the same parent folder.
    func syskon(_ namn: String) -> String {
        foralder == "." ? namn : foralder + (foralder.hasSuffix("/") ? "" : "/") + namn
    }

    /// Opens the parent folder, creating it and any missing folders above it.
    func oppnaForalder() throws(RapportFel) -> Katalog {
        var delsokvag = foralder.hasPrefix("/") ? "/" : ""
        for del in foralder.split(separator: "/") {
            delsokvag += (delsokvag.isEmpty || delsokvag.hasSuffix("/") ? "" : "/") + del
            var st = stat()
            if stat(delsokvag, &st) != 0, mkdir(delsokvag, 0o777) != 0, errno != EEXIST {
                throw .system(atgard: .skapaForalder, sokvag: angiven, errno: errno)
            }
        }
        do {
            return try Katalog.oppna(foralder)
        } catch {
            throw .system(atgard: .skapaForalder, sokvag: angiven, errno: error.kod)
        }
    }
}
