/// A URL's query string as a plain HTML form sends it (`application/x-www-form-urlencoded`): `nyckel=värde`
/// pairs joined by `&`, `+` for a space and `%XX` for other bytes, UTF-8. Keys and values are decoded alike
/// (Hummingbird's own parser leaves keys encoded, and the form's keys are `--satt` keys with å, ä and ö).
struct Fraga {
    /// The pairs in the order sent; a pair without `=` has an empty value.
    let par: [(nyckel: String, varde: String)]

    /// Parses `query` (the part after `?`, without it); nil is no query.
    init(_ query: String?) {
        par = (query ?? "").split(separator: "&").map { del in
            let delar = del.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            return (Self.avkodad(delar[0]), delar.count > 1 ? Self.avkodad(delar[1]) : "")
        }
    }

    /// The value of `nyckel`, the last when sent more than once.
    subscript(nyckel: String) -> String? { par.last { $0.nyckel == nyckel }?.varde }

    /// `+` as a space and `%XX` as its byte; a `%` not followed by two hex digits is kept as it is, and bytes
    /// that are not UTF-8 become U+FFFD.
    private static func avkodad(_ text: Substring) -> String {
        var byte: [UInt8] = []
        var i = text.utf8.startIndex
        let u = text.utf8
        while i < u.endIndex {
            let b = u[i]
            if b == UInt8(ascii: "+") {
                byte.append(UInt8(ascii: " "))
            } else if b == UInt8(ascii: "%"), u.distance(from: i, to: u.endIndex) >= 3,
                      let hog = hex(u[u.index(i, offsetBy: 1)]), let lag = hex(u[u.index(i, offsetBy: 2)]) {
                byte.append(hog << 4 | lag)
                i = u.index(i, offsetBy: 2)
            } else {
                byte.append(b)
            }
            i = u.index(after: i)
        }
        return String(decoding: byte, as: UTF8.self)
    }

    private static func hex(_ b: UInt8) -> UInt8? {
        switch b {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): b - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): b - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): b - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
