import CYaml

/// A first pass over a scenario's YAML, on libyaml's event stream, before any tree is built. It refuses
/// what the scenario format never needs and what could make reading explode or crash: type tags, anchors and aliases
/// (an alias used as a key, or the "billion laughs", expands exponentially), keys that are not plain text,
/// the same key twice in one table, more than `maxDjup` levels of nesting and more than `maxHandelser`
/// values. Syntax errors come back with their line and, for the common ones, in Swedish with a hint.
///
/// libyaml is the parser Yams is built on (its `CYaml` module); only this pass reads its events.
enum Yamlkontroll {
    static let maxDjup = 32
    static let maxHandelser = 200_000

    private struct Niva {
        let sokvag: String
        let tabell: Bool
        var vantarNyckel = true
        var nyckel = ""
        var nycklar: [String: Int] = [:]
        var index = 0

        /// The key path of the node that starts now in this collection.
        mutating func barnsSokvag() -> String {
            let namn: String
            if tabell { namn = nyckel } else { namn = "\(index)"; index += 1 }
            return sokvag.isEmpty ? namn : "\(sokvag).\(namn)"
        }
    }

    static func kontrollera(_ text: String, fil: String) throws(ScenarioFel) {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            throw ScenarioFel(fil: fil, rad: nil, nyckel: "", problem: "YAML-läsaren kunde inte startas")
        }
        defer { yaml_parser_delete(&parser) }
        let bytes = Array(text.utf8)
        try bytes.withUnsafeBufferPointer { (buffer) throws(ScenarioFel) in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            try gaIgenom(&parser, text: text, fil: fil)
        }
    }

    private static func gaIgenom(_ parser: inout yaml_parser_t, text: String, fil: String) throws(ScenarioFel) {
        var stack: [Niva] = []
        var handelser = 0
        while true {
            var event = yaml_event_t()
            guard yaml_parser_parse(&parser, &event) == 1 else { throw syntaxfel(parser, text: text, fil: fil) }
            defer { yaml_event_delete(&event) }
            let rad = Int(event.start_mark.line) + 1
            handelser += 1
            guard handelser <= maxHandelser else {
                throw ScenarioFel(fil: fil, rad: rad, nyckel: "",
                                  problem: "filen har fler än \(maxHandelser) värden; en scenariofil är betydligt mindre")
            }
            let typ = event.type
            if typ == YAML_STREAM_END_EVENT { return }
            if typ == YAML_ALIAS_EVENT {
                throw ScenarioFel(fil: fil, rad: rad, nyckel: stack.last?.sokvag ?? "",
                                  problem: "alias (*namn) stöds inte i scenariofiler; skriv ut värdet")
            }
            let startar = typ == YAML_SCALAR_EVENT || typ == YAML_MAPPING_START_EVENT || typ == YAML_SEQUENCE_START_EVENT
            guard startar else {
                if typ == YAML_MAPPING_END_EVENT || typ == YAML_SEQUENCE_END_EVENT { stack.removeLast() }
                continue
            }
            let ankare: UnsafeMutablePointer<yaml_char_t>? =
                typ == YAML_SCALAR_EVENT ? event.data.scalar.anchor
                : typ == YAML_MAPPING_START_EVENT ? event.data.mapping_start.anchor : event.data.sequence_start.anchor
            // The node that starts now: a key or a value in a table, an element of a list, or the root.
            var sokvag = ""
            if var niva = stack.popLast() {
                if niva.tabell && niva.vantarNyckel {
                    guard typ == YAML_SCALAR_EVENT else {
                        throw ScenarioFel(fil: fil, rad: rad, nyckel: niva.sokvag,
                                          problem: "en nyckel är en \(typ == YAML_MAPPING_START_EVENT ? "tabell" : "lista"); "
                                              + "nycklar ska vara text eller årtal")
                    }
                    let nyckel = skalartext(event)
                    let full = niva.sokvag.isEmpty ? nyckel : "\(niva.sokvag).\(nyckel)"
                    if let forra = niva.nycklar[nyckel] {
                        throw ScenarioFel(fil: fil, rad: rad, nyckel: full,
                                          problem: "nyckeln finns redan på rad \(forra) i samma tabell; ta bort den ena")
                    }
                    niva.nycklar[nyckel] = rad
                    niva.nyckel = nyckel
                    niva.vantarNyckel = false
                    sokvag = full
                } else {
                    sokvag = niva.barnsSokvag()
                    niva.vantarNyckel = true
                }
                stack.append(niva)
            }
            if ankare != nil {
                throw ScenarioFel(fil: fil, rad: rad, nyckel: sokvag,
                                  problem: "ankare (&namn) stöds inte i scenariofiler; skriv ut värdet där det används")
            }
            let tagg: UnsafeMutablePointer<yaml_char_t>? =
                typ == YAML_SCALAR_EVENT ? event.data.scalar.tag
                : typ == YAML_MAPPING_START_EVENT ? event.data.mapping_start.tag : event.data.sequence_start.tag
            if tagg != nil {
                throw ScenarioFel(fil: fil, rad: rad, nyckel: sokvag,
                                  problem: "typtaggar (!namn, !!str) stöds inte i scenariofiler; skriv värdet utan tagg")
            }
            if typ != YAML_SCALAR_EVENT {
                guard stack.count < maxDjup else {
                    throw ScenarioFel(fil: fil, rad: rad, nyckel: sokvag,
                                      problem: "mer än \(maxDjup) nivåer av tabeller och listor i varandra")
                }
                stack.append(Niva(sokvag: sokvag, tabell: typ == YAML_MAPPING_START_EVENT))
            }
        }
    }

    private static func skalartext(_ event: yaml_event_t) -> String {
        guard let value = event.data.scalar.value else { return "" }
        let buffer = UnsafeBufferPointer(start: value, count: Int(event.data.scalar.length))
        return String(decoding: buffer, as: UTF8.self)
    }

    /// A syntax error at its line, in Swedish where the problem is a common one.
    private static func syntaxfel(_ parser: yaml_parser_t, text: String, fil: String) -> ScenarioFel {
        let problem = parser.problem.map { String(cString: $0) } ?? "okänt fel"
        let rad = Int(parser.problem_mark.line) + 1
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let radtext = rad <= lines.count ? lines[rad - 1] : ""
        var beskrivning: String
        switch problem {
        case "found character that cannot start any token":
            beskrivning = "ett tecken som inte kan inleda något värde"
        case "mapping values are not allowed in this context":
            beskrivning = "ett kolon där det inte får stå (saknas ett mellanslag efter kolon, eller citattecken runt texten?)"
        case "found unexpected end of stream":
            beskrivning = "filen tar slut mitt i ett värde (saknas ett avslutande citattecken eller en parentes?)"
        case "did not find expected ',' or ']'", "did not find expected ',' or '}'":
            beskrivning = "en lista eller tabell inom klamrar avslutas inte rätt"
        case "did not find expected key", "did not find expected '-' indicator":
            beskrivning = "indraget stämmer inte med raderna ovanför"
        case "Maximum nesting level reached, set with yaml_set_max_nest_level())":
            beskrivning = "för många nivåer av tabeller och listor i varandra"
        case "control characters are not allowed", "invalid leading UTF-8 octet", "invalid trailing UTF-8 octet":
            beskrivning = "filen innehåller styrtecken som inte hör hemma i text"
        case "found a tab character that violates indentation", "found a tab character where an indentation space is expected":
            beskrivning = "ett tabbtecken i indraget"
        case "could not find expected ':'":
            beskrivning = "ett kolon saknas efter nyckeln"
        case "did not find expected node content":
            beskrivning = "ett värde saknas där det ska stå ett"
        case "block sequence entries are not allowed in this context":
            beskrivning = "ett listelement (-) där det inte får stå"
        case "did not find expected comment or line break":
            beskrivning = "något står efter värdet på raden (citattecken runt en text med kolon eller #?)"
        case "found unknown escape character", "found undefined tag handle", "did not find URI escaped octet":
            beskrivning = "ett tecken inom citattecken eller efter ! som YAML inte känner igen"
        case "found unexpected ':'":
            beskrivning = "ett kolon där det inte får stå"
        default:
            beskrivning = ""
        }
        beskrivning = beskrivning.isEmpty ? "ogiltig YAML (libyamls beskrivning: \(problem))" : "ogiltig YAML: \(beskrivning) (\(problem))"
        if radtext.contains("\t") {
            beskrivning += "; raden innehåller tabbtecken: YAML tillåter bara mellanslag för indrag"
        }
        return ScenarioFel(fil: fil, rad: rad, nyckel: "", problem: beskrivning)
    }
}
