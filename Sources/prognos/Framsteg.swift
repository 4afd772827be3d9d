import Foundation
import Synchronization

/// Progress of a long run on standard error, never on standard output: the share done and the time left, as
/// `Framstegsvisning` writes them, one line rewritten in place on a terminal and a line every few seconds
/// otherwise. `--tyst` turns it off. The results on standard output are the same with or without it.
final class Framsteg: Sendable {
    /// Seconds between lines when standard error is not a terminal: 5, or `PROGNOS_FRAMSTEG_SEKUNDER`.
    static let intervall: Double = ProcessInfo.processInfo.environment["PROGNOS_FRAMSTEG_SEKUNDER"]
        .flatMap(Double.init).flatMap { $0.isFinite && $0 >= 0 ? $0 : nil } ?? 5

    private let start = ContinuousClock.now
    private let visning: Mutex<Framstegsvisning>

    /// Whether a progress line on the terminal is still open (no newline yet).
    private static let oppenRad = Mutex(false)

    /// Ends an open progress line, so that a message written next starts on a line of its own.
    static func avslutaRad() {
        oppenRad.withLock { oppen in
            if oppen { FileHandle.standardError.write(Data("\n".utf8)) }
            oppen = false
        }
    }

    /// Progress of `vad` ("simulering", "backtest"); nil when `tyst`, so the run reports nothing.
    static func ny(_ vad: String, tyst: Bool) -> Framsteg? {
        tyst ? nil : Framsteg(Framstegsvisning(vad: vad, terminal: isatty(STDERR_FILENO) == 1, intervall: intervall))
    }

    private init(_ visning: Framstegsvisning) {
        self.visning = Mutex(visning)
    }

    /// Reports that the share `andel` (0–1) is done; called from any thread.
    func rapportera(_ andel: Double) {
        let gatt = ContinuousClock.now - start
        let sekunder = Double(gatt.components.seconds) + Double(gatt.components.attoseconds) * 1e-18
        visning.withLock { visning in
            guard let text = visning.rapport(andel, efter: sekunder) else { return }
            Self.oppenRad.withLock { oppen in
                FileHandle.standardError.write(Data(text.utf8))
                oppen = visning.oppen
            }
        }
    }

    /// A count of units as a share: `klara` of `totalt`.
    func rapportera(_ klara: Int, av totalt: Int) { rapportera(totalt > 0 ? Double(klara) / Double(totalt) : 1) }
}
