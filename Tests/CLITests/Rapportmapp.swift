import Foundation

/// A `--out` folder as a reader sees it: opened once as a directory and every file read through that
/// descriptor (openat), so one read sees one directory, never a path that changes under it.
enum Rapportmapp {
    /// What one read found.
    enum Lasning: Equatable {
        /// No folder at the path.
        case saknas
        /// Exactly the reference set with this index.
        case uppsattning(Int)
        /// The folder read was swapped out of the path (and is being removed) while it was read: retry.
        case bortbytt
        /// The folder at the path is no complete reference set: what it held.
        case blandning(String)
    }

    /// Every file in `url`, manifest included: name → bytes. Nil entries could not be opened (gone).
    private static func ogonblick(_ fd: Int32) -> [String: [UInt8]?] {
        guard let strom = fdopendir(dup(fd)) else { return [:] }
        defer { closedir(strom) }
        var filer: [String: [UInt8]?] = [:]
        while let post = readdir(strom) {
            let namn = withUnsafeBytes(of: post.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            guard namn != ".", namn != ".." else { continue }
            let fil = openat(fd, namn, O_RDONLY | O_NOFOLLOW)
            guard fil >= 0 else { filer[namn] = .some(nil); continue }
            defer { close(fil) }
            var innehall: [UInt8] = []
            var buffert = [UInt8](repeating: 0, count: 65_536)
            while case let n = buffert.withUnsafeMutableBytes({ read(fil, $0.baseAddress, $0.count) }), n > 0 {
                innehall += buffert[..<n]
            }
            filer[namn] = innehall
        }
        return filer
    }

    /// Reads the folder at `url` once and compares it with `referenser` (name → bytes).
    static func las(_ url: URL, referenser: [[String: [UInt8]]]) -> Lasning {
        let fd = open(url.path, O_RDONLY | O_DIRECTORY)
        guard fd >= 0 else { return errno == ENOENT ? .saknas : .blandning("open: errno \(errno)") }
        defer { close(fd) }
        let filer = ogonblick(fd)
        if let index = referenser.firstIndex(where: { $0.mapValues(Optional.some) == filer }) { return .uppsattning(index) }
        var last = stat(), vid = stat()
        if fstat(fd, &last) == 0, stat(url.path, &vid) != 0 || vid.st_ino != last.st_ino || vid.st_dev != last.st_dev {
            return .bortbytt
        }
        let beskrivning = filer.keys.sorted().map { namn in
            guard let innehall = filer[namn]!, let index = referenser.firstIndex(where: { $0[namn] == innehall }) else {
                return "\(namn): \(filer[namn]! == nil ? "saknas" : "okänt innehåll")"
            }
            return "\(namn): uppsättning \(index)"
        }
        return .blandning(beskrivning.joined(separator: ", "))
    }

    /// Names of Prognos's temporary folders (`.prognos-<pid>-…`) in `url`.
    static func tillfalliga(i url: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: url.path).filter {
            $0.hasPrefix(".prognos-") && $0.dropFirst(9).first?.isNumber == true
        }
    }

    /// Everything under `url`, recursively, as relative path → bytes (folders as `<mapp>`), to check that
    /// a refused folder was left exactly as it was.
    static func allt(_ url: URL) throws -> [String: Data] {
        var resultat: [String: Data] = [:]
        for namn in try FileManager.default.contentsOfDirectory(atPath: url.path) {
            let post = url.appendingPathComponent(namn)
            var mapp: ObjCBool = false
            if FileManager.default.fileExists(atPath: post.path, isDirectory: &mapp), mapp.boolValue {
                resultat[namn] = Data("<mapp>".utf8)
                for (under, data) in try allt(post) { resultat[namn + "/" + under] = data }
            } else {
                resultat[namn] = try Data(contentsOf: post)
            }
        }
        return resultat
    }
}
