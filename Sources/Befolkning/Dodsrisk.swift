import Foundation

/// Death rates on the cohort basis of the data: a cohort's deaths during the year against those at risk,
/// its members at the start of the year plus half its net migrants (who are, on average, present half the
/// year). As a force of mortality, m = −ln(1 − q) with q = D / (N + M/2), so that a year of the projection,
///
///     P = (N + M/2) · e^(−m) + M/2,
///
/// gives back the observed population when the year's own m and M are put in.
public enum Dodsrisk {
    /// The force of mortality by age for deaths `doda` among cohorts `utgang` with net migration `migration`;
    /// zero where no one died or no one was at risk, and bounded where everyone died.
    public static func kraft(utgang: [Double], doda: [Double], migration: [Double]) -> [Double] {
        (0..<utgang.count).map { a in
            let exponerade = utgang[a] + migration[a] / 2
            guard doda[a] > 0, exponerade > 0 else { return 0 }
            return -log1p(-min(doda[a] / exponerade, 0.999_999))
        }
    }

    /// The observed force of mortality of one sex in `year`: `[ålder]`.
    public static func observerad(_ data: Befolkningsdata, _ kon: Kon, _ year: Int) -> [Double] {
        let t = data.t(year)
        return kraft(utgang: Kohort.utgangslage(foregaende: data.folkmangd[kon.rawValue][t - 1],
                                                fodda: data.fodda[kon.rawValue][t].reduce(0, +)),
                     doda: data.doda[kon.rawValue][t], migration: Kohort.nettomigration(data, kon, year))
    }

    /// One year of survival and migration for a cohort: (N + M/2)·e^(−m) + M/2, never below zero.
    @inline(__always)
    public static func overlevande(utgang: Double, kraft: Double, migration: Double) -> Double {
        max(0, (utgang + migration / 2) * exp(-kraft) + migration / 2)
    }
}
