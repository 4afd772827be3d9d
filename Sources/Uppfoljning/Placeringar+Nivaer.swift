/// The series one line of a level sums: the level, the line's name, the unit's and row's code where the
/// level has them, and the series.
struct Nivagrupp {
    let niva: Niva
    /// The nämnd's, förvaltning's or unit's name (the unit's code while it is unplaced), the row's code, or
    /// "Totalt".
    let namn: String
    let enhet: String?
    let konto: String?
    var nycklar: [Serienyckel]
}

extension Placeringar {
    /// `nycklar` grouped at the levels `nivaer`: the whole, each nämnd and förvaltning, each unit and each
    /// unit's row, level by level in `Niva` order and within a level by name or code. Units not placed in the
    /// tree count in the total and as units, but in no förvaltning or nämnd.
    func grupper(_ nycklar: [Serienyckel], nivaer: [Niva] = Niva.allCases) -> [Nivagrupp] {
        var grupper: [Niva: [String: Nivagrupp]] = [:]
        func lagg(_ niva: Niva, _ id: String, _ namn: String, enhet: String? = nil, konto: String? = nil, _ nyckel: Serienyckel) {
            guard nivaer.contains(niva) else { return }
            grupper[niva, default: [:]][id, default: Nivagrupp(niva: niva, namn: namn, enhet: enhet, konto: konto, nycklar: [])]
                .nycklar.append(nyckel)
        }
        for nyckel in nycklar {
            let enhet = enheter[nyckel.enhet]
            lagg(.totalt, "", "Totalt", nyckel)
            if let plats = enhet?.plats {
                lagg(.namnd, plats.namnd, plats.namnd, nyckel)
                lagg(.forvaltning, plats.forvaltning, plats.forvaltning, nyckel)
            }
            lagg(.enhet, nyckel.enhet, enhet?.namn ?? nyckel.enhet, enhet: nyckel.enhet, nyckel)
            lagg(.konto, nyckel.description, nyckel.konto, enhet: nyckel.enhet, konto: nyckel.konto, nyckel)
        }
        return Niva.allCases.flatMap { niva in
            (grupper[niva] ?? [:]).sorted { $0.key.unicodeScalars.lexicographicallyPrecedes($1.key.unicodeScalars) }.map(\.value)
        }
    }
}
