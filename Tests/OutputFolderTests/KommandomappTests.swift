import Dispatch
import Foundation
import Synchronization
import Testing
@testable import OutputFolder

/// An output folder shared by several commands: each command's set replaces only that command's files.
@Suite("Rapportkatalog per kommando")
struct KommandomappTests {
    /// The files of `url` but the manifest, as text.
    static func filer(_ url: URL) throws -> [String: String] {
        var filer: [String: String] = [:]
        for (namn, data) in try Testmapp.innehall(url) where namn != Rapportmanifest.filnamn {
            filer[namn] = String(decoding: data, as: UTF8.self)
        }
        return filer
    }

    @Test("A second command's set is added beside the first; a command's new set replaces only its own files")
    func tvaKommandon() throws {
        let rot = try Testmapp.ny()
        defer { try? FileManager.default.removeItem(at: rot) }
        let mal = rot.appendingPathComponent("ut")
        try Rapportkatalog(katalog: mal.path, kommando: "run").skriv([("resultat.csv", "r1"), ("balans.csv", "b1")])
        try Rapportkatalog(katalog: mal.path, kommando: "personal").skriv([("personal.csv", "p1")])
        #expect(try Self.filer(mal) == ["resultat.csv": "r1", "balans.csv": "b1", "personal.csv": "p1"])
        // run again with one file fewer: its other file goes, personal's stays.
        try Rapportkatalog(katalog: mal.path, kommando: "run").skriv([("resultat.csv", "r2")])
        #expect(try Self.filer(mal) == ["resultat.csv": "r2", "personal.csv": "p1"])
        let manifest = try #require(Rapportmanifest(innehall: Array(try Data(contentsOf: mal.appendingPathComponent(".prognos-rapporter")))))
        #expect(Set(manifest.poster.map { "\($0.kommando):\($0.fil)" }) == ["personal:personal.csv", "run:resultat.csv"])
        // Nothing is left beside the target.
        #expect(try FileManager.default.contentsOfDirectory(atPath: rot.path) == ["ut"])
    }

    @Test("A kept file removed by hand is dropped from the list; the next command still writes")
    func bortagenForHand() throws {
        let rot = try Testmapp.ny()
        defer { try? FileManager.default.removeItem(at: rot) }
        let mal = rot.appendingPathComponent("ut")
        try Rapportkatalog(katalog: mal.path, kommando: "run").skriv([("resultat.csv", "r1"), ("balans.csv", "b1")])
        try FileManager.default.removeItem(at: mal.appendingPathComponent("resultat.csv"))
        try Rapportkatalog(katalog: mal.path, kommando: "personal").skriv([("personal.csv", "p1")])
        #expect(try Self.filer(mal) == ["balans.csv": "b1", "personal.csv": "p1"])
    }

    @Test("Another command's file of the same name is refused and the folder is left as it was")
    func krock() throws {
        let rot = try Testmapp.ny()
        defer { try? FileManager.default.removeItem(at: rot) }
        let mal = rot.appendingPathComponent("ut")
        try Rapportkatalog(katalog: mal.path, kommando: "befolkning backtest").skriv([("backtest.csv", "befolkning")])
        let fore = try Testmapp.innehall(mal)
        let fel = try #require(throws: RapportFel.self) {
            try Rapportkatalog(katalog: mal.path, kommando: "uppfoljning backtest").skriv([("backtest.csv", "liggare")])
        }
        #expect(fel == .upptagetFilnamn(sokvag: mal.path, fil: "backtest.csv", kommando: "befolkning backtest"))
        #expect(fel.description.contains("mappen har redan backtest.csv från prognos befolkning backtest; ingenting skrevs"))
        #expect(try Testmapp.innehall(mal) == fore)
    }

    @Test("A folder an older Prognos wrote (no commands) keeps its files; a file of the same name is replaced")
    func aldreMapp() throws {
        let rot = try Testmapp.ny()
        defer { try? FileManager.default.removeItem(at: rot) }
        let mal = rot.appendingPathComponent("ut")
        try Rapportkatalog(katalog: mal.path).skriv(Testmapp.forsta)
        #expect(try Testmapp.innehall(mal) == Testmapp.forvantat(Testmapp.forsta))
        try Rapportkatalog(katalog: mal.path, kommando: "run").skriv([("a.csv", "ny")])
        #expect(try Self.filer(mal) == ["a.csv": "ny", "b.csv": "b;1\r\n"])
        let manifest = try String(contentsOf: mal.appendingPathComponent(".prognos-rapporter"), encoding: .utf8)
        #expect(manifest == "prognos-rapporter 2\n\tb.csv\nrun\ta.csv\n")
    }

    @Test("Two commands writing the same folder at once both end with their last set: no run loses another's files")
    func samtidigt() throws {
        let rot = try Testmapp.ny()
        defer { try? FileManager.default.removeItem(at: rot) }
        let mal = rot.appendingPathComponent("ut").path
        let varv = 200
        let fel = Mutex<[String]>([])
        DispatchQueue.concurrentPerform(iterations: 2) { k in
            let kommando = k == 0 ? "run" : "personal"
            for i in 0..<varv {
                do {
                    try Rapportkatalog(katalog: mal, kommando: kommando).skriv([("\(kommando).csv", "\(i)")])
                } catch {
                    fel.withLock { $0.append("\(error)") }
                }
            }
        }
        #expect(fel.withLock { $0 }.isEmpty)
        #expect(try Self.filer(URL(fileURLWithPath: mal)) == ["run.csv": "\(varv - 1)", "personal.csv": "\(varv - 1)"])
    }
}
