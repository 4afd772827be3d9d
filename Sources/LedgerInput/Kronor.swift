import Input

/// Reads an amount in kronor as an export writes it into exact öre: an optional minus, digits, and
/// optionally a decimal sign with one or two decimals. In a semicolon- or tab-separated file the decimal
/// sign is a comma or a point, in a comma-separated file a point. The digits may be grouped in thousands by
/// a space, a no-break space or a narrow no-break space ("1 411 006,50"); any other grouping, a third
/// decimal and the typographic minus are refused with a hint rather than guessed at.
enum Kronor {
    /// The characters that may group the digits in thousands.
    private static let tusental: Set<Character> = [" ", "\u{A0}", "\u{202F}"]

    /// The amount in öre, or why `text` is no amount.
    static func ore(_ text: String, format: CSVRader.Format, max: Int64) -> Result<Int64, Problem> {
        var tecken = Substring(text)
        let negativ = tecken.first == "-"
        if negativ { tecken = tecken.dropFirst() }
        let decimaltecken: Set<Character> = format == .komma ? ["."] : [",", "."]
        var heltalsdel = tecken.prefix { !decimaltecken.contains($0) }
        let grupperad = heltalsdel.split(omittingEmptySubsequences: false, whereSeparator: { tusental.contains($0) })
        if grupperad.count > 1, (1...3).contains(grupperad[0].count), grupperad.dropFirst().allSatisfy({ $0.count == 3 }) {
            heltalsdel = Substring(grupperad.joined())
            tecken = heltalsdel + tecken.dropFirst(tecken.prefix { !decimaltecken.contains($0) }.count)
        }
        let decimaler = tecken.dropFirst(heltalsdel.count + 1)
        let harDecimaltecken = heltalsdel.count < tecken.count
        guard !heltalsdel.isEmpty, heltalsdel.allSatisfy(\.isASCIIDigit),
              !harDecimaltecken || (1...2).contains(decimaler.count) && decimaler.allSatisfy(\.isASCIIDigit) else {
            return .failure(Problem(text, format: format, decimaltecken: decimaltecken, decimaler: decimaler))
        }
        guard heltalsdel.count <= 15, let kronor = Int64(heltalsdel) else { return .failure(.forStort(max: max)) }
        let ore = kronor * 100 + (Int64(decimaler) ?? 0) * (decimaler.count == 1 ? 10 : 1)
        guard ore <= max else { return .failure(.forStort(max: max)) }
        return .success(negativ ? -ore : ore)
    }

    /// Why a field is no amount, as the message says it.
    struct Problem: Error, Equatable {
        let text: String

        static let tomt = Problem(text: "beloppet är tomt; skriv 0 för noll kronor")

        static func forStort(max: Int64) -> Problem {
            Problem(text: "beloppet är större än liggaren tar, högst \(max / 100) kr åt vardera hållet")
        }

        init(text: String) { self.text = text }

        /// The message for a field that is not of the form `-1234,50`, with the likeliest reason.
        init(_ falt: String, format: CSVRader.Format, decimaltecken: Set<Character>, decimaler: Substring) {
            guard !falt.isEmpty else { self = .tomt; return }
            let exempel = format == .komma ? "-1234.50" : "-1234,50"
            var text = "förväntade ett belopp i kr, t.ex. \(exempel), fick \"\(falt)\""
            if decimaler.count > 2, decimaler.allSatisfy(\.isASCIIDigit) {
                text += "; högst två decimaler (öre), och tusental åtskilda bara med mellanslag"
            } else if falt.contains(" ") || falt.contains("\u{A0}") || falt.contains("\u{202F}") {
                text += "; mellanslag får bara skilja tusental åt, t.ex. 1 411 006,50"
            } else if falt.contains("−") || falt.contains("–") {
                text += "; skriv minus som bindestreck (-)"
            } else if falt.filter({ decimaltecken.contains($0) || $0 == "," }).count > 1 {
                text += "; skriv beloppet med högst ett decimaltecken och tusental åtskilda bara med mellanslag"
            } else if format == .komma && falt.contains(",") {
                text += "; decimaltecknet i en kommaseparerad fil är punkt"
            }
            self.text = text
        }
    }
}

private extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
