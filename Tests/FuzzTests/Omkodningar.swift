import LinearAlgebra

/// Whole-file re-encodings: UTF-16 with byte-order mark, Latin-1 (å, ä, ö as single bytes), and the two
/// that keep the meaning, CRLF line endings and a UTF-8 byte-order mark.
enum Omkodningar {
    static let alla: [Mutation] = [
        Mutation(namn: "utf16", vikt: 1) { data, rng in
            let storEndian = rng.index(2) == 0
            let enheter = [0xFEFF] + Array(String(decoding: data, as: UTF8.self).utf16)
            data = enheter.flatMap { storEndian ? [UInt8($0 >> 8), UInt8($0 & 0xFF)] : [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
            return storEndian ? "omkodad till UTF-16BE med BOM" : "omkodad till UTF-16LE med BOM"
        },
        Mutation(namn: "latin1", vikt: 1) { data, _ in
            data = String(decoding: data, as: UTF8.self).unicodeScalars.map { $0.value < 256 ? UInt8($0.value) : UInt8(ascii: "?") }
            return "omkodad till Latin-1"
        },
        Mutation(namn: "crlf", vikt: 1, bevarande: true) { data, _ in
            let ensamma = data.indices.filter { data[$0] == 0x0A && ($0 == 0 || data[$0 - 1] != 0x0D) }
            guard !ensamma.isEmpty else { return nil }
            for i in ensamma.reversed() { data.insert(0x0D, at: i) }
            return "CRLF-radslut"
        },
        Mutation(namn: "utf8bom", vikt: 1, bevarande: true) { data, _ in
            guard !data.starts(with: [0xEF, 0xBB, 0xBF]) else { return nil }
            data = [0xEF, 0xBB, 0xBF] + data
            return "UTF-8 med BOM"
        },
    ]
}
