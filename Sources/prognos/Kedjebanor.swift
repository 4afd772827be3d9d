import ArgumentParser

/// The options of the chain's stochastic paths, which `kor` and `jamfor` share.
struct Kedjebanor: ParsableArguments {
    @Option(name: .long, help: "Kör befolkningens slumpbanor genom hela kedjan, varje kedja i en jämförelse, och visa intervall (1–100 000 banor).")
    var simuleringar: Int?

    @Option(name: .long, help: "Slumpfrö för banorna (standard: befolkningsscenariots).")
    var seed: UInt64?

    @Flag(name: .long, help: "Visa inga framsteg under långa körningar.")
    var tyst = false

    func validate() throws {
        if let simuleringar, !(1...100_000).contains(simuleringar) {
            throw ValidationError("--simuleringar ska vara 1–100 000.")
        }
    }

    /// Progress of the paths, unless `--tyst`, no paths are run or they are few (any paths when every
    /// report is to be written, `PROGNOS_FRAMSTEG_SEKUNDER=0`).
    var framsteg: Framsteg? {
        guard let simuleringar, simuleringar >= 1_000 || Framsteg.intervall == 0 else { return nil }
        return Framsteg.ny("kedjans banor", tyst: tyst)
    }
}
