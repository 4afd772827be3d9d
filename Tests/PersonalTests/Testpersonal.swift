@testable import Befolkning
@testable import Personal

/// A constructed workforce: one group in one area or two, a constant population, round numbers.
enum Testpersonal {
    /// A population projection where every year has the same population.
    static func konstantBefolkning(basar: Int, ar: Int) -> Befolkningsprognos {
        let pop = [[Double]](repeating: [Double](repeating: 100, count: Alder.antal), count: 2)
        return Befolkningsprognos(basar: basar, ar: Array((basar + 1)...(basar + ar)), bas: pop,
                                  folkmangd: [[[Double]]](repeating: pop, count: ar), fodda: [Double](repeating: 0, count: ar),
                                  doda: [Double](repeating: 0, count: ar), migration: [Double](repeating: 0, count: ar),
                                  tfr: [Double](repeating: 0, count: ar), e0: [[Double]](repeating: [80, 80], count: ar))
    }

    static let vardtyngd = try! Vardtyngd(rader: [.init(omrade: "vård", aldrar: 0...100, kvinnor: 1, man: 1),
                                                 .init(omrade: "annat", aldrar: 0...100, kvinnor: 1, man: 1)])

    /// Retirement by single age: 20 % a year from 45 on (ages above 64 retire in full), unless `pensionering` is given.
    static func antaganden(horisont: Int = 5, omsattning: Double = 0.1, kapacitet: Double = 1_000, band: Int = 2,
                           pensionering: [Int: Double]? = nil) -> Personalantaganden {
        let profil = [1.0] + [Double](repeating: 0, count: band - 1)
        return Personalantaganden(
            horisont: horisont,
            grupper: ["sköterska": .init(personalomsattning: omsattning, rekryteringskapacitet: kapacitet, anstallningsprofil: profil,
                                         timpris: 600, hyrtak: 0.1)],
            avgangar: Avgangsmonster(pensionering: pensionering ?? Dictionary(uniqueKeysWithValues: (45...64).map { ($0, 0.2) })),
            sjukfranvaro: 0.05, poPalagg: 0.4,
            timmarPerArsarbetare: 1700, produktivitet: 0, indexering: [:], standardindexering: 2, hyrkostnadstak: 0.02)
    }
}
