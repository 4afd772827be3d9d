import Foundation
import Vokabular

/// The memory a run may use, checked before a large allocation so that a run too large for the machine is
/// refused with its estimate instead of being killed: what the system reports as available
/// (`MemAvailable` in /proc/meminfo), or less when the user caps it with `PROGNOS_MAX_MINNE_MIB`.
enum Minne {
    /// The user's cap in MiB: a whole number 1–1 048 576 (1 TiB).
    static let tak: ClosedRange<Int> = 1...1_048_576

    /// Bytes the run may use; nil when neither the system nor the user says.
    static var tillgangligt: Int? {
        get throws(Korfel) {
            var tak: Int?
            if let text = ProcessInfo.processInfo.environment["PROGNOS_MAX_MINNE_MIB"], !text.isEmpty {
                guard let mib = Int(text), Self.tak.contains(mib) else {
                    throw .saknas("PROGNOS_MAX_MINNE_MIB ska vara ett heltal 1–1048576 (MiB), inte \"\(Styrtecken.maskerade(text))\"")
                }
                tak = mib << 20
            }
            return Self.systemet.map { system in tak.map { min($0, system) } ?? system } ?? tak
        }
    }

    /// MemAvailable from /proc/meminfo, in bytes.
    private static var systemet: Int? {
        (try? String(contentsOfFile: "/proc/meminfo", encoding: .utf8))?
            .split(separator: "\n").first { $0.hasPrefix("MemAvailable:") }?
            .split(separator: " ").dropFirst().first.flatMap { Int($0) }.map { $0 << 10 }
    }

    /// What reading a file takes in memory per byte of it: the text, its lines and fields, and the values.
    /// Measured on the largest files tried (2026-11): a 202 MB JSON-stat file took 4,3 GB (21 bytes per
    /// byte), a 200 MB ledger export 2,6 GB (13); rounded up.
    static let perLastByte = 24

    /// Bytes of the file at `url`, or of the regular files directly in the folder at `url`; 0 when missing.
    static func storlek(_ url: URL) -> Int {
        let fm = FileManager.default
        func fil(_ sokvag: String) -> Int { (try? fm.attributesOfItem(atPath: sokvag)[.size] as? Int) ?? 0 }
        var mapp: ObjCBool = false
        guard fm.fileExists(atPath: url.path, isDirectory: &mapp) else { return 0 }
        guard mapp.boolValue else { return fil(url.path) }
        return ((try? fm.contentsOfDirectory(atPath: url.path)) ?? []).reduce(0) { $0 + fil(url.appendingPathComponent($1).path) }
    }

    /// Refuses reading `url` when it would take more memory than the run may use.
    static func kontrolleraLasning(_ url: URL) throws(Korfel) {
        let (antal, overflow) = storlek(url).multipliedReportingOverflow(by: perLastByte)
        try kontrollera(overflow ? Int.max : antal, for: "inläsningen av \(url.path)",
                        minska: "dela upp filen, t.ex. per region eller år")
    }

    /// Throws `Korfel.forStor` when `behov` bytes for `vad` exceed what the run may use.
    static func kontrollera(_ behov: Int, for vad: String, minska: String) throws(Korfel) {
        guard let tillgangligt = try tillgangligt, behov > tillgangligt else { return }
        func gib(_ b: Int) -> String { Belopp.text(Double(b) / Double(1 << 30), decimaler: 1) + " GiB" }
        throw .forStor("\(vad) behöver uppskattningsvis \(behov == Int.max ? "mer än maskinen kan adressera" : gib(behov)), "
                       + "men körningen har \(gib(tillgangligt)) ledigt; \(minska)")
    }
}
