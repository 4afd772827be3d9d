/// Control characters in text read from files or given on the command line: recognised so that names can be
/// refused, and escaped wherever user text is printed, so that it can neither garble nor forge terminal output.
///
/// One definition serves every reader and renderer: C0 and C1 control characters and DEL (general category
/// Cc), format characters such as the bidirectional overrides and isolates that reorder a line (Cf), and the
/// line and paragraph separators (Zl, Zp). Tab is a control character too; the CSV reader allows it as a
/// separator before it asks.
public enum Styrtecken {
    /// True for a character that must not be printed as it is.
    public static func omfattar(_ scalar: Unicode.Scalar) -> Bool {
        // ASCII, most of every file, without the Unicode tables: C0 controls and DEL.
        if scalar.value < 0x80 { return scalar.value < 0x20 || scalar.value == 0x7F }
        switch scalar.properties.generalCategory {
        case .control, .format, .lineSeparator, .paragraphSeparator: return true
        default: return false
        }
    }

    /// `text` with every control character written as `\u{XX}`.
    public static func maskerade(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: omfattar) else { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            append(scalar, to: &result)
        }
        return result
    }

    /// Bytes (a file name as the file system gives it) as text with every control character written as
    /// `\u{XX}` and every byte that is not UTF-8 as `\xFF`, e.g. `rapport\u{A}` for a name ending in a newline.
    public static func maskerade(_ bytes: [UInt8]) -> String {
        var text = ""
        var iterator = bytes.makeIterator()
        var parser = Unicode.UTF8.ForwardParser()
        var position = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let kodad):
                append(Unicode.UTF8.decode(kodad), to: &text)
                position += kodad.count
            case .error(let langd):
                for byte in bytes[position..<position + langd] {
                    text += "\\x" + (byte < 0x10 ? "0" : "") + String(byte, radix: 16, uppercase: true)
                }
                position += langd
            case .emptyInput:
                return text
            }
        }
    }

    private static func append(_ scalar: Unicode.Scalar, to text: inout String) {
        if omfattar(scalar) {
            text += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
        } else {
            text.unicodeScalars.append(scalar)
        }
    }
}
