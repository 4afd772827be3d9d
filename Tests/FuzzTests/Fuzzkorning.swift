import Foundation

/// Runs fuzz cases in-process, each on its own thread with a time limit: the case's files are written into a
/// fresh folder and the target's loader runs on them.
enum Fuzzkorning {
    /// The thread's stack: the 8 MiB of the main thread that runs `prognos`, so a deep recursion overflows
    /// here as it would there.
    static let stack = 8 << 20

    /// Where case folders go: memory-backed /dev/shm when there is one, since thousands of small writes and
    /// deletions on a disk take longer than the cases themselves; otherwise the temporary directory.
    static let rot: URL = {
        var mapp: ObjCBool = false
        guard FileManager.default.fileExists(atPath: "/dev/shm", isDirectory: &mapp), mapp.boolValue,
              FileManager.default.isWritableFile(atPath: "/dev/shm") else { return FileManager.default.temporaryDirectory }
        return URL(fileURLWithPath: "/dev/shm")
    }()

    /// Runs `filer` through `mal`; nil when the case did not finish within `tidsgrans` seconds. The thread
    /// of a case that hangs cannot be stopped: the caller must stop running cases.
    static func kor(_ mal: Fuzzmal, filer: [Fuzzfil], tidsgrans: Double) throws -> Fuzzutfall? {
        let mapp = rot.appendingPathComponent("prognos-fuzz-\(UUID().uuidString)")
        for fil in filer {
            let url = mapp.appendingPathComponent(fil.sokvag)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(fil.data).write(to: url)
        }
        let svar = Svar()
        let trad = Thread { [kor = mal.kor] in svar.satt(kor(mapp)) }
        trad.stackSize = stack
        trad.start()
        guard svar.vanta(tidsgrans) else { return nil }
        try FileManager.default.removeItem(at: mapp)
        return svar.utfall
    }
}

/// The outcome a case's thread hands back to the waiting test.
private final class Svar: @unchecked Sendable {
    private let klar = DispatchSemaphore(value: 0)
    private let lock = NSLock()
    private var varde: Fuzzutfall?

    func satt(_ utfall: Fuzzutfall) {
        lock.withLock { varde = utfall }
        klar.signal()
    }

    /// Waits at most `sekunder`; true when the outcome arrived.
    func vanta(_ sekunder: Double) -> Bool { klar.wait(timeout: .now() + sekunder) == .success }

    var utfall: Fuzzutfall? { lock.withLock { varde } }
}
