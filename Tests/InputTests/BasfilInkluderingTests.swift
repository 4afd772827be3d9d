import Application
import Befolkning
import Foundation
import Personal
import Testing
import Testdelar
@testable import Input

/// Overrides of the workforce scenario, and a population scenario included in another file as a chain
/// scenario will include it.
@Suite("bas: för personal och inkluderade befolkningsscenarier")
struct BasfilInkluderingTests {
    static let personal = Projekt.rot.appendingPathComponent("scenarios/personal-blekinge.yaml")
    static let befolkning = Projekt.rot.appendingPathComponent("scenarios/befolkning-blekinge.yaml")

    private func fil(_ namn: String, _ text: String, i mapp: URL) throws -> URL {
        let url = mapp.appendingPathComponent(namn)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    @Test("A workforce override of the doctors' recruitment capacity equals an edited copy, and --satt equals both")
    func personalOverlagg() throws {
        let mapp = try Projektmappar.tempmapp("bas")
        let scenarios = Self.personal.deletingLastPathComponent()
        // The copy: the whole file with its relative paths made absolute and 40 (line 33) set to 60.
        let text = try String(contentsOf: Self.personal, encoding: .utf8)
            .replacingOccurrences(of: "data: ../notebooks-data/personal-blekinge-2018",
                                  with: "data: \(Projekt.rot.path)/notebooks-data/personal-blekinge-2018")
            .replacingOccurrences(of: "befolkning: befolkning-blekinge.yaml", with: "befolkning: \(Self.befolkning.path)")
            .replacingOccurrences(of: "scenario: regionplan-2023-2025.yaml", with: "scenario: \(scenarios.path)/regionplan-2023-2025.yaml")
            .replacingOccurrences(of: "referens: personal-blekinge.yaml", with: "referens: \(Self.personal.path)")
            .replacingOccurrences(of: "läkare: {personalomsattning: 7.6, rekryteringskapacitet: 40,",
                                  with: "läkare: {personalomsattning: 7.6, rekryteringskapacitet: 60,")
        let kopia = try Personalscenario.las(try fil("kopia.yaml", text, i: mapp))
        let overlagg = try Personalscenario.las(
            try fil("overlagg.yaml", "bas: \(Self.personal.path)\ngrupper:\n  läkare: {rekryteringskapacitet: 60}\n", i: mapp))
        let satt = try Personalscenario.las(Self.personal, satt: ["grupper.läkare.rekryteringskapacitet=60"])
        for s in [overlagg, satt] {
            #expect(s.data == kopia.data && s.befolkning == kopia.befolkning && s.basar == kopia.basar)
            #expect(s.budget?.scenario == kopia.budget?.scenario && s.budget?.referens == kopia.budget?.referens)
            #expect(s.antaganden.grupper.mapValues { $0.varde } == kopia.antaganden.grupper.mapValues { $0.varde })
            #expect(s.antaganden.indexering == kopia.antaganden.indexering)
        }
        #expect(overlagg.antaganden.grupper["läkare"]?.varde.rekryteringskapacitet == 60)
        #expect(overlagg.antaganden.grupper["läkare"]?.varde.timpris == 1300) // line 33, from the base
        #expect(try Personalkorning(overlagg).prognos() == Personalkorning(kopia).prognos())
    }

    @Test("An included population file is read as a subtree, with --satt reaching into it")
    func inkludering() throws {
        let mapp = try Projektmappar.tempmapp("bas")
        let kedja = try fil("kedja.yaml", "namn: Kedja\nbefolkning: \(Self.befolkning.path)\n", i: mapp)
        let rot = try Scenariofil.las(kedja, satt: ["befolkning.migration.skala=0.5"], inkludera: ["befolkning"])
        let t = try rot.tabell(tillatna: ["namn", "befolkning"])
        let s = try Befolkningsscenario.las(try rot.kravd("befolkning", i: t, forvantat: "ett befolkningsscenario"), fil: kedja)
        #expect(s.migration == .skala(0.5))
        #expect(s.horisont == 30) // scenarios/befolkning-blekinge.yaml line 12
        // data (line 7) relative to the included file, not to kedja.yaml.
        #expect(s.data.path == Projekt.rot.appendingPathComponent("notebooks-data/scb-befolkning-1968-2015").path)

        // A mapping in the key's place may carry bas:, and an unknown key in it names its file and line.
        let tabell = try fil("tabell.yaml", "befolkning:\n  bas: \(Self.befolkning.path)\n  horisont: 10\n", i: mapp)
        let u = try Scenariofil.las(tabell, inkludera: ["befolkning"])
        let b = try Befolkningsscenario.las(try u.kravd("befolkning", i: try u.tabell(tillatna: ["befolkning"]), forvantat: ""), fil: tabell)
        #expect(b.horisont == 10 && b.variant == .medel && b.simuleringar == 1000) // line 13 and 25
        let okand = try fil("okand.yaml", "befolkning:\n  bas: \(Self.befolkning.path)\n  horisonter: 10\n", i: mapp)
        let v = try Scenariofil.las(okand, inkludera: ["befolkning"])
        do {
            _ = try Befolkningsscenario.las(try v.kravd("befolkning", i: try v.tabell(tillatna: ["befolkning"]), forvantat: ""), fil: okand)
            Issue.record("lästes utan fel")
        } catch {
            #expect(error.fil == okand.path && error.rad == 3 && error.nyckel == "befolkning.horisonter", "\(error)")
        }

        // A file that includes itself.
        let cirkel = try fil("cirkel.yaml", "namn: C\nbefolkning: cirkel.yaml\n", i: mapp)
        do {
            _ = try Scenariofil.las(cirkel, inkludera: ["befolkning"])
            Issue.record("lästes utan fel")
        } catch {
            #expect(error.fil == cirkel.path && error.rad == 2 && error.nyckel == "befolkning"
                    && error.problem.contains("cirkel.yaml → cirkel.yaml"), "\(error)")
        }
    }

    @Test("A population scenario read with --satt keeps its resolved text with absolute data paths")
    func befolkningSatt() throws {
        let s = try Befolkningsscenario.las(Self.befolkning, satt: ["migration={netto_per_ar: 300}"])
        #expect(s.migration == .total(300))
        let text = try #require(s.upplost)
        #expect(text.contains("netto_per_ar: 300  # --satt"))
        #expect(text.contains("region: \"10\"  # befolkning-blekinge.yaml:10"), "\(text)")
        #expect(text.contains("data: \(Projekt.rot.path)/notebooks-data/scb-befolkning-1968-2015  # befolkning-blekinge.yaml:7"))
    }
}
