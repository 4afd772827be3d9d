import LinearAlgebra

/// Garbage bytes inserted anywhere: NUL, control characters, invalid UTF-8, a lone carriage return, a tab.
enum Bytemutationer {
    static let skrap: [[UInt8]] = [
        [0x00], [0x01], [0x08], [0x0B], [0x0C], [0x1B], [0x7F], [0x0D], [0x09],
        [0xFF], [0xFE], [0xC3], [0x80], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80],
        [0xEF, 0xBB, 0xBF], [0xE2, 0x80, 0xA8], [0xC2, 0x85], [0xE2, 0x88, 0x92],
    ]

    static let alla: [Mutation] = [
        Mutation(namn: "skrap", vikt: 4) { data, rng in
            let n = rng.index(data.count + 1)
            let bytes = rng.index(4) == 0 ? (0..<(1 + rng.index(8))).map { _ in UInt8(truncatingIfNeeded: rng.next()) }
                : rng.valj(skrap)
            let beskrivning = "infogade \(Bytetext.visa(bytes)) vid byte \(n) (rad \(Bytetext.rad(n, i: data)))"
            data.insert(contentsOf: bytes, at: n)
            return beskrivning
        },
    ]
}
