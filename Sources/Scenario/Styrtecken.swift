/// Control characters in text read from files: recognised so that names can be refused, and escaped
/// (`\u{1B}`) wherever user text is printed.
public enum Styrtecken {
    /// True for C0 and C1 control characters, DEL, and the bidirectional overrides that reorder a line.
    public static func ar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }

    /// `text` with every control character written as `\u{XX}`.
    public static func maskerade(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: ar) else { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            if ar(scalar) {
                result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
