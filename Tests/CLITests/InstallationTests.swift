import Foundation
import Testing

/// `make install`'s layout — the program in PREFIX/bin, the scenarios and data in PREFIX/share/prognos —
/// works from any working folder: the defaults and the documented relative paths find the bundled files.
@Suite("make install")
struct InstallationTests {
    @Test("From an empty folder, an installed prognos finds its scenarios and data")
    func franVilkenMappSomHelst() throws {
        let prefix = try Korning.tempmapp(), arbetsmapp = try Korning.tempmapp()
        defer {
            try? FileManager.default.removeItem(at: prefix)
            try? FileManager.default.removeItem(at: arbetsmapp)
        }
        let fm = FileManager.default
        let bin = prefix.appendingPathComponent("bin"), dela = prefix.appendingPathComponent("share/prognos")
        try fm.createDirectory(at: bin, withIntermediateDirectories: true)
        try fm.createDirectory(at: dela, withIntermediateDirectories: true)
        try fm.copyItem(at: Korning.program, to: bin.appendingPathComponent("prognos"))
        for del in ["scenarios", "notebooks-data"] {
            try fm.copyItem(at: Korning.rot.appendingPathComponent(del), to: dela.appendingPathComponent(del))
        }
        func kor(_ argument: [String]) throws -> (status: Int32, stdout: String) {
            let process = Process()
            process.executableURL = bin.appendingPathComponent("prognos")
            process.arguments = argument
            process.currentDirectoryURL = arbetsmapp
            var miljo = ProcessInfo.processInfo.environment
            miljo["PROGNOS_HEM"] = nil
            process.environment = miljo
            let ut = Pipe()
            process.standardOutput = ut
            process.standardError = FileHandle.nullDevice
            try process.run()
            let data = ut.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return (process.terminationStatus, String(decoding: data, as: UTF8.self))
        }
        let standard = try kor(["run"])
        #expect(standard.status == 0 && standard.stdout.contains("Regionplan"))
        let relativ = try kor(["run", "scenarios/regionplan-2023-2025.yaml"])
        #expect(relativ.status == 0 && relativ.stdout.contains("Scenario scenarios/regionplan-2023-2025.yaml"))
        #expect(try kor(["personal"]).status == 0)
        #expect(try kor(["befolkning", "--simuleringar", "10", "--horisont", "5"]).status == 0)
        // A path that is neither in the working folder nor bundled is still the user's, and refused.
        #expect(try kor(["run", "scenarios/finns-inte.yaml"]).status == 1)
    }
}
