import Vokabular

extension Manadsunderlag {
    /// The units that have no amount on any row in some month of year index `y` up to and including month `manad`
    /// although they booked in the twelve months before it, with those months: a month whose outcome was not read in
    /// (a late export) or a unit that stopped booking. The methods count such a month as 0 kr, as the books do; the
    /// prognosis says so (`Helarsprognos.luckor`), so that a missing month is not taken for a real 0 silently. A unit
    /// before its first booking, or a year after its last, is not named.
    func luckor(y: Int, manad: Int) -> [Helarsprognos.Lucka] {
        let s = nycklar.count
        let perEnhet = Dictionary(grouping: 0..<s, by: { nycklar[$0].enhet })
        return perEnhet.keys.sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }.compactMap { enhet in
            let serier = perEnhet[enhet]!
            // Month index 12·y′ + månad − 1 from January of `forstaAr`; the layout holds 0 outside the ledger's months.
            let bokfort = { (rad: Int) in serier.contains { utfall[rad % 12, (rad / 12) * s + $0] != 0 } }
            let tomma = (12 * y..<(12 * y + manad)).filter { rad in
                !bokfort(rad) && (max(0, rad - 12)..<rad).contains(where: bokfort)
            }
            let manader = tomma.compactMap { Period(ar: forstaAr + y, manad: $0 % 12 + 1) }
            return manader.isEmpty ? nil : Helarsprognos.Lucka(enhet: enhet, manader: manader)
        }
    }
}
