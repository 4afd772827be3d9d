import Foundation
import Synchronization

/// Progress of a long run on standard error, never on standard output: the share done and the time left,
/// estimated from the time so far. On a terminal it is one line rewritten in place, once a run has taken a
/// second; otherwise (a log, a pipe) a line every few seconds. `--tyst` turns it off. The results on standard output are the same
/// with or without it.
final class Framsteg: Sendable {
    /// Seconds between lines when standard error is not a terminal: 5, or `PROGNOS_FRAMSTEG_SEKUNDER`.
    static let intervall: Double = ProcessInfo.processInfo.environment["PROGNOS_FRAMSTEG_SEKUNDER"]
        .flatMap(Double.init).flatMap { $0.isFinite && $0 >= 0 ? $0 : nil } ?? 5

    private let vad: String
    private let terminal: Bool
    private let start = ContinuousClock.now
    /// When a line was last written (non-terminal) and how wide the line on the terminal is.
    private let senast = Mutex<(tid: ContinuousClock.Instant?, bredd: Int)>((nil, 0))

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
        tyst ? nil : Framsteg(vad: vad, terminal: isatty(STDERR_FILENO) == 1)
    }

    private init(vad: String, terminal: Bool) {
        self.vad = vad
        self.terminal = terminal
    }

    /// Reports that the share `andel` (0–1) is done; called from any thread.
    func rapportera(_ andel: Double) {
        let nu = ContinuousClock.now
        let gatt = Self.sekunder(nu - start)
        let andel = min(max(andel, 0), 1)
        var text = "\(vad): \(Int(andel * 100)) % klart"
        if andel > 0.01 && andel < 1 {
            text += ", cirka \(Self.tid(gatt / andel * (1 - andel))) kvar"
        }
        senast.withLock { senast in
            if terminal {
                // A run shorter than a second shows nothing.
                guard senast.bredd > 0 || gatt >= 1 else { return }
                let fyllnad = String(repeating: " ", count: max(0, senast.bredd - text.count))
                Self.oppenRad.withLock { oppen in
                    FileHandle.standardError.write(Data(("\r" + text + fyllnad + (andel >= 1 ? "\n" : "")).utf8))
                    oppen = andel < 1
                }
                senast.bredd = andel >= 1 ? 0 : text.count
            } else if senast.tid.map({ andel >= 1 || Self.sekunder(nu - $0) >= Self.intervall }) ?? (gatt >= Self.intervall) {
                // A short run writes nothing; a long one a line every `intervall` and one when it is done.
                Utskrift.fel(text)
                senast.tid = nu
            }
        }
    }

    /// A count of units as a share: `klara` of `totalt`.
    func rapportera(_ klara: Int, av totalt: Int) { rapportera(totalt > 0 ? Double(klara) / Double(totalt) : 1) }

    private static func sekunder(_ d: Duration) -> Double {
        Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18
    }

    /// "12 s", "3 min", "1 h 5 min".
    private static func tid(_ s: Double) -> String {
        switch s {
        case ..<90: "\(Int(s.rounded())) s"
        case ..<5_400: "\(Int((s / 60).rounded())) min"
        default: "\(Int(s / 3_600)) h \(Int(s.truncatingRemainder(dividingBy: 3_600) / 60)) min"
        }
    }
}
