/// The years Prognos works with, one range for every module: base and plan years of a budget, the years of
/// population data and projections, and the ledger's months. Wide enough for SCB's series (from 1968) and a
/// projection of two hundred years from today; a year outside is refused where it is read, so no later
/// index or sum can overflow.
public enum Artal {
    /// The valid years.
    public static let giltiga: ClosedRange<Int> = 1900...2200

    /// True when `ar` is a valid year.
    public static func giltigt(_ ar: Int) -> Bool { giltiga.contains(ar) }
}
