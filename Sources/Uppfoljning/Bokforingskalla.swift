/// Where an import's amounts come from, one at a time, so that an export of hundreds of megabytes is
/// written to the ledger without holding it in memory: a file read line by line, or a list.
public protocol Bokforingskalla {
    /// What reading the source can fail with.
    associatedtype Fel: Error

    /// The next amount and the line it stands on (nil for a source without lines); nil at the end.
    mutating func nasta() throws(Fel) -> (bokforing: Bokforing, rad: Int?)?

    /// How much of the source has been read, 0–1.
    var andel: Double { get }

    /// The error for `bokforing`, on line `rad`, whose unit, row and month line `forra` already gave.
    func dubblett(_ bokforing: Bokforing, rad: Int?, forra: Int?) -> Fel
}

/// Why an import from a `Bokforingskalla` stopped: its source could not be read, or the ledger refused.
/// Either way nothing was imported.
public enum Importfel<Fel: Error>: Error {
    case kallan(Fel)
    case liggaren(LiggarFel)
}

/// A list of amounts as a source; a unit, row and month given twice is a `LiggarFel.ogiltigaVarden`.
struct Bokforingslista: Bokforingskalla {
    let bokforingar: [Bokforing]
    let fil: String
    private var index = 0

    init(_ bokforingar: [Bokforing], fil: String) {
        self.bokforingar = bokforingar
        self.fil = fil
    }

    mutating func nasta() throws(LiggarFel) -> (bokforing: Bokforing, rad: Int?)? {
        guard index < bokforingar.count else { return nil }
        defer { index += 1 }
        return (bokforingar[index], nil)
    }

    var andel: Double { bokforingar.isEmpty ? 1 : Double(index) / Double(bokforingar.count) }

    func dubblett(_ b: Bokforing, rad: Int?, forra: Int?) -> LiggarFel {
        .ogiltigaVarden(fil: fil, problem: "enhet \(b.enhet), konto \(b.konto), period \(b.period) förekommer två gånger")
    }
}
