import Foundation
import Synchronization

/// The folders every test suite finds its files in: the project's root (found from this source file), the
/// region's source documents in `../shared/seeds` beside it (as on every developer machine and in CI), and
/// fresh scratch folders.
public enum Projektmappar {
    /// The project's root folder.
    public static let rot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// `../shared/seeds`: the region's documents that line numbers in `kalla` columns cite.
    public static let kallor = rot.deletingLastPathComponent().appendingPathComponent("shared/seeds")

    /// A fresh empty folder under the system's temporary folder, named `prognos-<slag>-<uuid>`, removed with
    /// everything in it when the test process exits (see `ny`).
    public static func tempmapp(_ slag: String) throws -> URL {
        let url = ny(slag)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// A fresh path under the system's temporary folder, named `prognos-<slag>-<uuid>` and not yet created (for a
    /// copy to go to), removed with whatever is there when the test process exits, so that test runs leave
    /// nothing behind. With `PROGNOS_BEHALL_TESTMAPPAR` set they are kept, to look at after a failure.
    public static func ny(_ slag: String) -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("prognos-\(slag)-\(UUID().uuidString)")
        skapade.withLock { mappar in
            if mappar.isEmpty, ProcessInfo.processInfo.environment["PROGNOS_BEHALL_TESTMAPPAR"] == nil {
                atexit { Projektmappar.taBortSkapade() }
            }
            mappar.append(url)
        }
        return url
    }

    /// The paths `ny` has handed out in this process.
    private static let skapade = Mutex<[URL]>([])

    /// Removes every path `ny` handed out.
    private static func taBortSkapade() {
        for url in skapade.withLock({ $0 }) { try? FileManager.default.removeItem(at: url) }
    }
}
