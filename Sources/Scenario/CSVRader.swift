import Foundation

/// Splits the text of a CSV file a user gives into lines and fields. The delimiter is detected from the
/// header, never guessed per line: a header with `;` means semicolon-separated with decimal comma (as
/// Swedish spreadsheet programs save), otherwise comma-separated with decimal point (as the data sets in
/// `notebooks-data/` and SCB's downloads are written). Lines may end in LF or CRLF.
struct CSVRader {
    /// The field delimiter and the decimal sign that goes with it.
    enum Format: Equatable {
        case komma, semikolon

        var avgransare: Character { self == .komma ? "," : ";" }
        var decimaltecken: Character { self == .komma ? "." : "," }
        var beskrivning: String {
            self == .komma ? "kommaseparerad med decimalpunkt" : "semikolonseparerad med decimalkomma"
        }
    }

    /// One non-empty line: its 1-based number in the file and its fields, trimmed of surrounding spaces.
    struct Rad {
        let nummer: Int
        let falt: [String]
    }

    let format: Format
    /// The header's fields.
    let rubrik: [String]
    /// The lines after the header, empty lines left out.
    let rader: [Rad]

    /// Splits `text`; a field with an opening quote but no closing one is an error on its line.
    init(_ text: String, fil: String) throws(ScenarioFel) {
        var lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            var s = String(String.UnicodeScalarView(line))
            if s.unicodeScalars.last == "\r" { s.unicodeScalars.removeLast() }
            return s
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        guard let header = lines.first, !header.isEmpty else {
            throw ScenarioFel(fil: fil, rad: 1, nyckel: "", problem: "filen är tom; förväntade en rubrikrad")
        }
        format = header.contains(";") ? .semikolon : .komma
        rubrik = try Self.falt(header, format: format, fil: fil, rad: 1)
        var rader: [Rad] = []
        for (offset, line) in lines.enumerated().dropFirst() where !line.allSatisfy(\.isWhitespace) {
            rader.append(Rad(nummer: offset + 1, falt: try Self.falt(line, format: format, fil: fil, rad: offset + 1)))
        }
        self.rader = rader
    }

    /// Splits a line at the delimiter; a field in double quotes may contain it, and `""` inside quotes is a
    /// quote. Control characters are refused.
    private static func falt(_ line: String, format: Format, fil: String, rad: Int) throws(ScenarioFel) -> [String] {
        if let styr = line.unicodeScalars.first(where: Styrtecken.ar), styr != "\t" {
            throw ScenarioFel(fil: fil, rad: rad, nyckel: "",
                              problem: "raden innehåller styrtecknet \(Styrtecken.maskerade(String(styr))); förväntade vanlig text")
        }
        var fields: [String] = []
        var current = ""
        var quoted = false
        var previousWasQuote = false
        for ch in line {
            if ch == "\"" {
                if quoted { quoted = false; previousWasQuote = true; continue }
                if previousWasQuote { current.append("\"") }
                quoted = true
                previousWasQuote = false
                continue
            }
            previousWasQuote = false
            if ch == format.avgransare && !quoted {
                fields.append(current)
                current = ""
            } else {
                current.append(ch)
            }
        }
        guard !quoted else {
            throw ScenarioFel(fil: fil, rad: rad, nyckel: "", problem: "ett citattecken öppnas men stängs aldrig på raden")
        }
        fields.append(current)
        return fields.map { $0.trimmingCharacters(in: .whitespaces) }
    }
}
