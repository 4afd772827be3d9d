import LinearAlgebra

/// YAML's own ways to surprise a reader: anchors and aliases, a small "billion laughs" whose alias is a
/// mapping key, flow collections as keys, duplicate keys and nesting far deeper than any scenario.
enum Yamlmutationer {
    static let alla: [Mutation] = [
        Mutation(namn: "alias", vikt: 2, passar: Mutation.yaml) { data, rng in
            let varden = varden(data)
            guard !varden.isEmpty else { return nil }
            let ankare = rng.valj(varden), alias = rng.valj(varden)
            guard !ankare.overlaps(alias), ankare.lowerBound != alias.lowerBound else { return nil }
            let beskrivning = "ankare &f på rad \(Bytetext.rad(ankare.lowerBound, i: data)), "
                + "aliaset *f i stället för \(Bytetext.visa(data[alias])) på rad \(Bytetext.rad(alias.lowerBound, i: data))"
            for (plats, text) in [(ankare.lowerBound..<ankare.lowerBound, "&f "), (alias, "*f")]
                .sorted(by: { $0.0.lowerBound > $1.0.lowerBound }) {
                data.replaceSubrange(plats, with: Array(text.utf8))
            }
            return beskrivning
        },
        Mutation(namn: "okäntAlias", vikt: 1, passar: Mutation.yaml) { data, rng in
            let varden = varden(data)
            guard !varden.isEmpty else { return nil }
            return Bytetext.ersatt(&data, rng.valj(varden), med: Array("*saknas".utf8), vad: "värdet")
        },
        Mutation(namn: "skrattbomb", vikt: 2, passar: Mutation.yaml) { data, rng in
            let nycklar = nycklar(data).filter { !arFlode($0, data) }
            guard !nycklar.isEmpty else { return nil }
            let nyckel = rng.valj(nycklar)
            let radstart = data[..<nyckel.lowerBound].lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
            let indrag = String(decoding: data[radstart..<nyckel.lowerBound], as: UTF8.self)
            let bredd = 4 + rng.index(7), djup = 2 + rng.index(5)
            var rader = ["\(indrag)lol0: &lol0 [" + Array(repeating: "lol", count: bredd).joined(separator: ", ") + "]"]
            for n in 1..<djup {
                rader.append("\(indrag)lol\(n): &lol\(n) [" + Array(repeating: "*lol\(n - 1)", count: bredd).joined(separator: ", ") + "]")
            }
            rader.append("\(indrag)*lol\(djup - 1) : lol\n")
            let rad = Bytetext.rad(nyckel.lowerBound, i: data)
            data.replaceSubrange(radstart..<radstart, with: Array(rader.joined(separator: "\n").utf8))
            return "skrattbomb \(bredd)^\(djup) med aliaset som nyckel före rad \(rad)"
        },
        Mutation(namn: "flödesnyckel", vikt: 2, passar: Mutation.yaml) { data, rng in
            let nycklar = nycklar(data)
            guard !nycklar.isEmpty else { return nil }
            let djup = String(repeating: "[", count: 500) + String(repeating: "]", count: 500)
            let nyckel = rng.valj(["{a: 1}", "[2023, 2024]", "[]", "{}", "{2023: [x, {y: z}]}", djup])
            return Bytetext.ersatt(&data, rng.valj(nycklar), med: Array(nyckel.utf8), vad: "nyckeln")
        },
        Mutation(namn: "dubbelnyckel", vikt: 2, passar: Mutation.yaml) { data, rng in
            let nycklar = nycklar(data)
            guard !nycklar.isEmpty else { return nil }
            let nyckel = rng.valj(nycklar)
            let radstart = data[..<nyckel.lowerBound].lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
            let tillagg = arFlode(nyckel, data) ? data[nyckel] + Array(": 0, ".utf8)
                : data[nyckel] + Array(": 0\n".utf8) + data[radstart..<nyckel.lowerBound]
            let beskrivning = "nyckeln \(Bytetext.visa(data[nyckel])) på rad \(Bytetext.rad(nyckel.lowerBound, i: data)) dubblerad"
            data.replaceSubrange(nyckel.lowerBound..<nyckel.lowerBound, with: tillagg)
            return beskrivning
        },
        Mutation(namn: "djup", vikt: 2, passar: Mutation.yaml) { data, rng in
            let varden = varden(data)
            guard !varden.isEmpty else { return nil }
            let (n, oppna, stang) = rng.valj([(10_000, "[", ""), (100_000, "[", ""), (10_000, "[", "]"), (999, "[", "]"),
                                             (1_000, "{a: ", "}"), (2_000, "- ", "")])
            let text = String(repeating: oppna, count: n) + "1" + String(repeating: stang, count: n)
            return Bytetext.ersatt(&data, rng.valj(varden), med: Array(text.utf8), vad: "värdet")
        },
    ]

    /// Keys: the text before ": " at the start of a line (block style) or after "{" or "," (flow style).
    static func nycklar(_ data: [UInt8]) -> [Range<Int>] {
        (Bytetext.traffar(#"^[ \t]*([A-Za-z0-9_][^:#\n]*?):(?=[ \t\r]|$)"#, i: data, grupp: 1)
            + Bytetext.traffar(#"[{,][ \t]*([^\s{}\[\],:#]+):(?=[ \t])"#, i: data, grupp: 1))
            .sorted { $0.lowerBound < $1.lowerBound }
    }

    /// Values: what follows a key up to a comment or the end of the line (block style), or up to the next
    /// "," or "}" (flow style).
    static func varden(_ data: [UInt8]) -> [Range<Int>] {
        (Bytetext.traffar(#"^[ \t]*[A-Za-z0-9_][^:#\n]*?:[ \t]+([^ \t#\r\n][^#\r\n]*?)[ \t]*(#[^\n]*)?\r?$"#, i: data, grupp: 1)
            + Bytetext.traffar(#"[{,][ \t]*[^\s{}\[\],:#]+:[ \t]+([^,{}\[\]\s]+)"#, i: data, grupp: 1))
            .sorted { $0.lowerBound < $1.lowerBound }
    }

    /// Whether a key stands inside a flow mapping ("{2023: 1}") rather than at the start of a line.
    private static func arFlode(_ nyckel: Range<Int>, _ data: [UInt8]) -> Bool {
        let fore = data[..<nyckel.lowerBound].last { $0 != 0x20 && $0 != 0x09 }
        return fore == UInt8(ascii: "{") || fore == UInt8(ascii: ",")
    }
}
