import Foundation
import Testing
@testable import OutputFolder

/// One report file written all or nothing (`--rapport FIL.html`).
@Suite("Rapportfil")
struct RapportfilTests {
    @Test("A new file in missing folders, a replaced file, and no temporary file left beside it")
    func skrivOchErsatt() throws {
        let rot = try Testmapp.ny()
        defer { try? FileManager.default.removeItem(at: rot) }
        let fil = rot.appendingPathComponent("a/b/rapport.html")
        try Rapportfil(sokvag: fil.path).skriv("<p>ett</p>")
        #expect(try String(contentsOf: fil, encoding: .utf8) == "<p>ett</p>")
        try Rapportfil(sokvag: fil.path).skriv("<p>två</p>")
        #expect(try String(contentsOf: fil, encoding: .utf8) == "<p>två</p>")
        #expect(try FileManager.default.contentsOfDirectory(atPath: fil.deletingLastPathComponent().path) == ["rapport.html"])
    }

    @Test("A folder or a symbolic link in the file's place is refused and left as it was")
    func inteEnFil() throws {
        let rot = try Testmapp.ny()
        defer { try? FileManager.default.removeItem(at: rot) }
        let mapp = rot.appendingPathComponent("rapport.html")
        try FileManager.default.createDirectory(at: mapp, withIntermediateDirectories: false)
        #expect(throws: RapportFel.inteEnFil(sokvag: mapp.path, slag: .mapp)) { try Rapportfil(sokvag: mapp.path).skriv("x") }
        let mal = rot.appendingPathComponent("mal.txt")
        try "orört".write(to: mal, atomically: true, encoding: .utf8)
        let lank = rot.appendingPathComponent("lank.html")
        try FileManager.default.createSymbolicLink(at: lank, withDestinationURL: mal)
        #expect(throws: RapportFel.inteEnFil(sokvag: lank.path, slag: .symboliskLank)) { try Rapportfil(sokvag: lank.path).skriv("x") }
        #expect(try String(contentsOf: mal, encoding: .utf8) == "orört")
        #expect(try FileManager.default.contentsOfDirectory(atPath: rot.path).sorted() == ["lank.html", "mal.txt", "rapport.html"])
        #expect(RapportFel.inteEnFil(sokvag: "r.html", slag: .mapp).description.contains("en mapp, inte en fil; ingenting skrevs"))
    }
}
