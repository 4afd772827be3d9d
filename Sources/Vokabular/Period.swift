/// A calendar month, the ledger's unit of time, written `YYYY-MM`. The fiscal year is the calendar year.
public struct Period: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The year.
    public let ar: Int
    /// The month, 1–12.
    public let manad: Int

    /// The month `manad` of `ar`; nil when the month is not 1–12 or the year lies outside `Artal.giltiga`.
    public init?(ar: Int, manad: Int) {
        guard Artal.giltigt(ar), (1...12).contains(manad) else { return nil }
        self.ar = ar
        self.manad = manad
    }

    /// Reads `YYYY-MM` (four digits, a hyphen, two digits); nil for anything else.
    public init?(text: String) {
        let tecken = Array(text.utf8)
        guard tecken.count == 7, tecken[4] == UInt8(ascii: "-"),
              tecken.indices.allSatisfy({ $0 == 4 || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(tecken[$0]) }),
              let ar = Int(text.prefix(4)), let manad = Int(text.suffix(2)) else { return nil }
        self.init(ar: ar, manad: manad)
    }

    /// Months since January of year 0, for arithmetic and ordering.
    var lopnummer: Int { ar * 12 + manad - 1 }

    /// The period `antal` months later (earlier when negative); nil outside `Artal.giltiga`.
    public func flyttad(_ antal: Int) -> Period? {
        let n = lopnummer + antal
        return Period(ar: n.floorDivided(by: 12), manad: n.floorModulo(12) + 1)
    }

    /// The number of months from `self` to `senare`, inclusive of both: 1 for the same month.
    public func antalManader(till senare: Period) -> Int { senare.lopnummer - lopnummer + 1 }

    /// `YYYY-MM`.
    public var description: String {
        let ar = String(self.ar), manad = String(self.manad)
        return String(repeating: "0", count: max(0, 4 - ar.count)) + ar + "-" + (manad.count == 1 ? "0" : "") + manad
    }

    public static func < (a: Period, b: Period) -> Bool { a.lopnummer < b.lopnummer }
}

private extension Int {
    func floorDivided(by d: Int) -> Int { (self - floorModulo(d)) / d }
    func floorModulo(_ d: Int) -> Int { ((self % d) + d) % d }
}
