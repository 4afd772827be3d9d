import Foundation

/// Helpers that find text in raw bytes, whatever their encoding: the bytes are read as Latin-1, so every
/// byte is one UTF-16 unit and a regular expression's ranges are byte offsets.
enum Bytetext {
    /// Byte ranges of `monster`'s matches in `data`, or of its capture group `grupp`.
    static func traffar(_ monster: String, i data: [UInt8], grupp: Int = 0) -> [Range<Int>] {
        let text = String(decoding: data.map { UInt16($0) }, as: UTF16.self)
        let regex = try! NSRegularExpression(pattern: monster, options: [.anchorsMatchLines])
        return regex.matches(in: text, range: NSRange(location: 0, length: data.count)).compactMap {
            let r = $0.range(at: grupp)
            return r.location == NSNotFound ? nil : r.location..<(r.location + r.length)
        }
    }

    /// The 1-based line of byte `offset`.
    static func rad(_ offset: Int, i data: [UInt8]) -> Int {
        data.prefix(offset).reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
    }

    /// Bytes as text for a failure report: printable ASCII kept, the rest as \xNN, cut after 40 bytes.
    static func visa(_ bytes: some Collection<UInt8>) -> String {
        let text = bytes.prefix(40).map { (0x20..<0x7F).contains($0) ? String(UnicodeScalar($0)) : "\\x" + String($0, radix: 16) }
        return "\"" + text.joined() + (bytes.count > 40 ? "…(\(bytes.count) byte)" : "") + "\""
    }

    /// Replaces `range` of `data` by `ersattning` and describes it: "<vad> "3.1" på rad 18 → "1e300"".
    static func ersatt(_ data: inout [UInt8], _ range: Range<Int>, med ersattning: [UInt8], vad: String) -> String {
        let beskrivning = "\(vad) \(visa(data[range])) på rad \(rad(range.lowerBound, i: data)) → \(visa(ersattning))"
        data.replaceSubrange(range, with: ersattning)
        return beskrivning
    }
}
