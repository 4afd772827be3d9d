import Application
import Foundation
import Report
import Input
import Uppfoljning
import Vokabular

extension Fuzzmal {
    /// The ledger's import files: the example ledger's organisation, kontoplan and the outcome, budget and
    /// drivers of 2017–2018 (cut so a case stays quick), and a förvaltning's own prognosis. A case does what the
    /// import commands, `prognos --period 2018-06 --metod regression`, `kontrollera`, `avvikelse --ar 2018` and
    /// `rapport --period 2018-08` do: read each file, import it into a fresh ledger in the case folder, make the
    /// regression prognosis on the drivers, check the ledger and render the deviation and period reports. Once the readers have accepted a file the ledger must accept it too, so a
    /// `LiggarFel` counts as a failure — but for a prognosis naming a unit or row the ledger does not have.
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
                               try fil("organisation.csv", franAr: 0), try fil("drivare.csv", franAr: 2017),
                               try fil("kontoplan.csv", franAr: 0),
                               Fuzzfil(sokvag: "uppfoljning/prognos.csv", data: Array("""
                                   enhet;konto;ar;prognos;kommentar
                                   Stab;4 Personal;2018;91 331 000;enligt plan
                                   Stab;3 Intäkter;2018;-7650000,50;"lägre; färre uppdrag"
                                   Landstingsservice;Anställda;2018;60000000;

                                   """.utf8))],
                       kor: { mapp in
            klassa {
                // What the import, prognosis and deviation commands do, through their use cases.
                let katalog = mapp.appendingPathComponent("uppfoljning")
                let db = mapp.appendingPathComponent("liggare.sqlite").path
                for (innehall, fil) in [(Uppfoljningskorning.Innehall.utfall, "utfall.csv"), (.budget, "budget.csv"),
                                        (.organisation, "organisation.csv")] {
                    _ = try Uppfoljningskorning.importera(innehall, fil: katalog.appendingPathComponent(fil).path, db: db)
                }
                _ = try Uppfoljningskorning.importera(.drivare, fil: katalog.appendingPathComponent("drivare.csv").path,
                                                      konton: ["Anställda", "4 Personal"], db: db)
                _ = try Uppfoljningskorning.importera(.kontoplan, fil: katalog.appendingPathComponent("kontoplan.csv").path, db: db)
                // A förvaltning's own prognosis; a mutated unit or row the ledger lacks is refused by name.
                do {
                    _ = try Uppfoljningskorning.importeraPrognos(fil: katalog.appendingPathComponent("prognos.csv").path,
                                                                 period: Period(ar: 2018, manad: 8)!, kommentar: nil, db: db)
                } catch let fel as Korfel where fel.okandEnhetEllerKonto {}
                let regression: String
                do {
                    let prognos = try Uppfoljningskorning.prognos(.regression, efter: Period(ar: 2018, manad: 6)!, db: db)
                    regression = "\(prognos.rader.map(\.prognos))"
                } catch let fel as Korfel where fel.scenarioFel == nil && !fel.arLiggarfel {
                    // A mutated period may move June 2018 out of the ledger: the method's own refusal.
                    regression = "avvisad prognos: \(fel)"
                }
                // Whatever was imported, the ledger passes its own full check.
                let kontroll = Liggarkontrollrapport.rapport(try Uppfoljningskorning.kontrollera(db: db), liggare: "liggare.sqlite").text
                do {
                    let rapport = try Uppfoljningskorning.avvikelse(ar: 2018, db: db)
                    let period = try Uppfoljningskorning.periodrapport(Period(ar: 2018, manad: 8)!, db: db)
                    return [regression, kontroll, Avvikelsetabell.text(rapport, liggare: "liggare.sqlite"),
                            Periodtabell.text(period, liggare: "liggare.sqlite")].joined(separator: "\n")
                } catch let fel as Korfel where fel.scenarioFel == nil && !fel.arLiggarfel {
                    // A mutated file may leave 2018 without outcome: the reports' own, expected refusal.
                    return "avvisad rapport: \(fel)"
                }
            }
        })
    }
}

private extension Korfel {
    /// Whether the ledger itself refused (a `LiggarFel`): after the readers accepted the files, a failure.
    var arLiggarfel: Bool {
        if case .liggare = self { true } else { false }
    }

    /// Whether the ledger refused a prognosis for a unit or row it does not have, naming it.
    var okandEnhetEllerKonto: Bool {
        guard case .liggare(.ogiltigaVarden(_, let problem)) = self else { return false }
        return problem.contains("som liggaren inte har")
    }
}
