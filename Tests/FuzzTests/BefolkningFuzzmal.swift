import Application
import Befolkning
import Foundation
import Report
import Input

extension Fuzzmal {
    /// A population scenario with a cut of the shipped SCB data (2008–2015, Blekinge and Riket, so a case
    /// reads in a moment), the table of past projection errors and the outcomes folder. A case does what `prognos befolkning` does: read the
    /// scenario and the data, estimate, project with intervals, compare with the outcomes and render the
    /// report as text and CSV.
    static func befolkning() throws -> Fuzzmal {
        Fuzzmal(namn: "Befolkning", filer: try befolkningsfiler(), kor: { mapp in
            klassa { try korSomBefolkning(mapp.appendingPathComponent("scenarios/befolkning.yaml")) }
        })
    }

    /// The population scenario, the cut data, the table of past errors and the outcomes, as seed files.
    static func befolkningsfiler() throws -> [Fuzzfil] {
        let scenario = """
            namn: Fuzz av befolkningen
            data: ../data
            utfall: ../utfall
            region: "10"
            horisont: 8
            simuleringar: 20
            seed: 1
            fonster: {fruktsamhet: 3, migration: 3, dodlighetsniva: 3, lee_carter: 5, osakerhet: 5}
            prognosfel: ../prognosfel/prognosfel.csv

            """
        var filer = [Fuzzfil(sokvag: "scenarios/befolkning.yaml", data: Array(scenario.utf8))]
        for tabell in ["folkmangd", "fodda", "doda"] {
            let text = try String(contentsOf: Projekt.rot.appendingPathComponent("notebooks-data/scb-befolkning-1968-2015/\(tabell).csv"),
                                  encoding: .utf8)
            let rader = text.split(separator: "\n").enumerated().filter { i, rad in
                i == 0 || (rad.split(separator: ",").dropFirst(3).first.flatMap { Int($0) }.map { $0 >= 2008 } ?? false)
            }
            filer.append(Fuzzfil(sokvag: "data/\(tabell).csv", data: Array((rader.map { String($0.1) }.joined(separator: "\n") + "\n").utf8)))
        }
        filer += try Projekt.filer(i: "notebooks-data/befolkning-prognosfel", filtyp: "csv").map {
            Fuzzfil(sokvag: "prognosfel/" + ($0.sokvag.split(separator: "/").last.map(String.init) ?? ""), data: $0.data)
        }
        filer += try Projekt.filer(i: "notebooks-data/befolkning-utfall", filtyp: "csv").map {
            Fuzzfil(sokvag: "utfall/" + ($0.sokvag.split(separator: "/").last.map(String.init) ?? ""), data: $0.data)
        }
        return filer
    }

    /// Runs `arbete` and classifies how it went: its rendering, a use case's refusal that locates the problem
    /// in a file (a `ScenarioFel` with file and line or key), or anything else.
    static func klassa(_ arbete: () throws -> String) -> Fuzzutfall {
        do {
            return .klar(utskrift: try arbete())
        } catch let korfel as Korfel {
            guard let fel = korfel.scenarioFel else { return .felaktig("Korfel utan plats i en fil: \(korfel)") }
            guard !fel.fil.isEmpty, fel.rad.map({ $0 >= 1 }) ?? !fel.nyckel.isEmpty else {
                return .felaktig("ScenarioFel utan fil eller plats: \(fel.fil) rad \(fel.rad.map(String.init) ?? "nil")"
                                 + " nyckel \"\(fel.nyckel)\": \(fel.problem)")
            }
            return .avvisad(fel: korfel.description)
        } catch {
            return .felaktig("annat fel än Korfel: \(type(of: error)): \(error)")
        }
    }

    /// What `prognos befolkning` does, through its use case, without the printing.
    static func korSomBefolkning(_ fil: URL) throws -> String {
        let rapport = Befolkningsrapport(try Befolkningskorning.prognos(try Befolkningskorning.scenario(fil))).rapport
        // antaganden.yaml names the files' folder, which differs between the copies; its values are in the report.
        return ([rapport.text] + rapport.filer.filter { !$0.namn.hasPrefix("antaganden") }.map(\.innehall)).joined(separator: "\n")
    }
}
