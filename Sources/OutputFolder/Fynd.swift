import Vokabular

/// Entries found where only Prognos's own files may be, described for a message: the first few by name
/// (escaped) and kind, and how many there are in all.
struct Fynd {
    /// How many entries a message names.
    static let visas = 3

    /// Descriptions of the first entries, e.g. `"README.md"` or `mappen "resultatbudget.csv"`.
    let beskrivningar: [String]
    /// All entries found.
    let antal: Int

    /// Describes `poster` (raw name, kind if known) in the order given.
    init(_ poster: [(namn: [UInt8], slag: Postslag?)]) {
        beskrivningar = poster.prefix(Fynd.visas).map { post in
            let namn = "\"" + Styrtecken.maskerade(post.namn) + "\""
            switch post.slag {
            case .mapp: return "mappen " + namn
            case .symboliskLank: return "länken " + namn
            case .fil, nil: return namn
            case let slag?: return namn + " (" + slag.obestamd + ")"
            }
        }
        antal = poster.count
    }
}
