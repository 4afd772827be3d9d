import ArgumentParser
import Uppfoljning

/// `--forsoning nedifran|mint` of `prognos uppfoljning prognos` and `backtest`; another value is refused by
/// argument-parser naming both (in Swedish, `Svenska`).
extension Forsoning: ExpressibleByArgument {}
