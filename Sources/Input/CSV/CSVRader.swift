import Foundation
import Vokabular

/// Splits the text of a CSV file a user gives into lines and fields. The delimiter is detected from the
/// header, never guessed per line: a header with a tab means tab-separated with decimal comma (as
/// ekonomisystem export text files), with `;` semicolon-separated with decimal comma (as Swedish
/// spreadsheet programs save), otherwise comma-separated with decimal point (as the data sets in
/// `notebooks-data/` and SCB's downloads are written). Lines may end in LF or CRLF.
package struct CSVRader {
    /// The field delimiter and the decimal sign that goes with it.
    package enum Format: Equatable {
        case komma, semikolon, tabb

        package var avgransare: Character {
            switch self {
            case .komma: ","
            case .semikolon: ";"
            case .tabb: "\t"
            }
        }
        package var decimaltecken: Character { self == .komma ? "." : "," }
        package var beskrivning: String {
            switch self {
            case .komma: "kommaseparerad med decimalpunkt"
            case .semikolon: "semikolonseparerad med decimalkomma"
            case .tabb: "tabbseparerad med decimalkomma"
            }
        }
    }

    /// One non-empty line: its 1-based number in the file and its fields, trimmed of surrounding spaces.
    package struct Rad {
        package let nummer: Int
        package let falt: [String]
    }

    package let format: Format
    /// The header's fields.
    package let rubrik: [String]
    /// The lines after the header, empty lines left out.
    package let rader: [Rad]

    /// Splits `text`; a field with an opening quote but no closing one is an error on its line. Works on the
    /// UTF-8 bytes, so SCB downloads of many regions read quickly.
    package init(_ text: String, fil: String) throws(ScenarioFel) {
        let bytes = Array(text.utf8)
        var lines: [Range<Int>] = []
        var start = 0
        for (i, b) in bytes.enumerated() where b == 0x0A {
            lines.append(start..<(i > start && bytes[i - 1] == 0x0D ? i - 1 : i))
            start = i + 1
        }
        if start < bytes.count { lines.append(start..<(bytes.last == 0x0D ? bytes.count - 1 : bytes.count)) }
        while let sista = lines.last, sista.isEmpty { lines.removeLast() }
        guard let header = lines.first, !header.isEmpty else {
            throw ScenarioFel(fil: fil, rad: 1, nyckel: "", problem: "filen är tom; förväntade en rubrikrad")
        }
        format = Self.format(bytes[header])
        rubrik = try Self.falt(bytes[header], format: format, fil: fil, rad: 1)
        var rader: [Rad] = []
        rader.reserveCapacity(lines.count)
        for (offset, line) in lines.enumerated().dropFirst() where !Self.tom(bytes[line]) {
            rader.append(Rad(nummer: offset + 1, falt: try Self.falt(bytes[line], format: format, fil: fil, rad: offset + 1)))
        }
        self.rader = rader
    }

    /// The format a header line gives: a tab between fields (not one a spreadsheet left at the end of the
    /// header) is tab-separated, a `;` semicolon-separated, otherwise comma-separated.
    package static func format(_ header: ArraySlice<UInt8>) -> Format {
        let rubrikrad = header.drop { $0 == 0x20 || $0 == 0x09 }.reversed().drop { $0 == 0x20 || $0 == 0x09 }
        return rubrikrad.contains(0x09) ? .tabb : header.contains(0x3B) ? .semikolon : .komma
    }

    /// Whether a line holds nothing but spaces and tabs.
    package static func tom(_ line: ArraySlice<UInt8>) -> Bool { line.allSatisfy { $0 == 0x20 || $0 == 0x09 } }

    /// Splits a line at the delimiter; a field in double quotes may contain it, and `""` inside quotes is a
    /// quote. Control characters (other than tab) are refused; fields are trimmed of spaces, tabs and
    /// no-break spaces.
    package static func falt(_ line: ArraySlice<UInt8>, format: Format, fil: String, rad: Int) throws(ScenarioFel) -> [String] {
        if harStyrtecken(line) {
            let text = String(decoding: line, as: UTF8.self)
            let styr = text.unicodeScalars.first { Styrtecken.omfattar($0) && $0 != "\t" } ?? "\u{FFFD}"
            throw ScenarioFel(fil: fil, rad: rad, nyckel: "",
                              problem: "raden innehåller styrtecknet \(Styrtecken.maskerade(String(styr))); förväntade vanlig text")
        }
        let avgransare = UInt8(ascii: format.avgransare.unicodeScalars.first!)
        var fields: [String] = []
        var current: [UInt8] = []
        var quoted = false
        var previousWasQuote = false
        for b in line {
            if b == 0x22 {
                if quoted { quoted = false; previousWasQuote = true; continue }
                if previousWasQuote { current.append(0x22) }
                quoted = true
                previousWasQuote = false
                continue
            }
            previousWasQuote = false
            if b == avgransare && !quoted {
                fields.append(trimmad(current))
                current.removeAll(keepingCapacity: true)
            } else {
                current.append(b)
            }
        }
        guard !quoted else {
            throw ScenarioFel(fil: fil, rad: rad, nyckel: "", problem: "ett citattecken öppnas men stängs aldrig på raden")
        }
        fields.append(trimmad(current))
        return fields
    }

    /// Whether the line holds a control character as `Styrtecken` defines them, tab excepted. ASCII is
    /// checked byte by byte; a line with bytes beyond ASCII is checked character by character.
    private static func harStyrtecken(_ line: ArraySlice<UInt8>) -> Bool {
        var ascii = true
        for b in line {
            if (b < 0x20 && b != 0x09) || b == 0x7F { return true }
            if b >= 0x80 { ascii = false }
        }
        return !ascii && String(decoding: line, as: UTF8.self).unicodeScalars.contains { Styrtecken.omfattar($0) && $0 != "\t" }
    }

    /// The field as text without surrounding spaces, tabs and no-break spaces (C2 A0).
    private static func trimmad(_ falt: [UInt8]) -> String {
        var lo = 0, hi = falt.count
        while lo < hi {
            if falt[lo] == 0x20 || falt[lo] == 0x09 { lo += 1 }
            else if falt[lo] == 0xC2, lo + 1 < hi, falt[lo + 1] == 0xA0 { lo += 2 }
            else { break }
        }
        while hi > lo {
            if falt[hi - 1] == 0x20 || falt[hi - 1] == 0x09 { hi -= 1 }
            else if hi - 2 >= lo, falt[hi - 2] == 0xC2, falt[hi - 1] == 0xA0 { hi -= 2 }
            else { break }
        }
        return String(decoding: falt[lo..<hi], as: UTF8.self)
    }
}
