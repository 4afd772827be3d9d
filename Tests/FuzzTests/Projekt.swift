import Foundation
import Testdelar

/// The project's root, found from this source file.
enum Projekt {
    static let rot = Projektmappar.rot

    /// The file at `sokvag` under the root as a fuzz seed file, with the same relative path in a case folder.
    static func fil(_ sokvag: String) throws -> Fuzzfil {
        Fuzzfil(sokvag: sokvag, data: Array(try Data(contentsOf: rot.appendingPathComponent(sokvag))))
    }

    /// The files under folder `mapp` whose names end in `.<filtyp>`, as seed files, sorted by name.
    static func filer(i mapp: String, filtyp: String) throws -> [Fuzzfil] {
        try FileManager.default.contentsOfDirectory(atPath: rot.appendingPathComponent(mapp).path)
            .filter { $0.hasSuffix(".\(filtyp)") }.sorted().map { try fil("\(mapp)/\($0)") }
    }
}
