import Budget
import Foundation
import Report
import Input

extension Fuzzmal {
    /// The default scenario and its data set, laid out as in the repository so the scenario's relative
    /// `underlag:` names the case's own (mutated) data folder. A case does what `prognos run` does: read,
    /// compute, analyse sensitivity, reconcile and render every table as text and CSV.
    static func scenario() throws -> Fuzzmal {
        let scenariofil = "scenarios/regionplan-2023-2025.yaml"
        return Fuzzmal(
            namn: "Scenario",
            filer: [try Projekt.fil(scenariofil)]
                + (try Projekt.filer(i: "notebooks-data/regionplan-2023-2025", filtyp: "csv")),
            kor: { mapp in
                do {
                    return .klar(utskrift: try korSomPrognosRun(mapp.appendingPathComponent(scenariofil)))
                } catch let fel as ScenarioFel {
                    guard harPlats(fel) else {
                        return .felaktig("ScenarioFel utan fil eller plats: \(fel.fil) rad \(fel.rad.map(String.init) ?? "nil")"
                                         + " nyckel \"\(fel.nyckel)\": \(fel.problem)")
                    }
                    return .avvisad(fel: fel.description)
                } catch {
                    return .felaktig("annat fel än ScenarioFel: \(type(of: error)): \(error)")
                }
            })
    }

    /// What `ScenarioFel` promises: the file, and a place in it — a 1-based line or a key path.
    private static func harPlats(_ fel: ScenarioFel) -> Bool {
        guard !fel.fil.isEmpty else { return false }
        guard let rad = fel.rad else { return !fel.nyckel.isEmpty }
        return rad >= 1
    }

    /// The steps of `RunCommand.run` without the printing; returns everything it would print and write.
    /// Untyped `throws`, so an error that is not a `ScenarioFel` would reach the caller's check.
    private static func korSomPrognosRun(_ fil: URL) throws -> String {
        let scenario = try Scenario.las(fil)
        let utfall = try scenario.berakna()
        let kanslighet = try scenario.kanslighetsanalys()
        let ar = scenario.planperiod.ar
        let rapporter: [any Budgetrapport] = [utfall.resultatbudget, utfall.balansbudget, utfall.finansieringsbudget,
                                              utfall.budgetramar, kanslighet]
        var text = rapporter.flatMap { [Texttabell.text($0, ar: ar), CSVRapport.text($0, ar: ar)] }
        text.append(Texttabell.text(Jamforelse(utfall: utfall, publicerad: scenario.underlag.publicerad), ar: ar))
        text.append(Avstamningsrapport.text(Avstamning.ingaendeBalans(scenario.modell) + scenario.avstamning(),
                                            visaAvrundning: true))
        return text.joined(separator: "\n")
    }
}
