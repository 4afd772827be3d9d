/// What a run's progress reports write to standard error, from the share done and the seconds since the run
/// started, which the caller reads off its clock: "backtest: 40 % klart, cirka 12 s kvar", the time left
/// estimated from the pace since the first report, so that what a run does before its measured work (opening and
/// reading the ledger before ETS's fits) does not count as part of it. On a terminal it is one line rewritten in
/// place (`\r`), once a run has taken a second, and ended with a newline at 100 %; otherwise (a log, a pipe) a line
/// of its own every `intervall` seconds and one at 100 %. The share never goes back (reports from several threads
/// may arrive out of order), and 100 % is written once: reports after it write nothing.
struct Framstegsvisning {
    /// What is running: "simulering", "backtest".
    let vad: String
    /// Whether standard error is a terminal.
    let terminal: Bool
    /// Seconds between lines when it is not.
    let intervall: Double

    /// The largest share reported.
    private var andel = 0.0
    /// The first report's share and time, where the pace is measured from.
    private var forsta: (andel: Double, gatt: Double)?
    /// 100 % has been reported.
    private var klar = false
    /// When a line was last written (not on a terminal), in seconds since the start.
    private var senast: Double?
    /// The text on the terminal's open line, nil when none is open.
    private var rad: String?

    init(vad: String, terminal: Bool, intervall: Double) {
        self.vad = vad
        self.terminal = terminal
        self.intervall = intervall
    }

    /// Whether a line on the terminal is open (written without its newline).
    var oppen: Bool { rad != nil }

    /// What to write for the report that the share `andel` (0–1) is done `gatt` seconds after the start; nil
    /// for nothing.
    mutating func rapport(_ andel: Double, efter gatt: Double) -> String? {
        guard !klar else { return nil }
        self.andel = max(self.andel, min(max(andel, 0), 1))
        let andel = self.andel, forsta = forsta ?? (andel, gatt)
        self.forsta = forsta
        klar = andel >= 1
        var text = "\(vad): \(Int(andel * 100)) % klart"
        if andel - forsta.andel > 0.01 && andel < 1 {
            text += ", cirka \(Self.tid((gatt - forsta.gatt) / (andel - forsta.andel) * (1 - andel))) kvar"
        }
        if terminal {
            // A run shorter than a second shows nothing.
            guard rad != nil || gatt >= 1, text != rad else { return nil }
            let fyllnad = String(repeating: " ", count: max(0, (rad?.count ?? 0) - text.count))
            rad = klar ? nil : text
            return "\r" + text + fyllnad + (klar ? "\n" : "")
        }
        // A short run writes nothing; a long one a line every `intervall` and one when it is done.
        guard senast.map({ klar || gatt - $0 >= intervall }) ?? (gatt >= intervall) else { return nil }
        senast = gatt
        return Utskrift.felrad(text)
    }

    /// `s` seconds as "12 s", "3 min", "1 h 5 min".
    static func tid(_ s: Double) -> String {
        switch s {
        case ..<90: "\(Int(s.rounded())) s"
        case ..<5_400: "\(Int((s / 60).rounded())) min"
        default: "\(Int(s / 3_600)) h \(Int(s.truncatingRemainder(dividingBy: 3_600) / 60)) min"
        }
    }
}
