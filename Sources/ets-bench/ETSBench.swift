import ArgumentParser

/// `ets-bench`: the Swift side of the ETS comparison in `bench/` (run by `make bench`, see
/// `bench/ets_driver.py`): our fits and rolling forecasts on the series R writes, our likelihood at R's
/// estimates, and fits per second.
struct ETSBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ets-bench",
        abstract: "Jämför Prognos ETS-skattning med R forecast, statsmodels och statsforecast (körs av make bench).",
        subcommands: [JamforCommand.self, HastighetCommand.self]
    )
}
