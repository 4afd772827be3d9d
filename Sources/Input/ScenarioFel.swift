import Vokabular

/// An error in a scenario file or in the data it draws on, pointing to the file, the line and the key path,
/// and saying what was expected.
public struct ScenarioFel: Error, Equatable, CustomStringConvertible {
    /// The file that holds the problem.
    public let fil: String
    /// 1-based line in the file, when known.
    public let rad: Int?
    /// Where in the file's structure: a YAML key path ("antaganden.indexering.personalkostnader.2024")
    /// or a CSV column.
    public let nyckel: String
    /// What is wrong and what was expected, in plain words.
    public let problem: String

    /// Creates an error.
    public init(fil: String, rad: Int?, nyckel: String, problem: String) {
        self.fil = fil
        self.rad = rad
        self.nyckel = nyckel
        self.problem = problem
    }

    /// Whether the problem is in a `--satt` value rather than in a file: `nyckel` is then the value's key
    /// path, or the part of it the reader checks.
    public var iSatt: Bool { fil == Yamlnod.Ursprung.kommandoraden.namn }

    /// The error as one line, `file:line: key: problem`, with control characters from the file escaped so
    /// that printing it cannot move the cursor, change colours or break the line.
    public var description: String {
        let plats = rad.map { "\(fil):\($0)" } ?? fil
        let text = nyckel.isEmpty ? "\(plats): \(problem)" : "\(plats): \(nyckel): \(problem)"
        return Styrtecken.maskerade(text)
    }
}
