import Budget
import Foundation
import Vokabular

/// A value in a scenario's YAML with its key path and the file and line it was written on, offering typed
/// reads that fail with a `ScenarioFel` naming that file and line, the key path and what was expected.
/// `Scenariofil` loads the tree.
package struct YamlVarde {
    let nod: Yamlnod
    /// The key path from the root, e.g. `antaganden.indexering.personalkostnader.2024`.
    package let sokvag: String

    init(_ nod: Yamlnod, sokvag: String = "") {
        self.nod = nod
        self.sokvag = sokvag
    }

    /// The file the value was written in (or the command line), as errors name it.
    package var fil: String { nod.ursprung.namn }

    /// The file the value was written in; nil for a value from the command line.
    package var filURL: URL? {
        guard case .fil(let url) = nod.ursprung else { return nil }
        return url
    }

    package var rad: Int? { nod.rad }

    package func fel(_ problem: String) -> ScenarioFel { ScenarioFel(fil: fil, rad: rad, nyckel: sokvag, problem: problem) }

    private func barn(_ nyckel: String, _ nod: Yamlnod) -> YamlVarde {
        YamlVarde(nod, sokvag: sokvag.isEmpty ? nyckel : "\(sokvag).\(nyckel)")
    }

    /// The entries of a mapping in file order; anything else is an error.
    package func poster(_ forvantat: String = "en tabell med nycklar") throws(ScenarioFel) -> [(nyckel: String, varde: YamlVarde)] {
        guard let poster = nod.poster else { throw fel("förväntade \(forvantat), fick \(beskrivning)") }
        return poster.map { ($0.nyckel, barn($0.nyckel, $0.varde)) }
    }

    /// A mapping whose keys must all be among `tillatna`; returns lookup by key.
    package func tabell(tillatna: [String]) throws(ScenarioFel) -> [String: YamlVarde] {
        var result: [String: YamlVarde] = [:]
        for (nyckel, varde) in try poster() {
            guard tillatna.contains(nyckel) else {
                throw varde.fel("okänd nyckel; tillåtna här är \(tillatna.joined(separator: ", "))")
            }
            result[nyckel] = varde
        }
        return result
    }

    /// A required key of a mapping already read with `tabell`.
    package func kravd(_ nyckel: String, i tabell: [String: YamlVarde], forvantat: String) throws(ScenarioFel) -> YamlVarde {
        guard let varde = tabell[nyckel] else {
            throw ScenarioFel(fil: fil, rad: rad, nyckel: sokvag.isEmpty ? nyckel : "\(sokvag).\(nyckel)",
                              problem: "nyckeln saknas; förväntade \(forvantat)")
        }
        return varde
    }

    /// A number written plainly (3.1, -1.5, 40) within `intervall`; quoted values, text and numbers outside
    /// the range are errors.
    package func tal(_ forvantat: String = "ett tal", intervall: ClosedRange<Double> = Granser.mnkr) throws(ScenarioFel) -> Double {
        guard let skalar = nod.skalar else { throw fel("förväntade \(forvantat), fick \(beskrivning)") }
        let text = skalar.text.trimmingCharacters(in: .whitespaces)
        if !skalar.citerad, let value = Decimaltal.tolka(text, decimaltecken: ".") {
            guard intervall.contains(value) else {
                throw fel("förväntade \(forvantat) \(Granser.beskrivning(intervall)), fick \(text)")
            }
            return value
        }
        var problem = "förväntade \(forvantat), fick texten \"\(skalar.text)\""
        let medPunkt = text.replacingOccurrences(of: ",", with: ".").replacingOccurrences(of: "−", with: "-")
            .replacingOccurrences(of: " ", with: "")
        if Decimaltal.tolka(medPunkt, decimaltecken: ".") != nil {
            problem += "; skriv talet utan citattecken och med decimalpunkt: \(medPunkt)"
        }
        throw fel(problem)
    }

    /// A whole number (e.g. a year) within `intervall`.
    package func heltal(_ forvantat: String = "ett heltal", intervall: ClosedRange<Int>) throws(ScenarioFel) -> Int {
        guard let skalar = nod.skalar, !skalar.citerad, let value = Int(skalar.text) else {
            throw fel("förväntade \(forvantat), fick \(beskrivning)")
        }
        guard intervall.contains(value) else {
            throw fel("förväntade \(forvantat) mellan \(intervall.lowerBound) och \(intervall.upperBound), fick \(value)")
        }
        return value
    }

    /// `true` or `false`, written plainly.
    package func sanningsvarde(_ forvantat: String) throws(ScenarioFel) -> Bool {
        guard let skalar = nod.skalar, !skalar.citerad else { throw fel("förväntade \(forvantat), fick \(beskrivning)") }
        switch skalar.text {
        case "true": return true
        case "false": return false
        default: throw fel("förväntade \(forvantat), fick \(beskrivning)")
        }
    }

    /// Text (any scalar) without control characters.
    package func text(_ forvantat: String = "en text") throws(ScenarioFel) -> String {
        guard let skalar = nod.skalar, !skalar.text.isEmpty else { throw fel("förväntade \(forvantat), fick \(beskrivning)") }
        guard !skalar.text.unicodeScalars.contains(where: Styrtecken.omfattar) else {
            throw fel("förväntade \(forvantat) utan styrtecken, fick \(beskrivning)")
        }
        return skalar.text
    }

    /// A path written relative to the file the value came from (the working directory for `--satt`), as an
    /// absolute file URL.
    package func url(_ forvantat: String) throws(ScenarioFel) -> URL {
        URL(fileURLWithPath: try text(forvantat), relativeTo: nod.ursprung.mapp).standardizedFileURL
    }

    /// A list of values.
    package func lista(_ forvantat: String) throws(ScenarioFel) -> [YamlVarde] {
        guard case .lista(let element) = nod.innehall else { throw fel("förväntade \(forvantat), fick \(beskrivning)") }
        return element.enumerated().map { barn("\($0.offset)", $0.element) }
    }

    /// How the value looks, for error messages.
    package var beskrivning: String {
        switch nod.innehall {
        case .skalar(let text, _):
            guard !text.isEmpty else { return "ett tomt värde" }
            return text.count > 60 ? "\"\(text.prefix(60))…\"" : "\"\(text)\""
        case .tabell: return "en tabell"
        case .lista: return "en lista"
        }
    }
}
