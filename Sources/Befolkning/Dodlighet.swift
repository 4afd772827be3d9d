import Foundation

/// Mortality as SCB projects it for a region: the national age pattern and its improvement (Lee–Carter on
/// the country's rates, per sex), with a regional level: the region's observed deaths over a window of years
/// divided by the deaths the national rates would have given its population (a standardised mortality
/// ratio per sex). A small region's single-age rates are too noisy to project on their own.
public struct Dodlighet: Equatable, Sendable {
    /// The national Lee–Carter model per sex, indexed by `Kon.rawValue`.
    public let leeCarter: [LeeCarter]
    /// The region's level relative to the national rates per sex (1 for the country itself).
    public let regionalNiva: [Double]

    /// The smallest rate used in the fit, for ages where the country saw no death in a year.
    static let lagstaKraft = 1e-6

    /// Creates mortality from its parts.
    public init(leeCarter: [LeeCarter], regionalNiva: [Double]) {
        self.leeCarter = leeCarter
        self.regionalNiva = regionalNiva
    }

    /// Fits the national model on the `leeCarterFonster` years up to `ar` and the regional level on the
    /// `nivaFonster` years up to `ar`; nothing after `ar` is read.
    public init(region: Befolkningsdata, riket: Befolkningsdata, till ar: Int, leeCarterFonster: Int,
                nivaFonster: Int) throws(BefolkningsFel) {
        for (data, fonster, vad) in [(riket, leeCarterFonster, "Lee–Carter"), (region, nivaFonster, "dödlighetsnivån")] {
            guard fonster >= 3, ar - fonster + 1 > data.ar.lowerBound, data.ar.contains(ar) else {
                throw .ogiltigtAntagande("fönstret för \(vad) (\(fonster) år till \(ar)) ryms inte i \(data.region) "
                                         + "\(data.ar.lowerBound + 1)–\(data.ar.upperBound)")
            }
        }
        var modeller: [LeeCarter] = []
        var nivaer: [Double] = []
        for kon in Kon.allCases {
            let ar0 = ar - leeCarterFonster + 1
            let m = (ar0...ar).map { Dodsrisk.observerad(riket, kon, $0).map { max($0, Self.lagstaKraft) } }
            modeller.append(try LeeCarter(m: m))
            var observerade = 0.0, forvantade = 0.0
            for year in (ar - nivaFonster + 1)...ar {
                let t = region.t(year)
                let utgang = Kohort.utgangslage(foregaende: region.folkmangd[kon.rawValue][t - 1],
                                                fodda: region.fodda[kon.rawValue][t].reduce(0, +))
                let migration = Kohort.nettomigration(region, kon, year)
                let nationell = Dodsrisk.observerad(riket, kon, year)
                for x in 0..<Alder.antal {
                    observerade += region.doda[kon.rawValue][t][x]
                    forvantade += max(0, utgang[x] + migration[x] / 2) * -expm1(-nationell[x])
                }
            }
            guard forvantade > 0 else { throw .ogiltigaData("\(region.region) har ingen befolkning att beräkna dödlighet för") }
            nivaer.append(observerade / forvantade)
        }
        self.init(leeCarter: modeller, regionalNiva: nivaer)
    }

    /// The region's force of mortality by age for one sex at national index value `k`.
    public func kraft(_ kon: Kon, k: Double) -> [Double] {
        leeCarter[kon.rawValue].m(k: k).map { $0 * regionalNiva[kon.rawValue] }
    }
}

/// Life expectancy from a year's forces of mortality by age (a period life table with a constant force
/// within each year of age and the open group 100+ living 1/m on average).
public enum Livslangd {
    /// Expected years of life at birth.
    public static func e0(_ kraft: [Double]) -> Double {
        var overlevande = 1.0, ar = 0.0
        for (x, m) in kraft.enumerated() {
            if x == kraft.count - 1 {
                ar += m > 0 ? overlevande / m : 0
            } else {
                ar += m > 1e-12 ? overlevande * -expm1(-m) / m : overlevande
                overlevande *= exp(-m)
            }
        }
        return ar
    }
}
