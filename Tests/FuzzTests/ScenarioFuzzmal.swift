import Application
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
            kor: { mapp in klassa { try korSomPrognosRun(mapp, scenariofil) } })
    }

    /// What `prognos run` does, through its use case, with every table as text and CSV (the rounding
    /// differences shown too).
    /// The scenario is named as given, relative to the case folder, so that equal content prints alike.
    private static func korSomPrognosRun(_ mapp: URL, _ fil: String) throws -> String {
        let rapport = Korningsrapport.budget(try Budgetkorning(scenario: mapp.appendingPathComponent(fil)), fil: fil,
                                             visaAvrundning: true)
        // antaganden.yaml names the files' folder, which differs between the copies; its values are in the report.
        return ([rapport.text] + rapport.filer.filter { !$0.namn.hasPrefix("antaganden") }.map(\.innehall)).joined(separator: "\n")
    }
}
