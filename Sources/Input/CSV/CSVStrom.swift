import Foundation
import Vokabular

/// Reads a CSV file line by line, holding one chunk of it at a time, so that an export of hundreds of
/// megabytes is read in bounded memory. Lines, fields, the format and the refusals are those of `CSVRader`
/// (a UTF-8 byte-order mark dropped, UTF-16 and text that is not UTF-8 refused at their line), and
/// `andel` tells how much of the file has been read, for progress.
package struct CSVStrom: CSVHuvud {
    package private(set) var format = CSVRader.Format.komma
    package private(set) var rubrik: [String] = []

    private let fil: String
    private let handle: FileHandle
    private let storlek: Int
    private var buffert: [UInt8] = []
    private var position = 0
    private var lastaByte = 0
    private var filslut = false
    /// The number of the last line read.
    private var nummer = 0

    /// The size of each read.
    private static let bit = 1 << 20

    /// Opens `url` (refused as `Textfil` refuses it) and reads its header.
    package init(_ url: URL, slag: String, maxStorlek: Int) throws(ScenarioFel) {
        fil = url.path
        (handle, storlek) = try Textfil.oppna(url, slag: slag, maxStorlek: maxStorlek)
        try fyll()
        if buffert.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
        if buffert.starts(with: [0xFF, 0xFE]) || buffert.starts(with: [0xFE, 0xFF]) {
            throw ScenarioFel(fil: fil, rad: 1, nyckel: "", problem: Textfil.utf16problem)
        }
        guard let huvud = try nastaRad(), !huvud.isEmpty else {
            throw ScenarioFel(fil: fil, rad: 1, nyckel: "", problem: "filen är tom; förväntade en rubrikrad")
        }
        format = CSVRader.format(huvud)
        rubrik = try CSVRader.falt(huvud, format: format, fil: fil, rad: 1)
    }

    /// The share of the file read, 0–1: the lines handed out, not the chunks loaded, so that it reaches 1 with
    /// the last line rather than with the last chunk, a megabyte before.
    package var andel: Double { storlek == 0 ? 1 : min(1, Double(lastaByte - (buffert.count - position)) / Double(storlek)) }

    /// The next line that is not empty, its fields split; nil at the end of the file.
    package mutating func nasta() throws(ScenarioFel) -> CSVRader.Rad? {
        while let rad = try nastaRad() {
            if !CSVRader.tom(rad) { return CSVRader.Rad(nummer: nummer, falt: try CSVRader.falt(rad, format: format, fil: fil, rad: nummer)) }
        }
        return nil
    }

    /// The next line's bytes without its line end, checked to be UTF-8; nil at the end of the file.
    private mutating func nastaRad() throws(ScenarioFel) -> ArraySlice<UInt8>? {
        while true {
            if let lf = buffert[position...].firstIndex(of: 0x0A) {
                let slut = lf > position && buffert[lf - 1] == 0x0D ? lf - 1 : lf
                defer { position = lf + 1 }
                return try rad(position..<slut)
            }
            if filslut {
                guard position < buffert.count else { return nil }
                let slut = buffert.last == 0x0D ? buffert.count - 1 : buffert.count
                defer { position = buffert.count }
                return try rad(position..<slut)
            }
            buffert.removeSubrange(0..<position)
            position = 0
            try fyll()
        }
    }

    /// Counts the line and checks its text.
    private mutating func rad(_ intervall: Range<Int>) throws(ScenarioFel) -> ArraySlice<UInt8> {
        nummer += 1
        let rad = buffert[intervall]
        if rad.contains(where: { $0 >= 0x80 }), String(validating: rad, as: UTF8.self) == nil {
            throw ScenarioFel(fil: fil, rad: nummer, nyckel: "", problem: Textfil.utf8problem)
        }
        return rad
    }

    /// Reads the next chunk onto the buffer.
    private mutating func fyll() throws(ScenarioFel) {
        let data: Data?
        do { data = try handle.read(upToCount: Self.bit) } catch {
            throw ScenarioFel(fil: fil, rad: nil, nyckel: "", problem: "filen kan inte läsas")
        }
        guard let data, !data.isEmpty else { filslut = true; return }
        lastaByte += data.count
        guard lastaByte <= storlek + Self.bit else {
            throw ScenarioFel(fil: fil, rad: nil, nyckel: "", problem: "filen växer medan den läses")
        }
        buffert.append(contentsOf: data)
    }
}
