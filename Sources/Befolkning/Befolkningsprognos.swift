import Vokabular

/// A deterministic population projection: the population by sex and age at the end of every projected
/// year, the components of change, and the fertility and mortality behind them.
public struct Befolkningsprognos: Equatable, Sendable {
    /// The base year.
    public let basar: Int
    /// The projected years, basar + 1 …
    public let ar: [Int]
    /// The base population by `[kon][ålder]`.
    public let bas: [[Double]]
    /// The population on 31 December by `[år][kon][ålder]`.
    public let folkmangd: [[[Double]]]
    /// Live births, deaths and net migration per year (both sexes).
    public let fodda: [Double], doda: [Double], migration: [Double]
    /// The total fertility rate assumed per year.
    public let tfr: [Double]
    /// Life expectancy at birth per year, by `[år][kon]`.
    public let e0: [[Double]]

    /// The population of an age group at the end of year index `t` (both sexes).
    public func summa(_ grupp: Aldersgrupp, _ t: Int) -> Double {
        folkmangd[t].reduce(0) { acc, kon in acc + grupp.aldrar.reduce(0) { $0 + kon[$1] } }
    }

    /// The population of ages `aldrar` of one sex at the end of year index `t`.
    public func summa(_ kon: Kon, _ aldrar: ClosedRange<Int>, _ t: Int) -> Double {
        aldrar.reduce(0) { $0 + folkmangd[t][kon.rawValue][min($1, Alder.hogsta)] }
    }

    /// The dependency ratio at the end of year index `t`.
    public func forsorjningskvot(_ t: Int) -> Double {
        Forsorjningskvot.kvot(unga: summa(.ar0_19, t), arbetsfora: summa(.ar20_64, t), aldre: summa(.ar65_79, t),
                              aldst: summa(.ar80plus, t))
    }
}

/// A stochastic projection summarised as quantiles per year: the total and each age group, the dependency
/// ratio and the components of change.
public struct Befolkningsintervall: Equatable, Sendable {
    /// The base year.
    public let basar: Int
    /// The projected years.
    public let ar: [Int]
    /// The number of paths.
    public let banor: Int
    /// Quantiles per year of each age group, by `[år][Aldersgrupp.rawValue]`.
    public let grupper: [[Kvantiler]]
    /// Quantiles per year of the dependency ratio.
    public let forsorjningskvot: [Kvantiler]
    /// Quantiles per year of births, deaths and net migration.
    public let fodda: [Kvantiler], doda: [Kvantiler], migration: [Kvantiler]

    /// The quantiles of an age group in year index `t`.
    public func kvantiler(_ grupp: Aldersgrupp, _ t: Int) -> Kvantiler { grupper[t][grupp.rawValue] }
}
