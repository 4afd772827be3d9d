import Foundation
import Testdelar

/// Paths of the project and the shared documents, found from this source file.
enum Projekt {
    static let rot = Projektmappar.rot
    static let standardscenario = rot.appendingPathComponent("scenarios/regionplan-2023-2025.yaml")
    static let underlag = rot.appendingPathComponent("notebooks-data/regionplan-2023-2025")
    /// `../shared/seeds` beside the project root, as on every developer machine and in CI.
    static let kallor = Projektmappar.kallor

    /// A fresh temporary folder holding a copy of the default scenario with `andring` applied to its text,
    /// pointing at the bundled data set. Returns the copy's URL.
    static func scenariokopia(_ andring: (String) -> String) throws -> URL {
        let mapp = try Projektmappar.tempmapp("test")
        var text = try String(contentsOf: standardscenario, encoding: .utf8)
        text = text.replacingOccurrences(of: "underlag: ../notebooks-data/regionplan-2023-2025",
                                         with: "underlag: \(underlag.path)")
        let fil = mapp.appendingPathComponent("scenario.yaml")
        try andring(text).write(to: fil, atomically: true, encoding: .utf8)
        return fil
    }
}
