import Foundation
import Vokabular

/// The memory a run may use, checked before a large allocation so that a run too large for the machine is
/// refused with its estimate instead of being killed: what the system reports as available
/// (`MemAvailable` in /proc/meminfo), or less when the user caps it with `PROGNOS_MAX_MINNE_MIB`.
enum Minne {
    /// Bytes the run may use; nil when neither the system nor the user says.
    static var tillgangligt: Int? {
        let tak = ProcessInfo.processInfo.environment["PROGNOS_MAX_MINNE_MIB"].flatMap(Int.init).map { $0 << 20 }
        let system = (try? String(contentsOfFile: "/proc/meminfo", encoding: .utf8))?
            .split(separator: "\n").first { $0.hasPrefix("MemAvailable:") }?
            .split(separator: " ").dropFirst().first.flatMap { Int($0) }.map { $0 << 10 }
        switch (tak, system) {
        case let (tak?, system?): return min(tak, system)
        case let (tak, system): return tak ?? system
        }
    }

    /// Throws `Korfel.forStor` when `behov` bytes for `vad` exceed what the run may use.
    static func kontrollera(_ behov: Int, for vad: String, minska: String) throws(Korfel) {
        guard let tillgangligt, behov > tillgangligt else { return }
        func gib(_ b: Int) -> String { Belopp.text(Double(b) / Double(1 << 30), decimaler: 1) + " GiB" }
        throw .forStor("\(vad) behöver uppskattningsvis \(behov == Int.max ? "mer än maskinen kan adressera" : gib(behov)), "
                       + "men körningen har \(gib(tillgangligt)) ledigt; \(minska)")
    }
}
