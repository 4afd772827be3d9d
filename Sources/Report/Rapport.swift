/// What a command shows and writes, the one shape every renderer returns: the text for the terminal and the
/// files `--out` writes (CSV, and later HTML), each with its name, and the command they belong to: in an
/// output folder a command's files replace only that command's earlier files.
public struct Rapport: Sendable {
    /// The command the files belong to, as the user types it after `prognos`, e.g. "befolkning backtest".
    public let kommando: String
    /// The text printed on standard output.
    public let text: String
    /// The files for `--out`, in the order they are listed.
    public let filer: [(namn: String, innehall: String)]
    /// The self-contained HTML page for `--rapport`, for the commands that have one.
    public let html: String?

    /// Creates a report.
    public init(kommando: String, text: String, filer: [(namn: String, innehall: String)], html: String? = nil) {
        self.kommando = kommando
        self.text = text
        self.filer = filer
        self.html = html
    }

    /// The line that tells where the files went, e.g. "CSV skriven till ut/prognos.csv".
    public func skrivna(till mapp: String) -> String {
        let slag = filer.allSatisfy { $0.namn.hasSuffix(".csv") } ? "CSV" : "Filer"
        return filer.count == 1 ? "\(slag == "CSV" ? "CSV" : "Filen") skriven till \(mapp)/\(filer[0].namn)"
            : "\(slag) skrivna till \(mapp)/: \(filer.map(\.namn).joined(separator: ", "))"
    }
}
