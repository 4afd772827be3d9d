import Glibc

/// Names of temporary folders: `.prognos-<pid>-<16 hex digits>`, short whatever the target's name, in
/// the target's parent folder, carrying the writer's pid so that a later run can tell whether the writer is
/// still alive.
enum Tillfalligtnamn {
    /// The prefix shared by temporary folders and the manifest; reserved for Prognos.
    static let prefix = ".prognos-"

    /// A fresh name for this process.
    static func nytt() -> String {
        let slump = String(UInt64.random(in: .min ... .max), radix: 16)
        return prefix + "\(getpid())-" + String(repeating: "0", count: 16 - slump.count) + slump
    }

    /// The pid in `namn` if it is a temporary folder's name, otherwise nil.
    static func pid(_ namn: [UInt8]) -> pid_t? {
        guard let text = String(validating: namn, as: UTF8.self), text.hasPrefix(prefix) else { return nil }
        let delar = text.dropFirst(prefix.count).split(separator: "-", omittingEmptySubsequences: false)
        guard delar.count == 2, delar[1].count == 16, delar[1].allSatisfy({ $0.isASCII && $0.isHexDigit }),
              delar[0].allSatisfy(\.isASCII), let pid = pid_t(delar[0]), pid > 0 else { return nil }
        return pid
    }
}
