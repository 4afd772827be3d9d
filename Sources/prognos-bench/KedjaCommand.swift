import Application
import ArgumentParser
import Foundation
import Report

/// `prognos-bench kedja`: times the whole chain, population → workforce → budget, deterministically and
/// with the population's random paths carried through to the budget result (`prognos kor --simuleringar`),
/// on the bundled chain scenario with its plan period run to ten years.
struct KedjaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kedja",
        abstract: "Mät kedjan befolkning → personal → budget, deterministiskt och med slumpbanor genom hela kedjan."
    )

    @Option(help: "Kedjescenariot (standard scenarios/kedja-blekinge.yaml).")
    var scenario = "scenarios/kedja-blekinge.yaml"

    @Option(help: "Sista året i planperioden (tio år från 2023 som standard).")
    var till = 2032

    @Option(help: "Antal slumpbanor genom kedjan.")
    var banor = 10_000

    @Option(help: "Antal upprepningar (bästa tiden redovisas).")
    var repeats = 3

    func run() throws {
        let fil = URL(fileURLWithPath: scenario)
        let satt = ["planperiod_till=\(till)"]
        let clock = ContinuousClock()
        var deterministisk = Double.infinity, stokastisk = Double.infinity
        var ar = 0
        for _ in 0..<max(repeats, 1) {
            var resultat: Kedjeresultat?
            let d = clock.measure { resultat = try? Kedja.kor(fil, satt: satt) }
            guard let r = resultat else { throw BenchFel("kedjan kunde inte köras på \(scenario)") }
            ar = r.ar.count
            deterministisk = min(deterministisk, JamforCommand.seconds(d))
            var medBanor: Kedjeresultat?
            let s = clock.measure { medBanor = try? Kedja.kor(fil, satt: satt, simuleringar: banor) }
            guard medBanor?.intervall != nil else { throw BenchFel("kedjans banor kunde inte köras") }
            stokastisk = min(stokastisk, JamforCommand.seconds(s))
        }
        // What `prognos serve` does for one what-if: the chain on the data the base read, and the page.
        guard let bas = try? Kedja.kor(fil, satt: satt) else { throw BenchFel("kedjan kunde inte köras på \(scenario)") }
        var whatIf = Double.infinity
        for _ in 0..<max(repeats, 1) {
            var sida: String?
            let w = clock.measure {
                sida = (try? Kedja.kor(fil, satt: satt + ["befolkning.migration.skala=0.5"], befolkningsdata: bas.befolkningsdata))
                    .map { Kedjehtml.sida($0, fil: scenario) }
            }
            guard sida != nil else { throw BenchFel("what-if kunde inte köras") }
            whatIf = min(whatIf, JamforCommand.seconds(w))
        }
        let kärnor = ProcessInfo.processInfo.activeProcessorCount
        print("Kedjan befolkning → personal → budget, \(scenario) till \(till) (\(ar) planår), \(kärnor) kärnor:")
        print(String(format: "  deterministisk kedja:                  %8.3f s", deterministisk))
        print(String(format: "  what-if som i prognos serve (kedjan på basens data och HTML-sidan): %6.1f ms (mål under 200 ms)", whatIf * 1000))
        print(String(format: "  %6d banor genom hela kedjan:         %8.3f s (%.0f banor·planår/s, inklusive den deterministiska)",
                     banor, stokastisk, Double(banor * ar) / stokastisk))
    }
}
