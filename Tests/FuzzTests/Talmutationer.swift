import LinearAlgebra

/// Damage to the tokens that carry meaning: numbers replaced by extremes, years by ones no calendar has,
/// keys renamed (YAML keys, CSV first fields).
enum Talmutationer {
    /// Numbers at the edges of Double and Int, non-numbers YAML and Swift both read, and percentages at −100.
    static let extremaTal = ["1e19", "-1e19", "1e300", "-1e300", "9223372036854775807", "-9223372036854775808",
                             "1e-320", "0", "-0", "nan", "inf", ".inf", "-.inf", ".nan", String(repeating: "9", count: 400),
                             "-" + String(repeating: "9", count: 400), "99.999", "-99.999", "-100", "1e8"]
    static let extremaAr = ["9223372036854775807", "-9223372036854775808", "0", "-1"]

    static let alla: [Mutation] = [
        Mutation(namn: "tal", vikt: 8) { data, rng in
            let tal = Bytetext.traffar(#"(?<![0-9A-Za-z_.])-?[0-9]+(\.[0-9]+)?(?![0-9A-Za-z_])"#, i: data)
            guard !tal.isEmpty else { return nil }
            return Bytetext.ersatt(&data, rng.valj(tal), med: Array(rng.valj(extremaTal).utf8), vad: "talet")
        },
        Mutation(namn: "ar", vikt: 4) { data, rng in
            let ar = Bytetext.traffar("(?<![0-9])(19|20)[0-9]{2}(?![0-9])", i: data)
            guard !ar.isEmpty else { return nil }
            return Bytetext.ersatt(&data, rng.valj(ar), med: Array(rng.valj(extremaAr).utf8), vad: "året")
        },
        Mutation(namn: "yamlnyckel", vikt: 4, passar: Mutation.yaml) { data, rng in
            byttNyckel(&data, Yamlmutationer.nycklar(data), &rng)
        },
        Mutation(namn: "csvnyckel", vikt: 4, passar: Mutation.csv) { data, rng in
            byttNyckel(&data, Bytetext.traffar("^([^,\\n]*)", i: data, grupp: 1), &rng)
        },
    ]

    /// Renames one of `nycklar`: empty, another key of the file, misspelt, upper case, quoted, null, merge key.
    private static func byttNyckel(_ data: inout [UInt8], _ nycklar: [Range<Int>], _ rng: inout SplitMix64) -> String? {
        guard !nycklar.isEmpty else { return nil }
        let plats = rng.valj(nycklar)
        let nyckel = Array(data[plats])
        let varianter: [[UInt8]] = [
            [], Array(data[rng.valj(nycklar)]), nyckel + Array("x".utf8),
            Array(String(decoding: nyckel, as: UTF8.self).uppercased().utf8),
            nyckel.enumerated().map { $0.offset == nyckel.count / 2 ? UInt8(ascii: "q") : $0.element },
            Array("\"".utf8) + nyckel + Array("\"".utf8), Array("~".utf8), Array("<<".utf8),
        ]
        return Bytetext.ersatt(&data, plats, med: rng.valj(varianter), vad: "nyckeln")
    }
}
