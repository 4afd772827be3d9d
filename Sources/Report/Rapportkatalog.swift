import Foundation

/// Writes a set of report files into a folder all or nothing: every file is first written to a fresh
/// folder beside the target and moved into place only when all were written, so a failure leaves the
/// target as it was.
public struct Rapportkatalog {
    /// The target folder.
    public let katalog: URL

    /// Prepares writing into `katalog` (created if missing).
    public init(katalog: URL) {
        self.katalog = katalog
    }

    /// Writes `filer` (file name → content); throws without touching the target if any write fails.
    public func skriv(_ filer: [(namn: String, innehall: String)]) throws {
        let fm = FileManager.default
        let parent = katalog.deletingLastPathComponent()
        try fm.createDirectory(at: parent, withIntermediateDirectories: true)
        let tillfallig = parent.appendingPathComponent(".\(katalog.lastPathComponent).prognos-\(UUID().uuidString)")
        try fm.createDirectory(at: tillfallig, withIntermediateDirectories: false)
        defer { try? fm.removeItem(at: tillfallig) }
        for fil in filer {
            try Data(fil.innehall.utf8).write(to: tillfallig.appendingPathComponent(fil.namn), options: .atomic)
        }
        try fm.createDirectory(at: katalog, withIntermediateDirectories: true)
        for fil in filer {
            let mal = katalog.appendingPathComponent(fil.namn)
            if fm.fileExists(atPath: mal.path) { try fm.removeItem(at: mal) }
            try fm.moveItem(at: tillfallig.appendingPathComponent(fil.namn), to: mal)
        }
    }
}
