import Testing

/// Seeded mutations of the shipped input, run in-process through the loaders. Replay one case with
/// `PROGNOS_FUZZ_SEED=<seed> swift test --filter Fuzz`.
@Suite("Fuzz")
struct FuzzTests {
    @Test("3 000 mutated copies of the default scenario and its data: each runs or fails with a located ScenarioFel")
    func scenario() throws {
        try svep(try .scenario(), fall: 3_000)
    }

    @Test("600 mutated copies of a population scenario and its SCB data: each runs or fails with a located ScenarioFel")
    func befolkning() throws {
        // A case whose scenario lost its `simuleringar` and `horisont` lines runs the defaults (1 000 paths over
        // 30 years): slower than the others, not hung.
        try svep(try .befolkning(), fall: 600, tidsgrans: 20)
    }

    @Test("300 mutated copies of SCB data as JSON-stat: each runs or fails with a located ScenarioFel")
    func jsonstat() throws {
        try svep(try .jsonstat(), fall: 300, tidsgrans: 20)
    }

    @Test("400 mutated copies of a workforce scenario, its data and its population: each runs or fails with a located ScenarioFel")
    func personal() throws {
        try svep(try .personal(), fall: 400, tidsgrans: 20)
    }

    @Test("300 mutated copies of the ledger's import files: each is read, imported and reported, or refused at its line")
    func uppfoljning() throws {
        try svep(try .uppfoljning(), fall: 300, tidsgrans: 10)
    }

    @Test("200 mutated copies of SCB's API answers: each is fetched into the data layout, or refused naming its table")
    func pxweb() throws {
        try svep(try .pxweb(), fall: 200)
    }

    /// Runs seeds 1…`fall` (or those `PROGNOS_FUZZ_SEED` names) against `mal`. A full sweep must reach the
    /// computation and the error paths alike, or it proves little: at least 5 % run and 25 % are refused.
    private func svep(_ mal: Fuzzmal, fall: UInt64, tidsgrans: Double = 2) throws {
        let seeds = Fuzzsvep.seeds(standard: 1...fall)
        var svep = Fuzzsvep(mal: mal)
        svep.tidsgrans = tidsgrans
        let summering = try svep.kor(seeds)
        if seeds.count >= fall {
            #expect(summering.klara >= seeds.count / 20, "\(summering)")
            #expect(summering.avvisade >= seeds.count / 4, "\(summering)")
        }
    }

    @Test("A seed gives the same mutated files and description every time")
    func reproducerbar() throws {
        let mal = try Fuzzmal.scenario()
        for seed: UInt64 in [1, 42, 2_999] {
            let a = Fuzzfall(seed: seed, mal: mal), b = Fuzzfall(seed: seed, mal: mal)
            #expect(a.filer == b.filer && a.beskrivning == b.beskrivning)
            #expect(a.filer != mal.filer, "fall \(seed): \(a.beskrivning)")
        }
    }
}
