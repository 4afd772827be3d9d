import ArgumentParser

/// `prognos-bench`: every benchmark and peer comparison of Prognos (run by `make bench`): the numeric core,
/// the population projection and the full-year methods (`karna`, whose figures also go to
/// bench/RESULTS.md), and the Swift side of the ETS comparison in `bench/ets_driver.py` (`jamfor`,
/// `hastighet`).
struct PrognosBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "prognos-bench",
        abstract: "Prestandamätningar och jämförelser med R, numpy, statsmodels och statsforecast (körs av make bench).",
        subcommands: [BenchCommand.self, KedjaCommand.self, ImportCommand.self, LiggareCommand.self, MintCommand.self, ResultatCommand.self, JamforCommand.self, HastighetCommand.self]
    )
}
