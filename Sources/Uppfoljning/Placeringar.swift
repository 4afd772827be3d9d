/// The organisation tree turned around: for each unit code, its name and, once placed, its förvaltning and
/// nämnd.
struct Placeringar {
    struct Enhet {
        let namn: String?
        let plats: (forvaltning: String, namnd: String)?
    }

    let enheter: [String: Enhet]

    init(_ organisation: Organisation) {
        var enheter: [String: Enhet] = [:]
        for namnd in organisation.namnder {
            for forvaltning in namnd.forvaltningar {
                for enhet in forvaltning.enheter {
                    enheter[enhet.kod] = Enhet(namn: enhet.namn, plats: (forvaltning.namn, namnd.namn))
                }
            }
        }
        for enhet in organisation.oplacerade { enheter[enhet.kod] = Enhet(namn: enhet.namn, plats: nil) }
        self.enheter = enheter
    }
}
