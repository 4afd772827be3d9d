import Befolkning

/// The three SCB tables a population data set holds, and how each names its ages.
enum Befolkningstabell: String, CaseIterable {
    case folkmangd, fodda, doda

    /// The file name without extension (`.csv` or `.json`).
    var filnamn: String { rawValue }

    /// What the table counts, for messages.
    var beskrivning: String {
        switch self {
        case .folkmangd: return "folkmängd 31 december"
        case .fodda: return "levande födda efter moderns ålder"
        case .doda: return "döda efter uppnådd ålder"
        }
    }

    /// The age index an age code maps to: 0…100 for population and deaths (`100+` the open group);
    /// 15…49 less 15 for births (`-14` counts at 15, `49+` at 49); nil for births with unknown age, which are
    /// spread over the known ages; `.none` (outer nil) for a code the table does not have.
    func alder(_ kod: String) -> Int?? {
        switch self {
        case .folkmangd, .doda:
            if kod == "100+" { return .some(Alder.hogsta) }
            guard let a = Int(kod), (0..<Alder.hogsta).contains(a) else { return .none }
            return .some(a)
        case .fodda:
            switch kod {
            case "-14": return .some(0)
            case "49+": return .some(Alder.fertila.count - 1)
            case "uppgift saknas", "us": return .some(nil)
            default:
                guard let a = Int(kod), (Alder.fertila.lowerBound..<Alder.fertila.upperBound).contains(a) else { return .none }
                return .some(a - Alder.fertila.lowerBound)
            }
        }
    }

    /// The number of age indices.
    var antalAldrar: Int { self == .fodda ? Alder.fertila.count : Alder.antal }

    /// The age code of an age index as SCB writes it; for births, index 0 is "15".
    func kod(_ index: Int) -> String {
        switch self {
        case .folkmangd, .doda: return index == Alder.hogsta ? "100+" : "\(index)"
        case .fodda: return index == Alder.fertila.count - 1 ? "49+" : "\(index + Alder.fertila.lowerBound)"
        }
    }

    /// The age codes a complete table has for every sex and year: births at -14 and at 15 are rows of their
    /// own though they count at the same age, and births with unknown mother's age have a row too.
    var koder: [String] {
        switch self {
        case .folkmangd, .doda: return (0...Alder.hogsta).map(kod)
        case .fodda: return ["-14"] + (0..<Alder.fertila.count).map(kod) + ["uppgift saknas"]
        }
    }

    /// The code in `koder` that an age read as `alder` from the code `skriven` stands for, however the file
    /// writes it: "037" is "37", "us" is "uppgift saknas".
    func kod(_ alder: Int?, skriven: String) -> String {
        guard let alder else { return "uppgift saknas" }
        return self == .fodda && skriven == "-14" ? "-14" : kod(alder)
    }
}

/// One count read from a file, with the place it was read for messages.
struct Befolkningspost {
    /// The region code ("10"), and its name when the file gives one.
    let region: String
    let regionnamn: String
    let kon: Kon
    /// The age index (see `Befolkningstabell.alder`); nil for births with unknown mother's age.
    let alder: Int?
    /// The age as the file writes it, for messages; `Befolkningstabell.kod(_:skriven:)` gives the code it
    /// stands for. Two posts may share an index (births at -14 and 15) but not a code.
    let alderskod: String
    let ar: Int
    let antal: Double
    let rad: Int?
    let nyckel: String
}

/// Sex codes as SCB's CSV downloads and its API write them.
enum Konskod {
    static func kon(_ kod: String) -> Kon? {
        switch kod.lowercased() {
        case "kvinnor", "kvinna", "2", "k": return .kvinnor
        case "män", "man", "1", "m": return .man
        default: return nil
        }
    }
}

/// A count must be a whole, non-negative number of persons, at most a billion.
enum Antal {
    static func tolka(_ varde: Double?) -> Double? {
        guard let varde, varde.isFinite, varde >= 0, varde <= 1e9, varde == varde.rounded() else { return nil }
        return varde
    }
}
