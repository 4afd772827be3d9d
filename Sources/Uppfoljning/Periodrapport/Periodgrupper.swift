/// The lines of a period report in the organisation's order, each with the series it sums: the total, then
/// each nämnd, its förvaltningar, their units and each unit's rows; units not placed in the tree last.
/// Levels without series are left out.
struct Periodgrupper {
    /// One line to sum.
    struct Grupp {
        let niva: Organisationsniva
        let namn: String
        let enhet: String?
        let konto: String?
        let nycklar: [Serienyckel]
    }

    let grupper: [Grupp]
    /// The units with series that the organisation does not place, sorted.
    let oplacerade: [String]
    /// Per line, the index of the line it is part of: nil for the total.
    let foraldrar: [Int?]

    init(organisation: Organisation, nycklar: [Serienyckel]) {
        let perEnhet = Dictionary(grouping: nycklar, by: \.enhet)
        var grupper = [Grupp(niva: .totalt, namn: "Totalt", enhet: nil, konto: nil, nycklar: nycklar)]
        func enheter(_ lista: [Organisation.Enhet]) -> [Grupp] {
            lista.flatMap { enhet -> [Grupp] in
                guard let egna = perEnhet[enhet.kod] else { return [] }
                return [Grupp(niva: .enhet, namn: enhet.namn ?? enhet.kod, enhet: enhet.kod, konto: nil, nycklar: egna)]
                    + egna.map { Grupp(niva: .konto, namn: $0.konto, enhet: $0.enhet, konto: $0.konto, nycklar: [$0]) }
            }
        }
        var placerade = Set<String>()
        for namnd in organisation.namnder {
            var inom: [Grupp] = []
            for forvaltning in namnd.forvaltningar {
                placerade.formUnion(forvaltning.enheter.map(\.kod))
                let under = enheter(forvaltning.enheter)
                let egna = under.filter { $0.niva == .enhet }.flatMap(\.nycklar)
                guard !egna.isEmpty else { continue }
                inom += [Grupp(niva: .forvaltning, namn: forvaltning.namn, enhet: nil, konto: nil, nycklar: egna)] + under
            }
            let egna = inom.filter { $0.niva == .forvaltning }.flatMap(\.nycklar)
            guard !egna.isEmpty else { continue }
            grupper += [Grupp(niva: .namnd, namn: namnd.namn, enhet: nil, konto: nil, nycklar: egna)] + inom
        }
        let oplacerade = Set(perEnhet.keys).subtracting(placerade).sorted {
            $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars)
        }
        let namn = Dictionary(organisation.oplacerade.map { ($0.kod, $0.namn) }, uniquingKeysWith: { a, _ in a })
        grupper += enheter(oplacerade.map { Organisation.Enhet(kod: $0, namn: namn[$0] ?? nil) })
        self.grupper = grupper
        self.oplacerade = oplacerade
        // A unit is part of the förvaltning before it, or of the total when it is placed in none.
        var senast: [Organisationsniva: Int] = [:], foraldrar: [Int?] = []
        for (i, g) in grupper.enumerated() {
            let foralder: Int? = switch g.niva {
            case .totalt: nil
            case .namnd: 0
            case .forvaltning: senast[.namnd]
            case .enhet: placerade.contains(g.enhet ?? "") ? senast[.forvaltning] : 0
            case .konto: senast[.enhet]
            }
            foraldrar.append(foralder)
            senast[g.niva] = i
        }
        self.foraldrar = foraldrar
    }
}
