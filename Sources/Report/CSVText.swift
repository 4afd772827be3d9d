import Budget
import Vokabular

/// CSV as Swedish spreadsheet programs open it: semicolon-separated, decimal comma, no thousands
/// separator, UTF-8 with byte-order mark, CRLF line endings. Shared by every report.
public enum CSVText {
    /// The file's text from a header and rows of cells; cells holding `;`, `"` or a line break are quoted.
    /// With `scenario`, every row begins with the scenario's name in a first column, `scenario`, so that files
    /// of several runs can be put together and still tell them apart.
    public static func text(rubrik: [String], rader: [[String]], scenario: String? = nil) -> String {
        let rubrik = scenario == nil ? rubrik : ["scenario"] + rubrik
        let rader = scenario.map { namn in rader.map { [namn] + $0 } } ?? rader
        let lines = ([rubrik] + rader).map { $0.map(falt).joined(separator: ";") }
        return "\u{FEFF}" + lines.joined(separator: "\r\n") + "\r\n"
    }

    /// A number with `decimaler` decimals, decimal comma, no thousands separator.
    public static func tal(_ value: Double, decimaler: Int = 1) -> String {
        Belopp.text(value, decimaler: decimaler).filter { $0 != " " }
    }

    private static func falt(_ text: String) -> String {
        text.contains(";") || text.contains("\"") || text.contains("\n") || text.contains("\r")
            ? "\"" + text.replacing("\"", with: "\"\"") + "\"" : text
    }
}
