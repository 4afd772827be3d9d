/// A file or folder name made safe to print: control and format characters (bidirectional overrides
/// included) are written as `\u{1B}`, as `Styrtecken` does for scenario input, and bytes that are not UTF-8
/// as `\xFF`, so that a name can neither garble nor forge terminal output.
enum Synligt {
    /// `namn` with escapes, e.g. `rapport\u{A}` for a name ending in a newline and `\xFF` for a stray byte.
    static func text(_ namn: [UInt8]) -> String {
        var text = ""
        var iterator = namn.makeIterator()
        var parser = Unicode.UTF8.ForwardParser()
        var position = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let kodad):
                let tecken = Unicode.UTF8.decode(kodad)
                switch tecken.properties.generalCategory {
                case .control, .format, .lineSeparator, .paragraphSeparator:
                    text += "\\u{" + String(tecken.value, radix: 16, uppercase: true) + "}"
                default:
                    text.unicodeScalars.append(tecken)
                }
                position += kodad.count
            case .error(let langd):
                for byte in namn[position..<position + langd] {
                    text += "\\x" + (byte < 0x10 ? "0" : "") + String(byte, radix: 16, uppercase: true)
                }
                position += langd
            case .emptyInput:
                return text
            }
        }
    }

    /// `namn` with escapes.
    static func text(_ namn: String) -> String {
        text(Array(namn.utf8))
    }
}
