import Foundation
import Testdelar

/// A copy of the bundled data set in a fresh temporary folder, for tests that change a data file.
struct Datakopia {
    let mapp: URL

    init() throws {
        mapp = Projektmappar.ny("data")
        try FileManager.default.copyItem(at: Projekt.underlag, to: mapp)
    }

    /// The URL of `fil` in the copy.
    func url(_ fil: String) -> URL { mapp.appendingPathComponent(fil) }

    /// Rewrites `fil` with `andring` applied to its text.
    func andra(_ fil: String, _ andring: (String) -> String) throws {
        let text = try String(contentsOf: url(fil), encoding: .utf8)
        try Data(andring(text).utf8).write(to: url(fil))
    }

    /// Replaces `fil` with raw bytes.
    func skriv(_ fil: String, _ bytes: Data) throws { try bytes.write(to: url(fil)) }

    /// A copy of the default scenario that reads this data set, with `andring` applied to its text.
    func scenario(_ andring: @escaping (String) -> String = { $0 }) throws -> URL {
        try Projekt.scenariokopia {
            andring($0.replacingOccurrences(of: "underlag: \(Projekt.underlag.path)", with: "underlag: \(mapp.path)"))
        }
    }
}
