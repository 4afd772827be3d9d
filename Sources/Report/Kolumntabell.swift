import Vokabular

/// A plain-text table for the terminal: a title, column headings and rows, the first column left-aligned
/// and the others right-aligned, except a last column of text (`textSist`), which is left-aligned too.
/// Control characters in cells are shown escaped.
public struct Kolumntabell {
    /// The table's title, printed above it.
    public let rubrik: String
    /// Column headings.
    public let kolumner: [String]
    /// Rows of cells, as many as there are headings.
    public let rader: [[String]]
    /// Whether the last column is text, left-aligned.
    public let textSist: Bool

    /// Creates a table.
    public init(rubrik: String, kolumner: [String], rader: [[String]], textSist: Bool = false) {
        self.rubrik = rubrik
        self.kolumner = kolumner
        self.rader = rader
        self.textSist = textSist
    }

    /// The table as lines of text.
    public var text: String {
        let alla = ([kolumner] + rader).map { $0.map(Styrtecken.maskerade) }
        let bredder = kolumner.indices.map { i in alla.map { i < $0.count ? $0[i].count : 0 }.max() ?? 0 }
        func rad(_ celler: [String]) -> String {
            celler.enumerated().map { i, cell in
                let fyll = String(repeating: " ", count: max(0, bredder[i] - cell.count))
                return i == 0 || (textSist && i == bredder.count - 1) ? cell + fyll : fyll + cell
            }.joined(separator: "  ")
        }
        func utanSvans(_ text: String) -> String {
            var text = text
            while textSist, text.last == " " { text.removeLast() }
            return text
        }
        let linje = String(repeating: "-", count: bredder.reduce(0, +) + 2 * max(0, bredder.count - 1))
        return ([rubrik, utanSvans(rad(alla[0])), linje] + alla.dropFirst().map { utanSvans(rad($0)) }).joined(separator: "\n")
    }
}

