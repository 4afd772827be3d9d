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
        if let enRad = paEnRad(nod, sokvag: sokvag, sokvagar: sokvagar) {
            rader.append("\(huvud.map { "\($0) " } ?? indrag)\(enRad)")
            return
        }
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

    /// A series written on one line in one file (`{2023: 3.1, 2024: 3.3}`, `[2023, 2024]`) on one line again,
    /// with one comment; nil for anything else, a path among its values, or a value that flow style would
    /// read differently.
    private static func paEnRad(_ nod: Yamlnod, sokvag: String, sokvagar: Set<String>) -> String? {
        let element: [(nyckel: String?, varde: Yamlnod)]
        switch nod.innehall {
        case .skalar: return nil
        case .tabell(let poster): element = poster.map { ($0.nyckel, $0.varde) }
        case .lista(let lista): element = lista.map { (nil, $0) }
        }
        guard let forsta = element.first?.varde, forsta.rad != nil else { return nil }
        var delar: [String] = []
        for (i, (nyckel, varde)) in element.enumerated() {
            let barn = sokvag.isEmpty ? nyckel ?? "\(i)" : "\(sokvag).\(nyckel ?? "\(i)")"
            guard varde.ursprung == forsta.ursprung, varde.rad == forsta.rad, !sokvagar.contains(barn),
                  let (text, citerad) = varde.skalar, citerad || flodesenkel(text) else { return nil }
            let varde = skalar(text, citerad: citerad)
            guard let nyckel else { delar.append(varde); continue }
            guard flodesenkel(nyckel) else { return nil }
            delar.append("\(nyckel): \(varde)")
        }
        let text = delar.joined(separator: ", ")
        return (nod.poster != nil ? "{\(text)}" : "[\(text)]") + "  # \(ursprung(forsta))"
    }

    /// Whether plain text reads back the same inside `{}` or `[]`.
    private static func flodesenkel(_ text: String) -> Bool {
        enkel(text) && !text.contains { ",[]{}".contains($0) }
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
