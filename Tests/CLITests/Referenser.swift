import Foundation

/// Two scenarios whose reports differ, and the report sets serial runs write for them: what a reader
/// of `--out` may see, one whole set or the other.
struct Referenser {
    /// Scenario files: the default scenario and a copy with higher personnel indexation.
    let scenarier: [String]
    /// Per scenario, the `--out` folder's files (manifest included) as name → bytes.
    let uppsattningar: [[String: [UInt8]]]
    /// The longest wall-clock time of the serial runs, in seconds.
    let korningstid: Double

    /// Runs both scenarios serially, each into a fresh folder under `mapp`.
    init(i mapp: URL) throws {
        let kopia = try Korning.scenariokopia(i: mapp) {
            $0.replacingOccurrences(of: "personalkostnader: {2023: 3.1, 2024: 3.3, 2025: 3.4}",
                                    with: "personalkostnader: {2023: 4.1, 2024: 4.3, 2025: 4.4}")
        }
        scenarier = ["scenarios/regionplan-2023-2025.yaml", kopia.path]
        var uppsattningar: [[String: [UInt8]]] = []
        var korningstid = 0.0
        for (index, scenario) in scenarier.enumerated() {
            let ut = mapp.appendingPathComponent("referens-\(index)")
            let start = Date()
            let k = try Korning.kor(["run", scenario, "--out", ut.path])
            korningstid = max(korningstid, Date().timeIntervalSince(start))
            guard k.status == 0 else { throw Korning.Fel(beskrivning: k.stderr) }
            var filer: [String: [UInt8]] = [:]
            for namn in try FileManager.default.contentsOfDirectory(atPath: ut.path) {
                filer[namn] = Array(try Data(contentsOf: ut.appendingPathComponent(namn)))
            }
            uppsattningar.append(filer)
        }
        self.uppsattningar = uppsattningar
        self.korningstid = korningstid
    }
}
