/// The cohort identity of the data (see notebooks-data/scb-befolkning-1968-2015/README.md): with deaths
/// counted by age attained during the year, a cohort's size at the end of a year is its size a year
/// earlier, minus its deaths, plus its net migration:
///
///     P(a, t)    = P(a−1, t−1) − D(a, t) + M(a, t)              a = 1…99
///     P(0, t)    = B(t) − D(0, t) + M(0, t)
///     P(100+, t) = P(99, t−1) + P(100+, t−1) − D(100+, t) + M(100+, t)
///
/// `utgangslage` is the first term (the cohort "at the start"): the engine applies deaths and migration to it.
public enum Kohort {
    /// Each cohort at the start of the year: last year's population one year older, the newborn for age 0.
    public static func utgangslage(foregaende: [Double], fodda: Double) -> [Double] {
        var n = [Double](repeating: 0, count: Alder.antal)
        n[0] = fodda
        for a in 1..<Alder.hogsta { n[a] = foregaende[a - 1] }
        n[Alder.hogsta] = foregaende[Alder.hogsta - 1] + foregaende[Alder.hogsta]
        return n
    }

    /// The population at the end of the year from the start, deaths and net migration by age.
    public static func framskriv(foregaende: [Double], fodda: Double, doda: [Double], migration: [Double]) -> [Double] {
        let n = utgangslage(foregaende: foregaende, fodda: fodda)
        return (0..<Alder.antal).map { n[$0] - doda[$0] + migration[$0] }
    }

    /// Net migration by age of one sex during `year`, the residual of the identity: `[ålder]`.
    public static func nettomigration(_ data: Befolkningsdata, _ kon: Kon, _ year: Int) -> [Double] {
        let t = data.t(year)
        let n = utgangslage(foregaende: data.folkmangd[kon.rawValue][t - 1], fodda: data.fodda[kon.rawValue][t].reduce(0, +))
        let p = data.folkmangd[kon.rawValue][t], d = data.doda[kon.rawValue][t]
        return (0..<Alder.antal).map { p[$0] - n[$0] + d[$0] }
    }
}
