import Budget

/// Writes a budget statement as CSV the way Swedish spreadsheet programs open it: semicolon-separated,
/// decimal comma, UTF-8 with byte-order mark; one row per statement line, one column per year.
public enum CSVRapport {
    /// The statement as CSV text: columns `rad;rubrik;<år>…`, amounts in mnkr with `decimaler` decimals.
    public static func text(_ rapport: any Budgetrapport, ar: [Int], decimaler: Int = 1) -> String {
        var lines = ["rad;rubrik;" + ar.map(String.init).joined(separator: ";")]
        for rad in rapport.rader {
            let belopp = rad.belopp.map { Belopp.text($0, decimaler: decimaler).replacingSpaces() }
            lines.append(([rad.nyckel, falt(rad.rubrik)] + belopp).joined(separator: ";"))
        }
        return "\u{FEFF}" + lines.joined(separator: "\r\n") + "\r\n"
    }

    private static func falt(_ text: String) -> String {
        text.contains(";") || text.contains("\"") ? "\"" + text.replacing("\"", with: "\"\"") + "\"" : text
    }
}

private extension String {
    /// Drops the thousands separators, which spreadsheets would read as text.
    func replacingSpaces() -> String { filter { $0 != " " } }
}
