import Befolkning
import Foundation

/// The plausibility of a region's population data as read, beyond their format: no more deaths in a cohort
/// than there were people to die (the cohort at the start and end of the year and the few who arrived and
/// died within it), and a period life expectancy a population can have. A file that passes
/// its format checks but fails these (a shifted column, a country's deaths under a county's code, a typo of
/// a digit) is refused with the file, the cell and the values, rather than projected.
enum Befolkningsrimlighet {
    /// The period life expectancy at birth, in years, that a year's data must give for each sex: below 45
    /// no Swedish population has been since the data begin (1968; Sweden's men had 52 in 1900), above 95 none
    /// anywhere (the highest national figures are below 90); outside, the deaths or the population are wrong,
    /// not the people. A year without deaths gives 100 and is refused too.
    static let livslangd: ClosedRange<Double> = 45...95

    /// How many more deaths than people at the start and the end of the year a cohort may have: those who
    /// arrived and died within the year are in neither count. At most 2 persons or 1 % of the cohort; in the
    /// shipped data and the ten other län 1968–2015 the most is 1, in 12 of about a million cells, all at
    /// ages 97–99.
    static func tillkomna(_ kohort: Double) -> Double { max(2, 0.01 * kohort) }

    /// Throws at the first cell of `data` that fails: its deaths beyond the cohort at the start of the year
    /// and at its end together beyond `tillkomna`, or a year whose life expectancy lies outside `livslangd`. `plats` gives the file and line of a death count.
    static func kontrollera(_ data: Befolkningsdata, plats: (Kon, Int, Int) -> (fil: String, rad: Int?))
        throws(ScenarioFel) {
        for kon in Kon.allCases {
            let k = kon.rawValue
            for year in data.ar.dropFirst() {
                let t = data.t(year)
                let start = Kohort.utgangslage(foregaende: data.folkmangd[k][t - 1], fodda: data.fodda[k][t].reduce(0, +))
                let slut = data.folkmangd[k][t], doda = data.doda[k][t]
                for a in 0..<Alder.antal where doda[a] > start[a] + slut[a] + tillkomna(start[a] + slut[a]) {
                    let (fil, rad) = plats(kon, a, year)
                    throw ScenarioFel(fil: fil, rad: rad, nyckel: "\(data.region), \(kon.namn), ålder \(a), år \(year)", problem:
                        "\(Int(doda[a])) döda, fler än de \(Int(start[a])) i kohorten vid årets början och \(Int(slut[a])) vid "
                        + "dess slut tillsammans; kontrollera dödstalen och folkmängden")
                }
                // Deaths over the mean of the cohort at the start and at the end: the year's force of mortality.
                let kraft = (0..<Alder.antal).map { a in
                    let exponerade = (start[a] + slut[a]) / 2
                    return exponerade > 0 ? doda[a] / exponerade : 0
                }
                let e0 = Livslangd.e0(kraft)
                guard livslangd.contains(e0) else {
                    let (fil, _) = plats(kon, 0, year)
                    throw ScenarioFel(fil: fil, rad: nil, nyckel: "\(data.region), \(kon.namn), år \(year)", problem:
                        "medellivslängden blir \(String(format: "%.1f", e0).replacingOccurrences(of: ".", with: ",")) år ur "
                        + "dödstalen och folkmängden; rimligt är \(Int(livslangd.lowerBound))–\(Int(livslangd.upperBound)) år. "
                        + "Kontrollera att dödstalen hör till regionen och året")
                }
            }
        }
    }
}
