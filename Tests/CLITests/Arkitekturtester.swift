import Foundation
import Testing

/// The module map in docs/arkitektur.md, checked against Package.swift and the sources: the budget's path
/// stays free of the ledger and ETS, shared definitions exist once, and the CLI holds no benchmark code and
/// turns errors into exit codes in one file.
@Suite("Arkitektur")
struct Arkitekturtester {
    /// Every target's direct dependencies (targets and products by name), from Package.swift.
    static func beroenden() throws -> [String: Set<String>] {
        let text = try String(contentsOf: Korning.rot.appendingPathComponent("Package.swift"), encoding: .utf8)
        var karta: [String: Set<String>] = [:]
        let mal = /\.(?:target|executableTarget|testTarget|systemLibrary)\(\s*name:\s*"([^"]+)"(?:,\s*dependencies:\s*\[([^\]]*)\])?/
        for traff in text.matches(of: mal.dotMatchesNewlines()) {
            let namn = String(traff.output.1)
            let lista = traff.output.2.map(String.init) ?? ""
            karta[namn] = Set(lista.matches(of: /"([^"]+)"/).map { String($0.output.1) })
        }
        return karta
    }

    /// The targets `namn` depends on, directly or through others.
    static func sluten(_ namn: String, _ karta: [String: Set<String>]) -> Set<String> {
        var sedda: Set<String> = [], kvar = [namn]
        while let n = kvar.popLast() {
            for d in karta[n] ?? [] where sedda.insert(d).inserted { kvar.append(d) }
        }
        return sedda
    }

    /// The Swift sources under `Sources/<modul>`, by file name.
    static func kallor(_ modul: String) throws -> [(namn: String, text: String)] {
        let mapp = Korning.rot.appendingPathComponent("Sources/\(modul)")
        let filer = FileManager.default.enumerator(at: mapp, includingPropertiesForKeys: nil)?.compactMap { $0 as? URL } ?? []
        return try filer.filter { $0.pathExtension == "swift" }
            .map { ($0.lastPathComponent, try String(contentsOf: $0, encoding: .utf8)) }
    }

    @Test("The budget's path (Input, Budget) includes neither the ledger (Uppfoljning, GRDB) nor ETS (Forecasting)")
    func budgetensVag() throws {
        let karta = try Self.beroenden()
        #expect(karta["Input"] != nil && karta["Budget"] != nil)
        for modul in ["Input", "Budget"] {
            let alla = Self.sluten(modul, karta)
            #expect(alla.isDisjoint(with: ["Uppfoljning", "Forecasting", "GRDB", "LedgerInput"]), "\(modul): \(alla.sorted())")
        }
        #expect(Self.sluten("Application", karta).isSuperset(of: ["Input", "LedgerInput", "Budget", "Uppfoljning"]))
    }

    @Test("Domain modules do no file output and print nothing")
    func domanenSkriverInget() throws {
        for modul in ["Budget", "Befolkning", "Personal", "Vokabular"] {
            for (namn, text) in try Self.kallor(modul) {
                #expect(!text.contains("print(") && !text.contains("FileHandle.standard") && !text.contains("write(to:"),
                        "\(modul)/\(namn)")
            }
        }
    }

    @Test("The CLI throws ExitCode in one file and holds no benchmark code")
    func cliTunt() throws {
        let filer = try Self.kallor("prognos")
        #expect(filer.filter { $0.text.contains("ExitCode(") }.map(\.namn) == ["Slutkod.swift"])
        for (namn, text) in filer {
            #expect(!namn.lowercased().contains("bench") && !text.contains("clear_refs") && !text.contains("getrusage"), "\(namn)")
        }
        #expect(!(try Self.beroenden()["prognos"] ?? []).contains("Forecasting"))
    }

    @Test("One system-error table, one year range, one quantile set")
    func enDefinition() throws {
        var alla: [(modul: String, namn: String, text: String)] = []
        for modul in try FileManager.default.contentsOfDirectory(atPath: Korning.rot.appendingPathComponent("Sources").path) {
            alla += try Self.kallor(modul).map { (modul, $0.namn, $0.text) }
        }
        func dar(_ monster: Regex<Substring>) -> [String] {
            alla.filter { $0.text.contains(monster) }.map { "\($0.modul)/\($0.namn)" }.sorted()
        }
        #expect(dar(/case E[A-Z]+[^\n]*"/) == ["Vokabular/SystemFel.swift"])  // a case with its message
        #expect(dar(/\b(?:17|19)00\s*\.\.\.\s*2[23]00\b/) == ["Vokabular/Artal.swift"])
        #expect(dar(/0\.025,\s*0\.10?,/) == ["Vokabular/Kvantiler.swift"])
        #expect(dar(/0x202A|\.bidi|\\\\u\{/) == ["Vokabular/Styrtecken.swift"])
        #expect(!dar(/import CLapack/).isEmpty && dar(/import CLapack/).allSatisfy { $0.hasPrefix("LinearAlgebra/") })
    }
}
