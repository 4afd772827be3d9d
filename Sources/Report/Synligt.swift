/// A file or folder name made safe to print: control and format characters, backslashes and bytes that
/// are not UTF-8 are written as escapes, so that a name can neither garble nor forge terminal output.
enum Synligt {
    /// `namn` with escapes, e.g. `rapport\n` for a name ending in a newline and `\xFF` for a stray byte.
    static func text(_ namn: [UInt8]) -> String {
        var text = ""
        var iterator = namn.makeIterator()
        var parser = Unicode.UTF8.ForwardParser()
        var position = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let kodad):
                text += escape(Unicode.UTF8.decode(kodad))
                position += kodad.count
            case .error(let langd):
                for byte in namn[position..<position + langd] { text += "\\x" + hex(UInt32(byte), siffror: 2) }
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

    private static func escape(_ tecken: Unicode.Scalar) -> String {
        switch tecken {
        case "\n": return "\\n"
        case "\r": return "\\r"
        case "\t": return "\\t"
        case "\\": return "\\\\"
        default:
            switch tecken.properties.generalCategory {
            case .control, .format, .lineSeparator, .paragraphSeparator:
                return "\\u{" + hex(tecken.value, siffror: 4) + "}"
            default:
                return String(tecken)
            }
        }
    }

    private static func hex(_ varde: UInt32, siffror: Int) -> String {
        let text = String(varde, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, siffror - text.count)) + text
    }
}
