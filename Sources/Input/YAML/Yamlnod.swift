import Foundation
import Yams

/// A node of a scenario's YAML that remembers where it was written: the file (or the command line) and
/// the line. Built once from Yams's tree after `Yamlkontroll` has checked the text, so that trees from
/// several files can be laid over each other (`Scenariofil`) and every value still names its own origin.
struct Yamlnod: Sendable {
    /// What the node holds.
    enum Innehall: Sendable {
        /// Text as written; `citerad` when it was quoted or a block scalar (`"10"`, `'x'`, `|`), which the
        /// readers of numbers, whole numbers and truth values refuse.
        case skalar(String, citerad: Bool)
        /// Keys and values in file order.
        case tabell([(nyckel: String, varde: Yamlnod)])
        case lista([Yamlnod])
    }

    /// Where a node was written.
    enum Ursprung: Sendable, Equatable {
        case fil(URL)
        /// A `--satt` value.
        case kommandoraden

        /// The origin as errors name it.
        var namn: String {
            switch self {
            case .fil(let url): return url.path
            case .kommandoraden: return "kommandoraden (--satt)"
            }
        }

        /// The folder that relative paths written here start from: the file's folder, or the working
        /// directory for the command line.
        var mapp: URL {
            switch self {
            case .fil(let url): return url.deletingLastPathComponent()
            case .kommandoraden: return URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
            }
        }
    }

    let innehall: Innehall
    let ursprung: Ursprung
    /// 1-based line, when known (not for the command line).
    let rad: Int?

    /// Checks and parses a YAML document; syntax errors become a `ScenarioFel` with the line of the problem.
    static func las(_ text: String, ursprung: Ursprung) throws(ScenarioFel) -> Yamlnod {
        let fil = ursprung.namn
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
        return Yamlnod(node, ursprung: ursprung)
    }

    /// Converts Yams's tree; lines are kept for files only.
    private init(_ node: Node, ursprung: Ursprung) {
        self.ursprung = ursprung
        rad = ursprung == .kommandoraden ? nil : node.mark?.line
        switch node {
        case .scalar(let s):
            innehall = .skalar(s.string, citerad: s.style != .plain && s.style != .any)
        case .mapping(let m):
            innehall = .tabell(m.map { (nyckel: $0.key.scalar?.string ?? "", varde: Yamlnod($0.value, ursprung: ursprung)) })
        case .sequence(let s):
            innehall = .lista(s.map { Yamlnod($0, ursprung: ursprung) })
        case .alias:
            // `Yamlkontroll` refuses aliases before Yams builds a tree, so none arrives here; an empty text
            // keeps the conversion total without a crash path.
            innehall = .skalar("", citerad: false)
        }
    }

    init(_ innehall: Innehall, ursprung: Ursprung, rad: Int?) {
        self.innehall = innehall
        self.ursprung = ursprung
        self.rad = rad
    }

    /// The entries when the node is a mapping.
    var poster: [(nyckel: String, varde: Yamlnod)]? {
        guard case .tabell(let poster) = innehall else { return nil }
        return poster
    }

    /// The text when the node is a scalar.
    var skalar: (text: String, citerad: Bool)? {
        guard case .skalar(let text, let citerad) = innehall else { return nil }
        return (text, citerad)
    }

    /// This node laid over `bas`: mappings merge key by key (the base's keys in their order, new keys after
    /// them), anything else replaces. A merged mapping keeps this node's origin.
    func lagd(over bas: Yamlnod) -> Yamlnod {
        guard let egna = poster, var resultat = bas.poster else { return self }
        for (nyckel, varde) in egna {
            if let i = resultat.firstIndex(where: { $0.nyckel == nyckel }) {
                resultat[i].varde = varde.lagd(over: resultat[i].varde)
            } else {
                resultat.append((nyckel, varde))
            }
        }
        return Yamlnod(.tabell(resultat), ursprung: ursprung, rad: rad)
    }

    /// The mapping with `nyckel` replaced by `varde` (or removed when `varde` is nil).
    func med(_ nyckel: String, _ varde: Yamlnod?) -> Yamlnod {
        var resultat = poster ?? []
        if let i = resultat.firstIndex(where: { $0.nyckel == nyckel }) {
            if let varde { resultat[i].varde = varde } else { resultat.remove(at: i) }
        } else if let varde {
            resultat.append((nyckel, varde))
        }
        return Yamlnod(.tabell(resultat), ursprung: ursprung, rad: rad)
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
