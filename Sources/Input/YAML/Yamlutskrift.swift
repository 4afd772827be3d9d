import Foundation

extension YamlVarde {
    /// The tree as YAML, each scalar followed by a comment naming the file (its last path component) and
    /// line it came from, or `--satt`: the scenario as it was resolved from its `bas:` files, inclusions
    /// and command line, readable and loadable again from any folder.
    ///
    /// The values at the key paths in `sokvagar` (relative to this value) are paths; they are written
    /// resolved against the folder of the file each was written in, as absolute paths. Only the readers
    /// know which values are paths, and each reader's list is as short as its format's path keys, so the
    /// readers name them here rather than record every path they resolve.
    func yaml(sokvagar: Set<String>) -> String {
        var rader = ["# Scenariot som det lästes, med filen och raden varje värde kommer från."]
        Self.skriv(nod, sokvag: "", sokvagar: sokvagar, indrag: "", efter: nil, till: &rader)
        return rader.joined(separator: "\n") + "\n"
    }

    /// Writes `nod` after `efter` (`"nyckel:"` or `"-"`, nil at the root) at `indrag`.
    private static func skriv(_ nod: Yamlnod, sokvag: String, sokvagar: Set<String>, indrag: String, efter: String?,
                              till rader: inout [String]) {
        let huvud = efter.map { "\(indrag)\($0)" }
        let inre = efter == nil ? indrag : indrag + "  "
        switch nod.innehall {
        case .skalar(let text, let citerad):
            var varde = skalar(text, citerad: citerad)
            if sokvagar.contains(sokvag) {
                let sokvag = URL(fileURLWithPath: text, relativeTo: nod.ursprung.mapp).standardizedFileURL.path
                varde = enkel(sokvag) && !citerad ? sokvag : skalar(sokvag, citerad: true)
            }
            rader.append("\(huvud.map { "\($0) " } ?? indrag)\(varde)  # \(ursprung(nod))")
        case .tabell(let poster) where poster.isEmpty:
            rader.append("\(huvud.map { "\($0) " } ?? indrag){}  # \(ursprung(nod))")
        case .lista(let element) where element.isEmpty:
            rader.append("\(huvud.map { "\($0) " } ?? indrag)[]  # \(ursprung(nod))")
        case .tabell(let poster):
            if let huvud { rader.append(huvud) }
            for (nyckel, varde) in poster {
                let text = enkel(nyckel) ? nyckel : skalar(nyckel, citerad: true)
                skriv(varde, sokvag: sokvag.isEmpty ? nyckel : "\(sokvag).\(nyckel)", sokvagar: sokvagar, indrag: inre,
                      efter: "\(text):", till: &rader)
            }
        case .lista(let element):
            if let huvud { rader.append(huvud) }
            for (i, varde) in element.enumerated() {
                skriv(varde, sokvag: sokvag.isEmpty ? "\(i)" : "\(sokvag).\(i)", sokvagar: sokvagar, indrag: inre, efter: "-",
                      till: &rader)
            }
        }
    }

    /// A scalar as it was written: plain text as is (it was valid plain YAML where it stood, and stays so in
    /// block style), quoted text in double quotes.
    private static func skalar(_ text: String, citerad: Bool) -> String {
        guard citerad else { return text }
        var resultat = "\""
        for tecken in text.unicodeScalars {
            switch tecken {
            case "\"": resultat += "\\\""
            case "\\": resultat += "\\\\"
            case "\n": resultat += "\\n"
            case "\t": resultat += "\\t"
            case _ where tecken.value < 0x20 || (0x7F...0x9F).contains(tecken.value):
                resultat += String(format: "\\u%04X", tecken.value)
            default: resultat.unicodeScalars.append(tecken)
            }
        }
        return resultat + "\""
    }

    /// Whether a key or a path can be written without quotes and read back as the same text.
    private static func enkel(_ text: String) -> Bool {
        guard let forsta = text.unicodeScalars.first, !"-?:,[]{}#&*!|>'\"%@` ".unicodeScalars.contains(forsta),
              text.last != " ", text.last != ":" else { return false }
        return !text.contains(": ") && !text.contains(" #")
            && !text.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }
    }

    /// `fil.yaml:12`, or `--satt`.
    private static func ursprung(_ nod: Yamlnod) -> String {
        switch nod.ursprung {
        case .fil(let url): return nod.rad.map { "\(url.lastPathComponent):\($0)" } ?? url.lastPathComponent
        case .kommandoraden: return "--satt"
        }
    }
}
