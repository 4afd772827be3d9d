import LinearAlgebra

/// One fuzz case: the target's files with one to three mutations drawn from `seed`. The same seed gives the
/// same files on every machine, so a failure is replayed with its seed alone.
struct Fuzzfall: Sendable {
    let seed: UInt64
    let filer: [Fuzzfil]
    /// What was done, e.g. "resultatbudget.csv: talet "1064.5" på rad 2 → "1e300"".
    let beskrivning: String
    /// Every mutation kept the meaning: the run must give the unmutated result.
    let bevarande: Bool

    init(seed: UInt64, mal: Fuzzmal, mutationer: [Mutation] = Mutation.alla) {
        var rng = SplitMix64(seed: seed)
        var filer = mal.filer
        var steg: [String] = []
        var bevarande = true
        let antal = [1, 1, 1, 1, 1, 1, 2, 2, 2, 3][rng.index(10)]
        while steg.count < antal {
            let f = rng.index(2) == 0 ? 0 : rng.index(filer.count)
            let lampliga = mutationer.filter { $0.passar(filer[f].sokvag) }
            let mutation = Self.dra(lampliga, &rng)
            guard let gjort = mutation.andra(&filer[f].data, &rng) else { continue }
            steg.append("\(filer[f].sokvag): \(gjort)")
            bevarande = bevarande && mutation.bevarande
        }
        self.seed = seed
        self.filer = filer
        self.beskrivning = steg.joined(separator: "; ")
        self.bevarande = bevarande
    }

    /// A mutation drawn by weight.
    private static func dra(_ mutationer: [Mutation], _ rng: inout SplitMix64) -> Mutation {
        var kvar = rng.index(mutationer.reduce(0) { $0 + $1.vikt })
        for m in mutationer {
            if kvar < m.vikt { return m }
            kvar -= m.vikt
        }
        preconditionFailure("vikterna summerar inte")
    }
}
