import Foundation

/// The folders every test suite finds its files in: the project's root (found from this source file), the
/// region's source documents in `../shared/seeds` beside it (as on every developer machine and in CI), and
/// fresh scratch folders.
public enum Projektmappar {
    /// The project's root folder.
    public static let rot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// `../shared/seeds`: the region's documents that line numbers in `kalla` columns cite.
    public static let kallor = rot.deletingLastPathComponent().appendingPathComponent("shared/seeds")

    /// A fresh empty folder under the system's temporary folder, named `prognos-<slag>-<uuid>`.
    public static func tempmapp(_ slag: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("prognos-\(slag)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
