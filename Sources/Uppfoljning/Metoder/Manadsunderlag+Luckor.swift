import Vokabular

extension Manadsunderlag {
    /// The units that have no amount on any row in some month of year index `y` up to and including month `manad`
    /// although they had booked before it, with those months: a month whose outcome was not read in (a late
    /// export) or a unit that stopped booking. The methods count such a month as 0 kr, as the books do; the
    /// prognosis says so (`Helarsprognos.luckor`), so that a missing month is not taken for a real 0 silently.
    func luckor(y: Int, manad: Int) -> [Helarsprognos.Lucka] {
        let s = nycklar.count
        let perEnhet = Dictionary(grouping: 0..<s, by: { nycklar[$0].enhet })
        return perEnhet.keys.sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }.compactMap { enhet in
            let serier = perEnhet[enhet]!
            guard let forsta = serier.compactMap({ forstaBokforing[$0] }).min() else { return nil }
            let tomma = (12 * y..<(12 * y + manad)).filter { rad in
                rad > forsta && serier.allSatisfy { utfall[rad % 12, y * s + $0] == 0 }
            }
            let manader = tomma.compactMap { Period(ar: forstaAr + y, manad: $0 % 12 + 1) }
            return manader.isEmpty ? nil : Helarsprognos.Lucka(enhet: enhet, manader: manader)
        }
    }
}
