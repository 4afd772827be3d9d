import Vokabular

/// Text for HTML and SVG: the five characters with meaning escaped and control characters shown as
/// `Styrtecken` does, so that text from a scenario file can never become markup.
enum HTMLText {
    /// `text` safe inside an element or a quoted attribute; with `rader`, line breaks are kept (for `pre`).
    static func skyddad(_ text: String, rader: Bool = false) -> String {
        guard !rader else { return text.split(separator: "\n", omittingEmptySubsequences: false).map { skyddad(String($0)) }.joined(separator: "\n") }
        var ut = ""
        for tecken in Styrtecken.maskerade(text) {
            switch tecken {
            case "&": ut += "&amp;"
            case "<": ut += "&lt;"
            case ">": ut += "&gt;"
            case "\"": ut += "&quot;"
            case "'": ut += "&#39;"
            default: ut.append(tecken)
            }
        }
        return ut
    }

    /// A coordinate with two decimals and a decimal point, as SVG wants it.
    static func koordinat(_ x: Double) -> String {
        let avrundat = (x * 100).rounded() / 100
        return avrundat == avrundat.rounded() ? String(Int(avrundat)) : String(avrundat)
    }
}
