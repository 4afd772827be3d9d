import Application
import ArgumentParser
import Foundation

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
        let kärnor = ProcessInfo.processInfo.activeProcessorCount
        print("Kedjan befolkning → personal → budget, \(scenario) till \(till) (\(ar) planår), \(kärnor) kärnor:")
        print(String(format: "  deterministisk kedja:                  %8.3f s", deterministisk))
        print(String(format: "  %6d banor genom hela kedjan:         %8.3f s (%.0f banor·planår/s, inklusive den deterministiska)",
                     banor, stokastisk, Double(banor * ar) / stokastisk))
    }
}
