import Budget
import Foundation
import Vokabular
import Yams

/// A value in a scenario's YAML with its key path and position, offering typed reads that fail with a
/// `ScenarioFel` naming file, line, key path and what was expected.
struct YamlVarde {
    let node: Node
    let sokvag: String
    let fil: String

    /// Parses a YAML document after `Yamlkontroll` has checked it; syntax errors become a `ScenarioFel` with
    /// the line of the problem.
    static func las(_ text: String, fil: String) throws(ScenarioFel) -> YamlVarde {
        try Yamlkontroll.kontrollera(text, fil: fil)
        let node: Node?
        do {
            node = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw ScenarioFel(fil: fil, rad: error.rad, nyckel: "", problem: "ogiltig YAML: \(error.problem)")
        } catch {
            throw ScenarioFel(fil: fil, rad: nil, nyckel: "", problem: "ogiltig YAML: \(error)")
        }
        guard let node else {
            throw ScenarioFel(fil: fil, rad: 1, nyckel: "", problem: "filen är tom; förväntade en scenariofil i YAML")
        }
        return YamlVarde(node: node, sokvag: "", fil: fil)
    }

    var rad: Int? { node.mark?.line }

    func fel(_ problem: String) -> ScenarioFel { ScenarioFel(fil: fil, rad: rad, nyckel: sokvag, problem: problem) }

    private func barn(_ nyckel: String, _ node: Node) -> YamlVarde {
        YamlVarde(node: node, sokvag: sokvag.isEmpty ? nyckel : "\(sokvag).\(nyckel)", fil: fil)
    }

    /// The entries of a mapping in file order; anything else is an error.
    func poster(_ forvantat: String = "en tabell med nycklar") throws(ScenarioFel) -> [(nyckel: String, varde: YamlVarde)] {
        guard let mapping = node.mapping else { throw fel("förväntade \(forvantat), fick \(beskrivning)") }
        return mapping.map { (key, value) in
            let namn = key.scalar?.string ?? ""
            return (namn, barn(namn, value))
        }
    }

    /// A mapping whose keys must all be among `tillatna`; returns lookup by key.
    func tabell(tillatna: [String]) throws(ScenarioFel) -> [String: YamlVarde] {
        var result: [String: YamlVarde] = [:]
        for (nyckel, varde) in try poster() {
            guard tillatna.contains(nyckel) else {
                throw ScenarioFel(fil: fil, rad: varde.rad, nyckel: varde.sokvag,
                                  problem: "okänd nyckel; tillåtna här är \(tillatna.joined(separator: ", "))")
            }
            result[nyckel] = varde
        }
        return result
    }

    /// A required key of a mapping already read with `tabell`.
    func kravd(_ nyckel: String, i tabell: [String: YamlVarde], forvantat: String) throws(ScenarioFel) -> YamlVarde {
        guard let varde = tabell[nyckel] else {
            throw ScenarioFel(fil: fil, rad: rad, nyckel: sokvag.isEmpty ? nyckel : "\(sokvag).\(nyckel)",
                              problem: "nyckeln saknas; förväntade \(forvantat)")
        }
        return varde
    }

    /// A number written plainly (3.1, -1.5, 40) within `intervall`; quoted values, text and numbers outside
    /// the range are errors.
    func tal(_ forvantat: String = "ett tal", intervall: ClosedRange<Double> = Granser.mnkr) throws(ScenarioFel) -> Double {
        guard let scalar = node.scalar else { throw fel("förväntade \(forvantat), fick \(beskrivning)") }
        let text = scalar.string.trimmingCharacters(in: .whitespaces)
        if scalar.style == .plain || scalar.style == .any, let value = Decimaltal.tolka(text, decimaltecken: ".") {
            guard intervall.contains(value) else {
                throw fel("förväntade \(forvantat) \(Granser.beskrivning(intervall)), fick \(text)")
            }
            return value
        }
        var problem = "förväntade \(forvantat), fick texten \"\(scalar.string)\""
        let medPunkt = text.replacingOccurrences(of: ",", with: ".").replacingOccurrences(of: "−", with: "-")
            .replacingOccurrences(of: " ", with: "")
        if let value = Decimaltal.tolka(medPunkt, decimaltecken: ".") {
            problem += "; skriv talet utan citattecken och med decimalpunkt: \(medPunkt)"
        }
        throw fel(problem)
    }

    /// A whole number (e.g. a year) within `intervall`.
    func heltal(_ forvantat: String = "ett heltal", intervall: ClosedRange<Int>) throws(ScenarioFel) -> Int {
        guard let scalar = node.scalar, scalar.style == .plain || scalar.style == .any,
              let value = Int(scalar.string) else {
            throw fel("förväntade \(forvantat), fick \(beskrivning)")
        }
        guard intervall.contains(value) else {
            throw fel("förväntade \(forvantat) mellan \(intervall.lowerBound) och \(intervall.upperBound), fick \(value)")
        }
        return value
    }

    /// `true` or `false`, written plainly.
    func sanningsvarde(_ forvantat: String) throws(ScenarioFel) -> Bool {
        guard let scalar = node.scalar, scalar.style == .plain || scalar.style == .any else {
            throw fel("förväntade \(forvantat), fick \(beskrivning)")
        }
        switch scalar.string {
        case "true": return true
        case "false": return false
        default: throw fel("förväntade \(forvantat), fick \(beskrivning)")
        }
    }

    /// Text (any scalar) without control characters.
    func text(_ forvantat: String = "en text") throws(ScenarioFel) -> String {
        guard let scalar = node.scalar, !scalar.string.isEmpty else { throw fel("förväntade \(forvantat), fick \(beskrivning)") }
        guard !scalar.string.unicodeScalars.contains(where: Styrtecken.omfattar) else {
            throw fel("förväntade \(forvantat) utan styrtecken, fick \(beskrivning)")
        }
        return scalar.string
    }

    /// A list of values.
    func lista(_ forvantat: String) throws(ScenarioFel) -> [YamlVarde] {
        guard let sequence = node.sequence else { throw fel("förväntade \(forvantat), fick \(beskrivning)") }
        return sequence.enumerated().map { barn("\($0.offset)", $0.element) }
    }

    /// How the value looks, for error messages.
    var beskrivning: String {
        switch node {
        case .scalar(let s):
            guard !s.string.isEmpty else { return "ett tomt värde" }
            return s.string.count > 60 ? "\"\(s.string.prefix(60))…\"" : "\"\(s.string)\""
        case .mapping: return "en tabell"
        case .sequence: return "en lista"
        case .alias: return "ett alias"
        }
    }
}

extension YamlError {
    /// The line of a parse error, when libyaml reports one.
    var rad: Int? {
        switch self {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _): return mark.line
        default: return nil
        }
    }

    /// The problem as libyaml states it.
    var problem: String {
        switch self {
        case .scanner(_, let problem, _, _), .parser(_, let problem, _, _), .composer(_, let problem, _, _): return problem
        default: return "\(self)"
        }
    }
}
