import LinearAlgebra

/// Line-level damage: deleted, duplicated and swapped lines, a truncated file, an empty file.
enum Radmutationer {
    static let alla: [Mutation] = [
        Mutation(namn: "radBort", vikt: 2) { data, rng in
            andraRader(&data) { rader in
                let i = rng.index(rader.count)
                rader.remove(at: i)
                return "rad \(i + 1) borttagen"
            }
        },
        Mutation(namn: "radDubbel", vikt: 2) { data, rng in
            andraRader(&data) { rader in
                let i = rng.index(rader.count)
                rader.insert(rader[i], at: i)
                return "rad \(i + 1) dubblerad"
            }
        },
        Mutation(namn: "radByt", vikt: 2) { data, rng in
            andraRader(&data) { rader in
                guard rader.count >= 2 else { return nil }
                let i = rng.index(rader.count), j = (i + 1 + rng.index(rader.count - 1)) % rader.count
                rader.swapAt(i, j)
                return "rad \(i + 1) och \(j + 1) bytta"
            }
        },
        Mutation(namn: "avkortad", vikt: 2) { data, rng in
            guard !data.isEmpty else { return nil }
            let n = rng.index(data.count)
            let beskrivning = "avkortad efter byte \(n) (rad \(Bytetext.rad(n, i: data)))"
            data.removeSubrange(n...)
            return beskrivning
        },
        Mutation(namn: "tom", vikt: 1) { data, _ in
            guard !data.isEmpty else { return nil }
            data = []
            return "tom fil"
        },
    ]

    /// Applies `andring` to the lines of `data` (split at "\n", which the join restores); nil leaves them.
    private static func andraRader(_ data: inout [UInt8], _ andring: (inout [ArraySlice<UInt8>]) -> String?) -> String? {
        guard !data.isEmpty else { return nil }
        var rader = data.split(separator: 0x0A, omittingEmptySubsequences: false)
        guard let beskrivning = andring(&rader) else { return nil }
        data = Array(rader.joined(separator: [0x0A]))
        return beskrivning
    }
}
