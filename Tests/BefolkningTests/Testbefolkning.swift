import Foundation
@testable import Befolkning

/// Small constructed populations with round numbers, for checks against hand calculations and theory.
enum Testbefolkning {
    /// Lee–Carter with a constant force of mortality `m` at every age and no trend (b = 0).
    static func konstantDodlighet(_ m: Double) throws -> Dodlighet {
        let lc = try LeeCarter(a: [Double](repeating: log(m), count: Alder.antal), b: [Double](repeating: 0, count: Alder.antal),
                               k: [0, 0, 0])
        return Dodlighet(leeCarter: [lc, lc], regionalNiva: [1, 1])
    }

    /// No migration.
    static var ingenMigration: Migration {
        get throws { try Migration(medel: [[Double]](repeating: [Double](repeating: 0, count: Alder.antal), count: 2)) }
    }

    /// No uncertainty.
    static let ingenOsakerhet = Osakerhet(fruktsamhetPhi: 0, fruktsamhetSigma: 0, migrationSigma: 0, migrationPhi: 0,
                                          migrationInnovation: 0, migrationsnivaSigma: 0)

    /// The stationary population of a constant force `m` with `fodda` births a year, half of them girls: the
    /// newborn survive their first part-year at e^(−m), each later age at e^(−m), and the open group 100+
    /// holds P(99)·e^(−m) / (1 − e^(−m)).
    static func stationar(m: Double, fodda: Double) -> [[Double]] {
        let s = exp(-m)
        var p = [Double](repeating: 0, count: Alder.antal)
        p[0] = fodda / 2 * s
        for a in 1..<Alder.hogsta { p[a] = p[a - 1] * s }
        p[Alder.hogsta] = p[Alder.hogsta - 1] * s / (1 - s)
        return [p, p]
    }
}
