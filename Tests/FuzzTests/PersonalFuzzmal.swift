import Application
import Foundation
import Report
import Input

extension Fuzzmal {
    /// A workforce scenario with the shipped personnel data, driven by the fuzz population scenario (cut SCB
    /// data); no budget link, so a case stays quick. A case does what `prognos personal` does: read, project
    /// the population, run the model, render the report and the CSV.
    static func personal() throws -> Fuzzmal {
        let scenario = (try String(contentsOf: Projekt.rot.appendingPathComponent("scenarios/personal-blekinge.yaml"), encoding: .utf8))
            .replacingOccurrences(of: "data: ../notebooks-data/personal-blekinge-2018", with: "data: ../personal")
            .replacingOccurrences(of: "befolkning: befolkning-blekinge.yaml", with: "befolkning: befolkning.yaml")
            .replacingOccurrences(of: "horisont: 10", with: "horisont: 5")
            .components(separatedBy: "\nbudget:").first! + "\n"
        let personal = try Projekt.filer(i: "notebooks-data/personal-blekinge-2018", filtyp: "csv").map {
            Fuzzfil(sokvag: "personal/" + ($0.sokvag.split(separator: "/").last.map(String.init) ?? ""), data: $0.data)
        }
        return Fuzzmal(namn: "Personal", filer: [Fuzzfil(sokvag: "scenarios/personal.yaml", data: Array(scenario.utf8))]
                                            + personal + (try befolkningsfiler()), kor: { mapp in
            klassa {
                let rapport = Personalrapport(try Personalresultat(scenario: mapp.appendingPathComponent("scenarios/personal.yaml")))
                return rapport.text + rapport.csv
            }
        })
    }
}
