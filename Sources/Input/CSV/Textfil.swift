import Foundation
import Vokabular

/// Reads a text file a user gives (scenario, data table) with every failure turned into a `ScenarioFel`
/// in plain Swedish: a missing file, a folder, no read permission, a file over the size limit, a file that
/// is not UTF-8 (with a hint for UTF-16 and Latin-1 files). A UTF-8 byte-order mark is dropped.
package enum Textfil {
    /// Scenario files are a page or two; anything near this is not a scenario.
    package static let maxScenariostorlek = 1 << 20
    /// Data tables: ample room for every year and row a region has.
    package static let maxDatastorlek = 16 << 20
    /// SCB's population tables: every län and kommun for half a century fits.
    package static let maxSCBStorlek = 256 << 20
    /// Monthly exports for the ledger: several years of every unit and row of a region.
    package static let maxExportstorlek = 256 << 20

    /// The file's text. `slag` names the kind of file in messages ("scenariofilen", "datafilen").
    package static func las(_ url: URL, slag: String, maxStorlek: Int) throws(ScenarioFel) -> String {
        let (handle, _) = try oppna(url, slag: slag, maxStorlek: maxStorlek)
        defer { try? handle.close() }
        let fil = url.path
        let data: Data
        do {
            data = try handle.read(upToCount: maxStorlek + 1) ?? Data()
        } catch {
            throw ScenarioFel(fil: fil, rad: nil, nyckel: "", problem: "\(slag) kan inte läsas")
        }
        guard data.count <= maxStorlek else { throw ScenarioFel(fil: fil, rad: nil, nyckel: "", problem: "\(slag) är större än \(maxStorlek) byte") }
        return try avkoda(data) { problem, rad in ScenarioFel(fil: fil, rad: rad, nyckel: "", problem: problem) }
    }

    /// The file opened for reading, and its size: refused unless it is a regular file of at most `maxStorlek`
    /// bytes that can be opened.
    package static func oppna(_ url: URL, slag: String, maxStorlek: Int) throws(ScenarioFel) -> (FileHandle, Int) {
        let fil = url.path
        func fel(_ problem: String) -> ScenarioFel { ScenarioFel(fil: fil, rad: nil, nyckel: "", problem: problem) }
        var info = stat()
        guard stat(fil, &info) == 0 else { throw fel("\(slag) kan inte läsas: \(SystemFel.senaste.orsak(.uppslag))") }
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: throw fel("\(slag) är en mapp; förväntade en fil")
        default: throw fel("\(slag) är ingen vanlig fil")
        }
        guard info.st_size <= maxStorlek else {
            throw fel("\(slag) är \(info.st_size) byte; högst \(maxStorlek) byte läses")
        }
        guard let handle = FileHandle(forReadingAtPath: fil) else {
            throw fel("\(slag) kan inte öppnas: \(SystemFel.senaste.orsak(.lasning))")
        }
        return (handle, Int(info.st_size))
    }

    /// The problem of a file saved as UTF-16.
    package static let utf16problem = "filen är sparad som UTF-16; spara den som UTF-8 (i Excel: \"CSV UTF-8\")"
    /// The problem of a file that is not UTF-8.
    package static let utf8problem = "filen är inte giltig UTF-8 (kanske Latin-1/Windows-1252, där å, ä och ö kodas annorlunda); "
        + "spara den som UTF-8"

    private static func avkoda(_ data: Data, fel: (String, Int?) -> ScenarioFel) throws(ScenarioFel) -> String {
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            throw fel(utf16problem, 1)
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            let rad = forstaOgiltigaRad(bytes)
            throw fel(utf8problem, rad)
        }
        return text
    }

    /// 1-based line of the first byte sequence that is not UTF-8.
    private static func forstaOgiltigaRad(_ bytes: [UInt8]) -> Int {
        var rad = 1, start = 0
        for (i, byte) in bytes.enumerated() where byte == 0x0A {
            if String(validating: bytes[start..<i], as: UTF8.self) == nil { return rad }
            rad += 1
            start = i + 1
        }
        return rad
    }
}
