import Foundation
@testable import Input

/// A published table in `notebooks-data/uppfoljning-2018`: comma-separated, decimal point, a `kalla`
/// column with `file:line` in the source document. Read with the project's own CSV splitter.
struct Publicerat {
    /// One line of the table: its fields by column name.
    struct Rad {
        let falt: [String: String]

        /// The text of column `kolumn`.
        func text(_ kolumn: String) -> String { falt[kolumn] ?? "" }

        /// The number in column `kolumn`; nil for an empty field.
        func tal(_ kolumn: String) -> Double? { Double(text(kolumn)) }
    }

    let rubrik: [String]
    let rader: [Rad]

    init(_ fil: String) throws {
        let url = Projekt.fall.appendingPathComponent(fil)
        let csv = try CSVRader(try String(contentsOf: url, encoding: .utf8), fil: url.path)
        rubrik = csv.rubrik
        rader = csv.rader.map { rad in Rad(falt: Dictionary(uniqueKeysWithValues: zip(csv.rubrik, rad.falt))) }
    }

    /// The line whose first column is `nyckel`.
    func rad(_ nyckel: String) throws -> Rad {
        guard let rad = rader.first(where: { $0.text(rubrik[0]) == nyckel }) else {
            throw Saknas(beskrivning: "raden \(nyckel) saknas")
        }
        return rad
    }

    struct Saknas: Error, CustomStringConvertible {
        let beskrivning: String
        var description: String { beskrivning }
    }
}

/// The source document's lines, read once.
enum Kalldokument {
    static let rader: [String: [Substring]] = {
        var rader: [String: [Substring]] = [:]
        for fil in ["regionstyrelsen-2019-02-13.txt"] {
            let text = (try? String(contentsOf: Projekt.kallor.appendingPathComponent(fil), encoding: .utf8)) ?? ""
            rader[fil] = text.split(separator: "\n", omittingEmptySubsequences: false)
        }
        return rader
    }()

    /// The line a `kalla` ("file:line") cites, with all whitespace removed.
    static func rad(_ kalla: String) -> String? {
        let delar = kalla.split(separator: ":")
        guard delar.count == 2, let lines = rader[String(delar[0])], let nummer = Int(delar[1]),
              lines.indices.contains(nummer - 1) else { return nil }
        return lines[nummer - 1].filter { !$0.isWhitespace }
    }

    /// The words (split at whitespace) of the line a `kalla` cites.
    static func ord(_ kalla: String) -> [Substring]? {
        let delar = kalla.split(separator: ":")
        guard delar.count == 2, let lines = rader[String(delar[0])], let nummer = Int(delar[1]),
              lines.indices.contains(nummer - 1) else { return nil }
        return lines[nummer - 1].split(whereSeparator: \.isWhitespace)
    }
}
