import Foundation
import Testing

/// Runs many seeded cases against a target and records a test issue for each case that breaks the promise:
/// succeed, or fail with the target's typed error and a location — never trap, hang or throw anything else;
/// and a mutation that keeps the meaning must keep the result. Every issue names the seed to replay.
struct Fuzzsvep {
    let mal: Fuzzmal
    /// Seconds a case may take; a hang stops the sweep.
    var tidsgrans = 2.0
    /// Issues recorded one by one; beyond this they are counted.
    var visade = 20

    /// How the cases went.
    struct Summering {
        var klara = 0
        var avvisade = 0
        var felaktiga = 0
    }

    /// The seeds to run: `PROGNOS_FUZZ_SEED=1234` replays one case, `PROGNOS_FUZZ_SEED=1000-1999` runs a
    /// range; otherwise `standard`.
    static func seeds(standard: ClosedRange<UInt64>) -> ClosedRange<UInt64> {
        guard let text = ProcessInfo.processInfo.environment["PROGNOS_FUZZ_SEED"] else { return standard }
        let delar = text.split(separator: "-").compactMap { UInt64($0) }
        guard let forsta = delar.first, let sista = delar.last, delar.count <= 2, forsta <= sista else {
            Issue.record("PROGNOS_FUZZ_SEED ska vara ett frö (1234) eller ett intervall (1000-1999), inte \"\(text)\"")
            return standard
        }
        return forsta...sista
    }

    /// Runs the cases of `seeds`.
    func kor(_ seeds: ClosedRange<UInt64>) throws -> Summering {
        let original = try #require(try Fuzzkorning.kor(mal, filer: mal.filer, tidsgrans: 10 * tidsgrans))
        guard case .klar = original else {
            Issue.record("\(mal.namn): de omuterade filerna går inte att köra: \(original)")
            return Summering()
        }
        var summering = Summering()
        for seed in seeds {
            let fall = Fuzzfall(seed: seed, mal: mal)
            let omKor = "PROGNOS_FUZZ_SEED=\(seed) swift test --filter Fuzz"
            Kraschanmalan.anmal("\nprognos fuzz: \(mal.namn) fall \(seed) avbröt processen: \(fall.beskrivning)\nKör om: \(omKor)\n")
            guard let utfall = try Fuzzkorning.kor(mal, filer: fall.filer, tidsgrans: tidsgrans) else {
                // The case's thread runs on and may still crash; the crash message keeps naming this case.
                Issue.record("\(mal.namn) fall \(seed) blev inte klart på \(tidsgrans) s: \(fall.beskrivning). Kör om: \(omKor)")
                return summering
            }
            let problem: String?
            switch utfall {
            case .klar: problem = fall.bevarande && utfall != original ? "samma innehåll gav ett annat resultat" : nil
            case .avvisad(let fel): problem = fall.bevarande ? "samma innehåll avvisades: \(fel)" : nil
            case .felaktig(let fel): problem = fel
            }
            if let problem {
                summering.felaktiga += 1
                if summering.felaktiga <= visade {
                    Issue.record("\(mal.namn) fall \(seed): \(fall.beskrivning)\n  → \(problem)\n  Kör om: \(omKor)")
                }
            } else if case .klar = utfall {
                summering.klara += 1
            } else {
                summering.avvisade += 1
            }
        }
        Kraschanmalan.avanmal()
        if summering.felaktiga > visade {
            Issue.record("\(mal.namn): ytterligare \(summering.felaktiga - visade) fall bröt mot samma löfte (visas inte)")
        }
        return summering
    }
}
