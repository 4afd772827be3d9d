import Befolkning
import Foundation
import Testing
@testable import Input

/// The shipped SCB data read through the loader, checked against the source's own figures and the cohort
/// identity (notebooks-data/scb-befolkning-1968-2015/README.md).
@Suite("SCB-data för befolkningen")
struct BefolkningsdataTests {
    static let katalog = Projekt.rot.appendingPathComponent("notebooks-data/scb-befolkning-1968-2015")

    @Test("Totals on 31 December 2015 equal the README's checks: Riket 9 851 017, Blekinge 156 253")
    func totaler() throws {
        let underlag = try Befolkningsunderlag.las(katalog: Self.katalog)
        #expect(underlag.regioner.map(\.kod) == ["00", "10"])
        #expect(try underlag.data(region: "00").total(2015) == 9_851_017)
        let blekinge = try underlag.data(region: "10")
        #expect(blekinge.total(2015) == 156_253)
        #expect(blekinge.ar == 1968...2015)
        #expect(blekinge.region == "10 Blekinge län")
    }

    @Test("The shipped copy is byte for byte the shared data set")
    func kopia() throws {
        let kalla = Projekt.rot.deletingLastPathComponent().appendingPathComponent("shared/data/scb-befolkning-1968-2015")
        for fil in ["folkmangd.csv", "fodda.csv", "doda.csv"] {
            #expect(try Data(contentsOf: Self.katalog.appendingPathComponent(fil)) == (try Data(contentsOf: kalla.appendingPathComponent(fil))))
        }
    }

    @Test("The ten län are byte for byte the shared data set, and the country's 2015 total the README's 9 851 017")
    func lanKopia() throws {
        let katalog = Projekt.rot.appendingPathComponent("notebooks-data/scb-befolkning-lan-1968-2015")
        let kalla = Projekt.rot.deletingLastPathComponent().appendingPathComponent("shared/data/scb-befolkning-lan-1968-2015")
        for fil in ["folkmangd.csv", "fodda.csv", "doda.csv"] {
            #expect(try Data(contentsOf: katalog.appendingPathComponent(fil)) == (try Data(contentsOf: kalla.appendingPathComponent(fil))))
        }
        let underlag = try Befolkningsunderlag.las(katalog: katalog)
        #expect(underlag.regioner.map(\.kod) == ["00", "01", "04", "05", "06", "12", "14", "17", "18", "21", "24"])
        #expect(try underlag.data(region: "00").total(2015) == 9_851_017)
    }

    @Test("Observed births, deaths and migration reproduce the observed population year by year")
    func kohortidentitet() throws {
        let underlag = try Befolkningsunderlag.las(katalog: Self.katalog)
        for region in ["00", "10"] {
            let data = try underlag.data(region: region)
            for year in (data.ar.lowerBound + 1)...data.ar.upperBound {
                for kon in Kon.allCases {
                    let fore = data.folkmangd(kon, year - 1)
                    let fodda = data.fodda[kon.rawValue][year - data.ar.lowerBound].reduce(0, +)
                    let utgang = Kohort.utgangslage(foregaende: fore, fodda: fodda)
                    let migration = Kohort.nettomigration(data, kon, year)
                    // The identity with counts, and the engine's survival step with the year's own rates.
                    let viaAntal = Kohort.framskriv(foregaende: fore, fodda: fodda,
                                                    doda: data.doda[kon.rawValue][year - data.ar.lowerBound], migration: migration)
                    let kraft = Dodsrisk.observerad(data, kon, year)
                    let viaRisk = (0..<Alder.antal).map {
                        Dodsrisk.overlevande(utgang: utgang[$0], kraft: kraft[$0], migration: migration[$0])
                    }
                    let observerad = data.folkmangd(kon, year)
                    #expect(zip(viaAntal, observerad).allSatisfy { abs($0 - $1) < 1e-6 }, "\(region) \(kon) \(year)")
                    // A rate reproduces the count wherever fewer died than were at risk; a cohort in which
                    // everyone at risk died (a few men aged 98–100+ in Blekinge) has no finite rate.
                    let doda = data.doda[kon.rawValue][year - data.ar.lowerBound]
                    for a in 0..<Alder.antal where doda[a] < utgang[a] + migration[a] / 2 {
                        #expect(abs(viaRisk[a] - observerad[a]) < 1e-6 * max(1, observerad[a]), "\(region) \(kon) \(year) \(a)")
                    }
                }
            }
        }
    }
}
