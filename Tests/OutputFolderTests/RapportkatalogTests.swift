import Foundation
import Testing
@testable import OutputFolder
import Vokabular

/// The `--out` writer: which targets it accepts, what it leaves behind, and that a report set is
/// replaced as a whole.
@Suite("Rapportkatalog")
struct RapportkatalogTests {
    private let fm = FileManager.default

    @Test("A new folder, its missing parents included, gets the files and a manifest listing them")
    func nyMapp() throws {
        let rot = try Testmapp.ny()
        defer { try? FileManager.default.removeItem(at: rot) }
        let mal = rot.appendingPathComponent("a/b/rapport")
        try Rapportkatalog(katalog: mal.path).skriv(Testmapp.forsta)
        #expect(try Testmapp.innehall(mal) == Testmapp.forvantat(Testmapp.forsta))
        #expect(try Testmapp.tillfalliga(i: mal.deletingLastPathComponent()).isEmpty)
    }

    @Test("Writing again replaces Prognos's own folder as a whole: files of the old set are gone")
    func skrivOm() throws {
        let rot = try Testmapp.ny()
        defer { try? FileManager.default.removeItem(at: rot) }
        let mal = rot.appendingPathComponent("rapport")
        try Rapportkatalog(katalog: mal.path).skriv(Testmapp.forsta)
        try Rapportkatalog(katalog: mal.path + "/").skriv(Testmapp.andra)
        #expect(try Testmapp.innehall(mal) == Testmapp.forvantat(Testmapp.andra))
        #expect(try fm.contentsOfDirectory(atPath: rot.path) == ["rapport"])
    }

    @Test("A change that must go with the files: refused, the folder keeps the previous set; not asked when the target is refused")
    func innanBytet() throws {
        let rot = try Testmapp.ny()
        defer { try? FileManager.default.removeItem(at: rot) }
        let mal = rot.appendingPathComponent("rapport")
        try Rapportkatalog(katalog: mal.path).skriv(Testmapp.forsta)
        var fragad = 0
        let skrivet = try Rapportkatalog(katalog: mal.path).skriv(Testmapp.andra, innanBytet: { fragad += 1; return false })
        #expect(!skrivet && fragad == 1)
        #expect(try Testmapp.innehall(mal) == Testmapp.forvantat(Testmapp.forsta))
        #expect(try fm.contentsOfDirectory(atPath: rot.path) == ["rapport"])
        #expect(try Rapportkatalog(katalog: mal.path).skriv(Testmapp.andra, innanBytet: { fragad += 1; return true }))
        #expect(fragad == 2)
        #expect(try Testmapp.innehall(mal) == Testmapp.forvantat(Testmapp.andra))
        // A folder Prognos did not write is refused before the change is asked for.
        let frammande = rot.appendingPathComponent("data")
        try fm.createDirectory(at: frammande, withIntermediateDirectories: false)
        try Data("egen\n".utf8).write(to: frammande.appendingPathComponent("anteckning.txt"))
        #expect(throws: RapportFel.self) { try Rapportkatalog(katalog: frammande.path).skriv(Testmapp.forsta, innanBytet: { fragad += 1; return true }) }
        #expect(fragad == 2)
    }

    @Test("An empty existing folder is accepted")
    func tomMapp() throws {
        let rot = try Testmapp.ny()
        defer { try? FileManager.default.removeItem(at: rot) }
        let mal = rot.appendingPathComponent("tom")
        try fm.createDirectory(at: mal, withIntermediateDirectories: false)
        try Rapportkatalog(katalog: mal.path).skriv(Testmapp.forsta)
        #expect(try Testmapp.innehall(mal) == Testmapp.forvantat(Testmapp.forsta))
        #expect(try fm.contentsOfDirectory(atPath: rot.path) == ["tom"])
    }

    @Test("A folder with a file Prognos did not write is refused, named, and left as it was")
    func frammandeFil() throws {
        let rot = try Testmapp.ny()
        defer { try? FileManager.default.removeItem(at: rot) }
        let mal = rot.appendingPathComponent("data")
        try fm.createDirectory(at: mal, withIntermediateDirectories: false)
        try Data("rad;rubrik\r\n".utf8).write(to: mal.appendingPathComponent("a.csv"))
        try Data("egen\n".utf8).write(to: mal.appendingPathComponent("anteckning.txt"))
        let fore = try Testmapp.innehall(mal)
        let fel = try #require(throws: RapportFel.self) { try Rapportkatalog(katalog: mal.path).skriv(Testmapp.forsta) }
        #expect(fel == .frammandeInnehall(sokvag: mal.path, fynd: ["\"a.csv\"", "\"anteckning.txt\""], antal: 2))
        #expect(fel.description.contains("\"\(mal.path)\""))
        #expect(fel.description.contains("ingenting skrevs"))
        #expect(try Testmapp.innehall(mal) == fore)
        #expect(try fm.contentsOfDirectory(atPath: rot.path) == ["data"])
    }

    @Test("Prognos's own folder that gained a foreign file or a folder named like a report is refused")
    func egenMappMedTillagg() throws {
        let rot = try Testmapp.ny()
        defer { try? FileManager.default.removeItem(at: rot) }
        let mal = rot.appendingPathComponent("rapport")
        try Rapportkatalog(katalog: mal.path).skriv(Testmapp.forsta)
        try fm.removeItem(at: mal.appendingPathComponent("b.csv"))
        try fm.createDirectory(at: mal.appendingPathComponent("b.csv"), withIntermediateDirectories: false)
        try Data("viktig\n".utf8).write(to: mal.appendingPathComponent("b.csv/viktig.txt"))
        let fore = try Testmapp.innehall(mal)
        let fel = try #require(throws: RapportFel.self) { try Rapportkatalog(katalog: mal.path).skriv(Testmapp.andra) }
        #expect(fel == .frammandeInnehall(sokvag: mal.path, fynd: ["mappen \"b.csv\""], antal: 1))
        #expect(try Testmapp.innehall(mal) == fore)

        try fm.removeItem(at: mal.appendingPathComponent("b.csv"))
        try Data("x".utf8).write(to: mal.appendingPathComponent("extra.csv"))
        let fel2 = try #require(throws: RapportFel.self) { try Rapportkatalog(katalog: mal.path).skriv(Testmapp.andra) }
        #expect(fel2 == .frammandeInnehall(sokvag: mal.path, fynd: ["\"extra.csv\""], antal: 1))
        #expect(try Testmapp.tillfalliga(i: rot).isEmpty)
    }

    @Test("A garbled manifest does not make a folder Prognos's")
    func ogiltigtManifest() throws {
        let rot = try Testmapp.ny()
        defer { try? FileManager.default.removeItem(at: rot) }
        let mal = rot.appendingPathComponent("rapport")
        try Rapportkatalog(katalog: mal.path).skriv(Testmapp.forsta)
        try Data("prognos-rapporter 1\na.csv\n../b.csv\n".utf8).write(to: mal.appendingPathComponent(".prognos-rapporter"))
        let fel = try #require(throws: RapportFel.self) { try Rapportkatalog(katalog: mal.path).skriv(Testmapp.andra) }
        guard case .frammandeInnehall(_, let fynd, 3) = fel else { Issue.record("\(fel)"); return }
        #expect(fynd.first == "\".prognos-rapporter\"")
    }

    @Test("A regular file, a symbolic link and a device as target are refused with what they are")
    func inteEnMapp() throws {
        let rot = try Testmapp.ny()
        defer { try? FileManager.default.removeItem(at: rot) }
        let fil = rot.appendingPathComponent("fil.csv")
        try Data("x".utf8).write(to: fil)
        let egen = rot.appendingPathComponent("egen")
        try Rapportkatalog(katalog: egen.path).skriv(Testmapp.forsta)
        let lank = rot.appendingPathComponent("lank")
        try fm.createSymbolicLink(at: lank, withDestinationURL: egen)
        let fore = try Testmapp.innehall(rot)
        for (mal, slag) in [(fil.path, Postslag.fil), (lank.path, .symboliskLank), ("/dev/null", .enhet)] {
            let fel = try #require(throws: RapportFel.self) { try Rapportkatalog(katalog: mal).skriv(Testmapp.andra) }
            #expect(fel == .inteEnMapp(sokvag: mal, slag: slag))
        }
        #expect(RapportFel.inteEnMapp(sokvag: "/dev/null", slag: .enhet).description
                == "kunde inte skriva rapporterna till \"/dev/null\": det är en enhetsfil, inte en mapp; ingenting skrevs")
        #expect(try Testmapp.innehall(rot) == fore)
    }

    @Test("Paths that name no folder are refused before the file system is touched")
    func ogiltigaSokvagar() throws {
        let rot = try Testmapp.ny()
        defer { try? FileManager.default.removeItem(at: rot) }
        for sokvag in ["", "/", "//", rot.path + "/.", rot.path + "/..", rot.path + "/x/..", rot.path + "/.prognos-1-0123456789abcdef",
                       rot.path + "/.prognos-rapporter"] {
            let fel = try #require(throws: RapportFel.self) { try Rapportkatalog(katalog: sokvag).skriv(Testmapp.forsta) }
            guard case .ogiltigSokvag(sokvag, _) = fel else { Issue.record("\(sokvag): \(fel)"); continue }
        }
        #expect(try fm.contentsOfDirectory(atPath: rot.path).isEmpty)
    }

    @Test("A 250-byte folder name works: the temporary folder's name does not grow with it")
    func langtNamn() throws {
        let rot = try Testmapp.ny()
        defer { try? FileManager.default.removeItem(at: rot) }
        let namn = String(repeating: "å", count: 120) + "rapport123"
        #expect(namn.utf8.count == 250)
        let mal = rot.appendingPathComponent(namn)
        try Rapportkatalog(katalog: mal.path).skriv(Testmapp.forsta)
        try Rapportkatalog(katalog: mal.path).skriv(Testmapp.andra)
        #expect(try Testmapp.innehall(mal) == Testmapp.forvantat(Testmapp.andra))
        #expect(Tillfalligtnamn.nytt().utf8.count <= 36)
    }

    @Test("Names in messages have control characters and invalid UTF-8 escaped")
    func synligaNamn() throws {
        #expect(Styrtecken.maskerade("rad\nrad\t\u{1B}[31m röd\u{85}") == "rad\\u{A}rad\\u{9}\\u{1B}[31m röd\\u{85}")
        #expect(Styrtecken.maskerade([0x61, 0xFF, 0xC3, 0xA5, 0xC3]) == "a\\xFFå\\xC3")
        #expect(Styrtecken.maskerade("\u{202E}fdp.exe") == "\\u{202E}fdp.exe")
        let rot = try Testmapp.ny()
        defer { try? FileManager.default.removeItem(at: rot) }
        let mal = rot.appendingPathComponent("data")
        try fm.createDirectory(at: mal, withIntermediateDirectories: false)
        try Data().write(to: mal.appendingPathComponent("fel\nnamn\u{1B}[2J"))
        let fel = try #require(throws: RapportFel.self) { try Rapportkatalog(katalog: mal.path).skriv(Testmapp.forsta) }
        #expect(fel.description.contains("(\"fel\\u{A}namn\\u{1B}[2J\")"))
        #expect(!fel.description.contains("\n") && !fel.description.contains("\u{1B}"))
    }

    @Test("A message names at most three entries and counts the rest")
    func fleraFynd() throws {
        let rot = try Testmapp.ny()
        defer { try? FileManager.default.removeItem(at: rot) }
        for namn in ["e", "d", "c", "b", "a"] { try Data().write(to: rot.appendingPathComponent(namn)) }
        let fel = try #require(throws: RapportFel.self) { try Rapportkatalog(katalog: rot.path).skriv(Testmapp.forsta) }
        #expect(fel.description.contains("(\"a\", \"b\", \"c\" och 2 till)"))
    }

    @Test("Report file names must be single, distinct names outside Prognos's reserved prefix")
    func ogiltigaFilnamn() throws {
        let rot = try Testmapp.ny()
        defer { try? FileManager.default.removeItem(at: rot) }
        for namn in ["a/b.csv", "", "..", ".prognos-rapporter", "rad\nbrytning.csv", String(repeating: "x", count: 256)] {
            #expect(throws: RapportFel.ogiltigtFilnamn(namn)) {
                try Rapportkatalog(katalog: rot.appendingPathComponent("ut").path).skriv([(namn, "x")])
            }
        }
        #expect(throws: RapportFel.ogiltigtFilnamn("a.csv")) {
            try Rapportkatalog(katalog: rot.appendingPathComponent("ut").path).skriv([("a.csv", "1"), ("a.csv", "2")])
        }
        #expect(try fm.contentsOfDirectory(atPath: rot.path).isEmpty)
    }

    @Test("System errors are explained in Swedish, never in Foundation's words")
    func systemfel() {
        let fall: [(Filatgard, Int32, String)] = [
            (.skapaTillfallig, EACCES, "saknar skrivbehörighet"), (.skrivaFiler, EPERM, "saknar skrivbehörighet"),
            (.lasaMal, EACCES, "saknar läsbehörighet"), (.skrivaFiler, ENOSPC, "disken är full"),
            (.skapaForalder, ENOTDIR, "en del av sökvägen är inte en mapp"), (.bytaUt, EROFS, "filsystemet är skrivskyddat"),
            (.skrivaFiler, EDQUOT, "diskkvoten är slut"), (.bytaUt, 9999, "systemfel med felkod 9999"),
        ]
        for (atgard, kod, orsak) in fall {
            let text = RapportFel.system(atgard: atgard, sokvag: "ut", errno: kod).description
            #expect(text == "kunde inte skriva rapporterna till \"ut\": \(orsak) (\(atgard.text)); ingenting ändrades")
        }
        #expect(RapportFel.system(atgard: .taBortTidigare, sokvag: "ut", errno: EIO).description.hasSuffix("de nya rapporterna ligger på plats"))
        #expect(RapportFel.atomisktUtbyteSaknas(sokvag: "ut").description.contains("renameat2 stöds inte"))
    }

    @Test("Leftover temporary folders of dead processes are removed by their manifest; foreign files stay")
    func kvarlamnade() throws {
        let rot = try Testmapp.ny()
        defer { try? FileManager.default.removeItem(at: rot) }
        let dod = try Testmapp.dodPid()
        func mapp(_ pid: Int32, _ filer: [String: String]) throws -> String {
            let namn = ".prognos-\(pid)-" + String(format: "%016llx", UInt64.random(in: .min ... .max))
            try fm.createDirectory(at: rot.appendingPathComponent(namn), withIntermediateDirectories: false)
            for (fil, innehall) in filer { try Data(innehall.utf8).write(to: rot.appendingPathComponent(namn + "/" + fil)) }
            return namn
        }
        _ = try mapp(dod, [:])
        _ = try mapp(dod, [".prognos-rapporter": ""])
        _ = try mapp(dod, [".prognos-rapporter": "prognos-rapporter 1\na.csv\nb.csv\n", "a.csv": "1"])
        let frammande = try mapp(dod, [".prognos-rapporter": "prognos-rapporter 1\na.csv\n", "a.csv": "1", "egen.txt": "x"])
        let levande = try mapp(1, [".prognos-rapporter": "prognos-rapporter 1\na.csv\n", "a.csv": "1"])
        let annat = ".prognos-\(dod)-inte-vart-monster"
        try fm.createDirectory(at: rot.appendingPathComponent(annat), withIntermediateDirectories: false)

        try Rapportkatalog(katalog: rot.appendingPathComponent("rapport").path).skriv(Testmapp.forsta)
        #expect(try Set(fm.contentsOfDirectory(atPath: rot.path)) == ["rapport", frammande, levande, annat])
        #expect(try Testmapp.innehall(rot.appendingPathComponent(frammande)).keys.sorted() == ["egen.txt"])
    }

    @Test("The manifest round-trips and anything else is no manifest")
    func manifest() throws {
        let manifest = try Rapportmanifest(filer: ["a.csv", "b.csv"])
        #expect(String(decoding: manifest.innehall, as: UTF8.self) == "prognos-rapporter 1\na.csv\nb.csv\n")
        #expect(Rapportmanifest(innehall: manifest.innehall) == manifest)
        for text in ["", "prognos-rapporter 1", "prognos-rapporter 2\na.csv\n", "prognos-rapporter 1\na.csv\na.csv\n",
                     "prognos-rapporter 1\n\n", "prognos-rapporter 1\nx/y\n"] {
            #expect(Rapportmanifest(innehall: Array(text.utf8)) == nil, "\(text)")
        }
        #expect(Rapportmanifest(innehall: [0xFF, 0x0A]) == nil)
    }
}
