/// A number as people and spreadsheets write it in a table or a scenario: an optional minus, digits,
/// optionally the decimal sign and more digits, optionally an exponent (`1e6`, `2,5E-3`). Swift's
/// `Double(_:)` also takes hexadecimal ("0x1A"), "inf" and "nan"; none of those is a figure a region's
/// document or an export holds, so they are refused here rather than read as something else.
package enum Decimaltal {
    /// The value of `text` with `decimaltecken` as the decimal sign; nil for anything else.
    package static func tolka(_ text: String, decimaltecken: Character) -> Double? {
        var tecken = Substring(text)
        if tecken.first == "-" { tecken = tecken.dropFirst() }
        if let e = tecken.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            var exponent = tecken[tecken.index(after: e)...]
            if exponent.first == "-" || exponent.first == "+" { exponent = exponent.dropFirst() }
            guard !exponent.isEmpty, exponent.allSatisfy(\.isASCIIDigitChar) else { return nil }
            tecken = tecken[..<e]
        }
        let delar = tecken.split(separator: decimaltecken, maxSplits: 1, omittingEmptySubsequences: false)
        guard let heltal = delar.first, !heltal.isEmpty, heltal.allSatisfy(\.isASCIIDigitChar),
              delar.count == 1 || (!delar[1].isEmpty && delar[1].allSatisfy(\.isASCIIDigitChar)) else { return nil }
        let normaliserad = decimaltecken == "." ? text : text.replacingOccurrences(of: String(decimaltecken), with: ".")
        return Double(normaliserad).flatMap { $0.isFinite ? $0 : nil }
    }
}

private extension Character {
    var isASCIIDigitChar: Bool { ("0"..."9").contains(self) }
}
