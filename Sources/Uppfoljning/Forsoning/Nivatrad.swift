/// A level of the organisation tree above the ledger's series: the series (indices into the series' keys)
/// whose sum it is.
struct Nivanod: Hashable, Sendable {
    let niva: Organisationsniva
    let namn: String
    let serier: [Int]

    /// The key its summed series goes by in a `Manadsunderlag` of levels: the level and name in both parts, so
    /// that a method that pools series by row (the regression) keeps every level apart.
    var nyckel: Serienyckel { Serienyckel(enhet: "\(niva.text) \(namn)", konto: "\(niva.text) \(namn)") }
}

/// The levels of the organisation tree over a ledger's series: the total, the nämnder, the förvaltningar and
/// the units, in that order. A unit's series are those with its code; a förvaltning holds its units' series,
/// a nämnd its förvaltningar's, and units not placed in the tree lie directly under the total.
enum Nivatrad {
    /// Every level of every kind, each with at least one series, including those that hold the same series as
    /// another (a nämnd with one förvaltning); the report's levels.
    static func alla(_ organisation: Organisation?, nycklar: [Serienyckel]) -> [Nivanod] {
        let perEnhet = Dictionary(grouping: nycklar.indices) { nycklar[$0].enhet }
        let enheter = perEnhet.keys.sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }
        var noder = [Nivanod(niva: .totalt, namn: "totalt", serier: Array(nycklar.indices))]
        var forvaltningar: [Nivanod] = []
        for namnd in organisation?.namnder ?? [] {
            var iNamnd: [Int] = []
            for forvaltning in namnd.forvaltningar {
                let serier = forvaltning.enheter.flatMap { perEnhet[Kod.normaliserad($0.kod)] ?? [] }.sorted()
                iNamnd += serier
                if !serier.isEmpty { forvaltningar.append(Nivanod(niva: .forvaltning, namn: forvaltning.namn, serier: serier)) }
            }
            if !iNamnd.isEmpty { noder.append(Nivanod(niva: .namnd, namn: namnd.namn, serier: iNamnd.sorted())) }
        }
        return noder + forvaltningar + enheter.map { Nivanod(niva: .enhet, namn: $0, serier: perEnhet[$0]!) }
    }

    /// The levels to reconcile over the series `ingar`: each level restricted to them, without those left with
    /// fewer than two (a level of one series is that series) and those with the same series as a level before
    /// them (a nämnd with one förvaltning is one level, not two).
    static func avstamningsnoder(_ alla: [Nivanod], ingar: Set<Int>) -> [Nivanod] {
        var sedda = Set<[Int]>()
        return alla.compactMap { nod in
            let serier = nod.serier.filter(ingar.contains)
            guard serier.count >= 2, sedda.insert(serier).inserted else { return nil }
            return Nivanod(niva: nod.niva, namn: nod.namn, serier: serier)
        }
    }
}
