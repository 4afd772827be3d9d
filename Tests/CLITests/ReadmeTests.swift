import Foundation
import Testing

/// README.md cannot drift from the program: every command in its ```sh blocks runs, in order, from a copy
/// of the project's scenarios and data, and must succeed; every `make` target it names exists; every page
/// it links to exists.
@Suite("README.md")
struct ReadmeTests {
    /// The lines of every ```sh block, in order.
    static func shRader() throws -> [String] {
        let text = try String(contentsOf: Korning.rot.appendingPathComponent("README.md"), encoding: .utf8)
        var rader: [String] = [], iBlock = false
        for rad in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if rad.hasPrefix("```") {
                iBlock = !iBlock && rad == "```sh"
            } else if iBlock {
                rader.append(rad.trimmingCharacters(in: .whitespaces))
            }
        }
        return rader
    }

    /// The command of a line, without a trailing `# comment`.
    static func kommando(_ rad: String) -> String {
        guard let hash = rad.range(of: " #") else { return rad }
        return String(rad[..<hash.lowerBound]).trimmingCharacters(in: .whitespaces)
    }

    @Test("Every ```sh line is a prognos or make command or a comment")
    func baraKommandon() throws {
        let rader = try Self.shRader().filter { !$0.isEmpty && !$0.hasPrefix("#") }
        #expect(rader.contains { $0.hasPrefix("prognos ") })
        for rad in rader {
            #expect(rad.hasPrefix("prognos ") || rad.hasPrefix("make "), "\(rad)")
        }
    }

    @Test("Every prognos command in README.md runs as written and succeeds")
    func kommandonaFungerar() throws {
        let mapp = try Korning.tempmapp()
        defer { try? FileManager.default.removeItem(at: mapp) }
        for del in ["scenarios", "notebooks-data"] {
            try FileManager.default.copyItem(at: Korning.rot.appendingPathComponent(del), to: mapp.appendingPathComponent(del))
        }
        let kommandon = try Self.shRader().filter { $0.hasPrefix("prognos ") }.map(Self.kommando)
        #expect(kommandon.count >= 10)
        for kommando in kommandon {
            // `prognos` is the program just built, as `make install` puts it on the PATH.
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/bash")
            process.arguments = ["-c", "prognos() { \"$PROGNOS_PROGRAM\" \"$@\"; }\n" + kommando]
            var miljo = ProcessInfo.processInfo.environment
            miljo["PROGNOS_PROGRAM"] = Korning.program.path
            miljo["PROGNOS_HEM"] = nil
            process.environment = miljo
            process.currentDirectoryURL = mapp
            let fel = Pipe()
            process.standardOutput = FileHandle.nullDevice
            process.standardError = fel
            try process.run()
            let felText = String(decoding: fel.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            #expect(process.terminationStatus == 0, "\(kommando): \(felText)")
        }
    }

    @Test("Every make target README.md names exists in the Makefile")
    func makeMal() throws {
        let makefile = try String(contentsOf: Korning.rot.appendingPathComponent("Makefile"), encoding: .utf8)
        let mal = try Self.shRader().filter { $0.hasPrefix("make ") }.map { Self.kommando($0).split(separator: " ")[1] }
        #expect(!mal.isEmpty)
        for namn in mal {
            #expect(makefile.contains("\n\(namn):"), "make \(namn)")
        }
    }

    @Test("Every page README.md links to exists, and it stays under 300 lines")
    func lankar() throws {
        let text = try String(contentsOf: Korning.rot.appendingPathComponent("README.md"), encoding: .utf8)
        #expect(text.split(separator: "\n", omittingEmptySubsequences: false).count < 300)
        let lankar = text.matches(of: /\]\(([^)#:]+)(#[^)]*)?\)/).map { String($0.output.1) }
        #expect(lankar.contains { $0.hasPrefix("docs/") })
        for lank in lankar {
            #expect(FileManager.default.fileExists(atPath: Korning.rot.appendingPathComponent(lank).path), "\(lank)")
        }
    }
}
