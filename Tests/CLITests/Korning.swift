import Foundation
import Testdelar

/// Runs the built `prognos` executable and captures what it prints.
struct Korning {
    let status: Int32
    let stdout: String
    let stderr: String

    static let rot = Projektmappar.rot

    /// The executable beside the test bundle in the build folder.
    static var program: URL {
        let candidates = [Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent()]
            .map { $0.appendingPathComponent("prognos") }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[0]
    }

    /// Runs `prognos` with `argument` from the project root, with `miljo` added to the environment.
    static func kor(_ argument: [String], miljo: [String: String] = [:]) throws -> Korning {
        let process = Process()
        process.executableURL = program
        process.arguments = argument
        if !miljo.isEmpty { process.environment = ProcessInfo.processInfo.environment.merging(miljo) { $1 } }
        process.currentDirectoryURL = rot
        let ut = Pipe(), fel = Pipe()
        process.standardOutput = ut
        process.standardError = fel
        try process.run()
        let utData = ut.fileHandleForReading.readDataToEndOfFile()
        let felData = fel.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Korning(status: process.terminationStatus, stdout: String(decoding: utData, as: UTF8.self),
                       stderr: String(decoding: felData, as: UTF8.self))
    }

    /// Starts `prognos` with `argument` from the project root without waiting, with `miljo` added to the
    /// environment; its output is discarded, but for standard error when `fel` is given.
    static func starta(_ argument: [String], miljo: [String: String] = [:], fel: Pipe? = nil) throws -> Process {
        let process = Process()
        process.executableURL = program
        process.arguments = argument
        if !miljo.isEmpty { process.environment = ProcessInfo.processInfo.environment.merging(miljo) { $1 } }
        process.currentDirectoryURL = rot
        process.standardOutput = FileHandle.nullDevice
        process.standardError = fel ?? FileHandle.nullDevice
        try process.run()
        return process
    }

    /// A helper run that failed.
    struct Fel: Error, CustomStringConvertible {
        let beskrivning: String
        var description: String { beskrivning }
    }

    /// A fresh temporary folder.
    static func tempmapp() throws -> URL { try Projektmappar.tempmapp("cli") }

    /// A copy of the default scenario in `mapp`, with `andring` applied and the data path made absolute.
    static func scenariokopia(i mapp: URL, _ andring: (String) -> String) throws -> URL {
        let original = rot.appendingPathComponent("scenarios/regionplan-2023-2025.yaml")
        let text = try String(contentsOf: original, encoding: .utf8).replacingOccurrences(
            of: "underlag: ../notebooks-data/regionplan-2023-2025",
            with: "underlag: \(rot.appendingPathComponent("notebooks-data/regionplan-2023-2025").path)")
        let fil = mapp.appendingPathComponent("whatif.yaml")
        try andring(text).write(to: fil, atomically: true, encoding: .utf8)
        return fil
    }
}
