import Foundation

/// Loads a scenario file with what it builds on, as one tree whose every value names the file and line it
/// was written on:
///
/// - `bas: annan.yaml` (relative to the file naming it) loads that file first, with its own `bas:`, and lays
///   this file's tree over it: mappings merge key by key, scalars and lists replace. So a what-if file holds
///   only the keys that change.
/// - A top-level key in `inkludera` whose value is text names another scenario file (e.g.
///   `befolkning: befolkning-blekinge.yaml`), loaded with its own `bas:` and put in the key's place; a
///   mapping there may carry `bas:` too. Inclusion happens in each file before it is laid over its base, so
///   an override can change a single value of an included file.
/// - `satt` values (`--satt nyckel=värde`) are laid over the result last, in the order given, and the
///   scenario's `namn` then says what they changed, "Namn (ändrat: nyckel=värde, …)", so that a what-if's
///   reports and files can be told from the scenario's own (unless a `satt` value sets `namn` itself).
///
/// A file that builds on itself through `bas:` or inclusions, a chain deeper than `maxDjup` files and a
/// missing file are errors at the key that names the file.
package enum Scenariofil {
    /// How many files may build on each other through `bas:` and inclusions.
    static let maxDjup = 16

    /// The scenario in `fil` with its bases, inclusions and `satt` values laid together.
    package static func las(_ fil: URL, satt: [String] = [], inkludera: Set<String> = []) throws(ScenarioFel) -> YamlVarde {
        var nod = try las(fil, inkludera: inkludera, kedja: [])
        for uttryck in satt { nod = try Satt(uttryck).lagd(over: nod) }
        return YamlVarde(namngiven(nod, satt: satt))
    }

    /// `nod` with its `namn` followed by the `satt` values, when there are any, the scenario has a name and
    /// no `satt` value sets it.
    private static func namngiven(_ nod: Yamlnod, satt: [String]) -> Yamlnod {
        guard !satt.isEmpty, !satt.contains(where: { Satt.delar($0)?.nycklar == ["namn"] }),
              let namn = nod.poster?.first(where: { $0.nyckel == "namn" })?.varde, let text = namn.skalar?.text else { return nod }
        return nod.med("namn", Yamlnod(.skalar("\(text) (ändrat: \(satt.joined(separator: ", ")))", citerad: true),
                                       ursprung: namn.ursprung, rad: namn.rad))
    }

    /// One file with its base and inclusions resolved. `kedja` holds the paths of the files that led here.
    private static func las(_ fil: URL, inkludera: Set<String>, kedja: [String]) throws(ScenarioFel) -> Yamlnod {
        let text = try Textfil.las(fil, slag: "scenariofilen", maxStorlek: Textfil.maxScenariostorlek)
        let nod = try Yamlnod.las(text, ursprung: .fil(fil))
        return try upplos(nod, prefix: "", inkludera: inkludera, kedja: kedja + [fil.standardizedFileURL.path])
    }

    /// A mapping with the keys in `inkludera` replaced by what they name and with its `bas:` laid under it.
    private static func upplos(_ nod: Yamlnod, prefix: String, inkludera: Set<String>, kedja: [String]) throws(ScenarioFel) -> Yamlnod {
        guard let poster = nod.poster else { return nod }
        var resultat = nod
        for (nyckel, varde) in poster where inkludera.contains(nyckel) {
            if varde.skalar != nil {
                let fil = try referens(YamlVarde(varde, sokvag: prefix + nyckel), kedja: kedja)
                resultat = resultat.med(nyckel, try las(fil, inkludera: [], kedja: kedja))
            } else if varde.poster != nil {
                resultat = resultat.med(nyckel, try upplos(varde, prefix: "\(prefix)\(nyckel).", inkludera: [], kedja: kedja))
            }
        }
        guard let bas = poster.first(where: { $0.nyckel == "bas" })?.varde else { return resultat }
        let basfil = try referens(YamlVarde(bas, sokvag: prefix + "bas"), kedja: kedja)
        return resultat.med("bas", nil).lagd(over: try las(basfil, inkludera: inkludera, kedja: kedja))
    }

    /// The scenario file a value names, relative to the file the value is written in; it must exist and
    /// must not be one of the files that led here.
    private static func referens(_ varde: YamlVarde, kedja: [String]) throws(ScenarioFel) -> URL {
        let fil = try varde.url("sökvägen till en scenariofil, relativt filen den står i")
        var mapp: ObjCBool = false
        guard FileManager.default.fileExists(atPath: fil.path, isDirectory: &mapp), !mapp.boolValue else {
            throw varde.fel("filen \(fil.path) finns inte; förväntade en scenariofil, relativt filen den står i")
        }
        if let i = kedja.firstIndex(of: fil.path) {
            let cirkel = (kedja[i...] + [fil.path]).map { URL(fileURLWithPath: $0).lastPathComponent }.joined(separator: " → ")
            throw varde.fel("filerna bygger på varandra i en cirkel: \(cirkel)")
        }
        guard kedja.count < maxDjup else {
            throw varde.fel("fler än \(maxDjup) filer bygger på varandra genom bas: och inkluderade filer")
        }
        return fil
    }
}
