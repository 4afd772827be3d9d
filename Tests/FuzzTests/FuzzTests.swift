import Testing

/// Seeded mutations of the shipped input, run in-process through the loaders. Replay one case with
/// `PROGNOS_FUZZ_SEED=<seed> swift test --filter Fuzz`.
@Suite("Fuzz")
struct FuzzTests {
    @Test("3 000 mutated copies of the default scenario and its data: each runs or fails with a located ScenarioFel")
    func scenario() throws {
        let seeds = Fuzzsvep.seeds(standard: 1...3_000)
        let summering = try Fuzzsvep(mal: try .scenario()).kor(seeds)
        if seeds.count >= 1_000 {
            // The mutations must reach the computation and the error paths alike, or the sweep proves little.
            #expect(summering.klara >= seeds.count / 20, "\(summering)")
            #expect(summering.avvisade >= seeds.count / 4, "\(summering)")
        }
    }

    @Test("600 mutated copies of a population scenario and its SCB data: each runs or fails with a located ScenarioFel")
    func befolkning() throws {
        let seeds = Fuzzsvep.seeds(standard: 1...600)
        // A case whose scenario lost its `simuleringar` and `horisont` lines runs the defaults (1 000 paths over
        // 30 years), a few seconds in a debug build: slow, not hung.
        var svep = Fuzzsvep(mal: try .befolkning())
        svep.tidsgrans = 20
        let summering = try svep.kor(seeds)
        if seeds.count >= 600 {
            #expect(summering.klara >= seeds.count / 20, "\(summering)")
            #expect(summering.avvisade >= seeds.count / 4, "\(summering)")
        }
    }

    @Test("400 mutated copies of a workforce scenario, its data and its population: each runs or fails with a located ScenarioFel")
    func personal() throws {
        let seeds = Fuzzsvep.seeds(standard: 1...400)
        var svep = Fuzzsvep(mal: try .personal())
        svep.tidsgrans = 20
        let summering = try svep.kor(seeds)
        if seeds.count >= 400 {
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
