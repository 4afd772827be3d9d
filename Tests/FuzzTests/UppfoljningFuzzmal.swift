import Foundation
import LedgerInput
import Report
import Input
import Uppfoljning

extension Fuzzmal {
    /// The ledger's import files: the example ledger's organisation and the outcome, budget and drivers of
    /// 2017–2018 (cut so a case stays quick). A case does what the import commands, `prognos --period 2018-06
    /// --metod regression` and `avvikelse --ar 2018` do: read each file, import it into a fresh ledger in the
    /// case folder, make the regression prognosis on the drivers and render the deviation report. Once the
    /// readers have accepted a file the ledger must accept it too, so a `LiggarFel` counts as a failure.
    static func uppfoljning() throws -> Fuzzmal {
        func fil(_ namn: String, franAr: Int) throws -> Fuzzfil {
            let text = try String(contentsOf: Projekt.rot.appendingPathComponent("notebooks-data/uppfoljning-exempel/\(namn)"),
                                  encoding: .utf8)
            let rader = text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().filter { i, rad in
                i == 0 || rad.isEmpty || (rad.split(separator: ";").dropFirst(2).first.flatMap { Int($0.prefix(4)) }.map { $0 >= franAr } ?? true)
            }
            return Fuzzfil(sokvag: "uppfoljning/\(namn)", data: Array(rader.map { String($0.1) }.joined(separator: "\n").utf8))
        }
        return Fuzzmal(namn: "Uppföljning",
                       filer: [try fil("utfall.csv", franAr: 2017), try fil("budget.csv", franAr: 2017),
                               try fil("organisation.csv", franAr: 0), try fil("drivare.csv", franAr: 2017)],
                       kor: { mapp in
            klassa {
                let katalog = mapp.appendingPathComponent("uppfoljning")
                let utfall = try Bokforingsfil.las(katalog.appendingPathComponent("utfall.csv"))
                let budget = try Bokforingsfil.las(katalog.appendingPathComponent("budget.csv"))
                let organisation = try Organisationsfil.las(katalog.appendingPathComponent("organisation.csv"))
                let drivare = try Drivarfil.las(katalog.appendingPathComponent("drivare.csv"))
                let db = mapp.appendingPathComponent("liggare.sqlite").path
                do {
                    let liggare = try Liggare.oppna(db)
                    _ = try liggare.importera(utfall, som: .utfall)
                    _ = try liggare.importera(budget, som: .budget)
                    _ = try liggare.placera(organisation)
                    _ = try liggare.importera(drivare, forklarar: ["Anställda", "4 Personal"])
                    let regression: String
                    do {
                        let u = try Manadsunderlag(utfall: try liggare.serier(.utfall)!, budget: try liggare.serier(.budget),
                                                   drivare: try liggare.drivare())
                        regression = "\(try u.prognos(.regression, ar: 2018, manad: 6).rader.map(\.prognos))"
                    } catch let fel as PrognosFel {
                        // A mutated period may move June 2018 out of the ledger: the method's own refusal.
                        regression = "avvisad prognos: \(fel)"
                    }
                    let ar = 2018
                    let summor = try liggare.arssummor(.utfall, ar: ar)
                    let rapport = try Avvikelserapport(
                        ar: ar, utfall: summor, budget: try liggare.arssummor(.budget, ar: ar),
                        prognoser: try liggare.prognosversioner(ar: ar), organisation: try liggare.organisation(),
                        utfallsperioder: summor.isEmpty ? try liggare.serier(.utfall).map { $0.forsta...$0.sista } : nil)
                    return regression + "\n" + Avvikelsetabell.text(rapport, liggare: "liggare.sqlite")
                } catch let fel as AvvikelseFel {
                    // A mutated file may leave 2018 without outcome: the report's own, expected refusal.
                    return "avvisad rapport: \(fel)"
                }
            }
        })
    }
}
