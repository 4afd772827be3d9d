extension Periodrapport {
    /// The line of `niva` named `namn` (a unit by its code); a row also by its unit `enhet`.
    public func index(_ niva: Organisationsniva, namn: String, enhet: String? = nil) -> Int? {
        rader.indices.first { i in
            let r = rader[i]
            guard r.niva == niva else { return false }
            switch niva {
            case .totalt: return true
            case .namnd, .forvaltning: return r.namn == namn
            case .enhet: return r.enhet == namn
            case .konto: return r.konto == namn && r.enhet == enhet
            }
        }
    }

    /// The lines directly under line `index`, in the report's order: a nämnd's förvaltningar, a unit's rows;
    /// under the total its nämnder and the units not placed in any.
    public func delar(av index: Int) -> [Int] {
        foraldrar.indices.filter { foraldrar[$0] == index }
    }

    /// The lines line `index` lies under, from the total down to its parent.
    public func overordnade(av index: Int) -> [Int] {
        var kedja: [Int] = []
        var i = foraldrar[index]
        while let f = i {
            kedja.insert(f, at: 0)
            i = foraldrar[f]
        }
        return kedja
    }
}
