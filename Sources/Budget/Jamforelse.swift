/// The scenario's key figures next to the published budget's: result, equity and liquid funds per year,
/// with the difference. For the decided scenario the differences show what the published appendices'
/// own disagreements (see `Avstamning`) do to a model that computes them consistently.
public struct Jamforelse: Budgetrapport, Equatable {
    /// The comparison lines: computed, published and difference for each key figure.
    public let rader: [Budgetrad]
    /// The years compared: the plan years the published result budget covers (not those of an extension).
    public let ar: [Int]

    /// Compares `utfall` with `publicerad` over the plan years the publication covers; a published figure
    /// missing for such a year shows as 0.
    public init(utfall: Budgetutfall, publicerad: PubliceradBudget) {
        let ar = utfall.planperiod.ar.filter { publicerad.resultatbudget.belopp("resultat", $0) != nil }
        self.ar = ar
        let nyckeltal: [(String, String, [Double], PubliceradTabell, String)] = [
            ("resultat", "Resultat", utfall.resultatbudget.resultat, publicerad.resultatbudget, "resultat"),
            ("eget_kapital", "Eget kapital", utfall.balansbudget.utgaendeBalans.map(\.egetKapital),
             publicerad.balansbudget, "eget_kapital"),
            ("likvida_medel", "Likvida medel vid årets slut", utfall.finansieringsbudget.likvidaMedelUB,
             publicerad.finansieringsbudget, "likvida_medel_ub"),
        ]
        rader = nyckeltal.flatMap { nyckel, rubrik, allaAr, tabell, rad in
            let beraknat = Array(allaAr.prefix(ar.count))
            let publicerat = ar.map { tabell.belopp(rad, $0) ?? 0 }
            return [
                Budgetrad("\(nyckel)_beraknat", "\(rubrik), beräknat", beraknat),
                Budgetrad("\(nyckel)_publicerat", "\(rubrik), \(tabell.namn)", publicerat),
                Budgetrad("\(nyckel)_differens", "\(rubrik), differens", summa(beraknat, publicerat.map { -$0 }),
                          summering: true),
            ]
        }
    }

    public var rubrik: String { "Jämförelse med publicerad budget" }
}
