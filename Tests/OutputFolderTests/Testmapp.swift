import Foundation
@testable import OutputFolder
import Testdelar

/// Scratch folders and folder contents for the writer's tests.
enum Testmapp {
    /// A fresh empty folder under the system's temporary folder.
    static func ny() throws -> URL { try Projektmappar.tempmapp("report") }

    /// Everything under `url`, recursively: relative path → file bytes, folders as `<mapp>`, links as
    /// `-> target`; for checking that a folder was left exactly as it was.
    static func innehall(_ url: URL) throws -> [String: Data] {
        var resultat: [String: Data] = [:]
        let fm = FileManager.default
        for namn in try fm.contentsOfDirectory(atPath: url.path) {
            let post = url.appendingPathComponent(namn)
            let attribut = try fm.attributesOfItem(atPath: post.path)
            switch attribut[.type] as? FileAttributeType {
            case .typeDirectory?:
                resultat[namn] = Data("<mapp>".utf8)
                for (under, data) in try innehall(post) { resultat[namn + "/" + under] = data }
            case .typeSymbolicLink?:
                resultat[namn] = Data(("-> " + (try fm.destinationOfSymbolicLink(atPath: post.path))).utf8)
            default:
                resultat[namn] = try Data(contentsOf: post)
            }
        }
        return resultat
    }

    /// Names in `url` of Prognos's temporary folders.
    static func tillfalliga(i url: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: url.path).filter { Tillfalligtnamn.pid(Array($0.utf8)) != nil }
    }

    /// The pid of a process that has exited and been reaped.
    static func dodPid() throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/true")
        try process.run()
        process.waitUntilExit()
        return process.processIdentifier
    }

    /// Two small report sets with different content and partly different names.
    static let forsta: [(namn: String, innehall: String)] = [("a.csv", "a;1\r\n"), ("b.csv", "b;1\r\n")]
    static let andra: [(namn: String, innehall: String)] = [("a.csv", "a;2\r\n"), ("c.csv", "c;2\r\n")]

    /// What `filer` written by Prognos look like in their folder, manifest included.
    static func forvantat(_ filer: [(namn: String, innehall: String)]) -> [String: Data] {
        var resultat = [".prognos-rapporter": Data((["prognos-rapporter 1"] + filer.map(\.namn)).map { $0 + "\n" }.joined().utf8)]
        for fil in filer { resultat[fil.namn] = Data(fil.innehall.utf8) }
        return resultat
    }
}
