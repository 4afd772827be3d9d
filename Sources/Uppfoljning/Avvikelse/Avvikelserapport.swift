import Vokabular

/// The deviation report for a year, the table an ekonomidirektör takes to the board: for every unit and row
/// (konto), every unit, förvaltning and nämnd, and the whole ledger, the budget, each stored prognosis
/// version for the year, the outcome, and the deviations budget − outcome and prognosis − outcome.
///
/// Amounts are in kronor, full-year sums signed as booked (see `Bokforing`): costs positive, income
/// negative, so a level's amount is its net cost and its result is minus that (`Rad.resultat`). A deviation
/// is budget (or prognosis) − outcome, so **a positive deviation is better than budget (or prognosis)**, for
/// income and cost rows alike.
///
/// A series without a budget amount in a year that has budget elsewhere is budgeted at 0 kr, as the
/// region's tables print an empty budget cell ("9 Finansen", `regionstyrelsen-2019-02-13.txt` line 5934). A
/// prognosis version that lacks some of a level's series gives the level a prognosis with their budget
/// carried forward, and says for how many (`Rad.budgetFramford`); one that covers none of them gives none.
public struct Avvikelserapport: Equatable, Sendable {
    /// The year.
    public let ar: Int
    /// The prognosis versions for the year, oldest first, in the order of `Rad.prognoser`.
    public let versioner: [Versionsnamn]
    /// The last month of the year the ledger has outcome for, when the year is still open (before December):
    /// the outcome is then the year so far, while budget and prognoses are for the whole year.
    public let oppetTill: Period?
    /// Every row of every level: the total first, then nämnder, förvaltningar, units and unit rows, each
    /// level sorted by the size of its deviation (see `storst`).
    public let rader: [Rad]
    /// The units with amounts that the organisation does not place, when it places any: they count in the total
    /// but in no nämnd or förvaltning, so the nämnder do not add up to the total.
    public let oplacerade: [String]

    /// The rows of one level, largest deviation first.
    public func rader(_ niva: Organisationsniva) -> [Rad] { rader.filter { $0.niva == niva } }

    /// The whole ledger's row.
    public var totalt: Rad { rader[0] }

    /// Builds the report for `ar` from the year's sums of outcome and budget per series (`Liggare.arssummor`),
    /// the year's prognosis versions (`Liggare.prognosversioner`) and the organisation tree. Units not placed
    /// in the tree count in the total and as units, but in no förvaltning or nämnd. Throws when there is no
    /// outcome for the year; `utfallsperioder` is what the ledger holds, for the message.
    /// `sistaManad` is the last month of `ar` with outcome, if known.
    public init(ar: Int, utfall: [Serienyckel: Double], budget: [Serienyckel: Double], prognoser: [Prognosversion],
                organisation: Organisation, utfallsperioder: ClosedRange<Period>?, sistaManad: Int? = nil) throws(AvvikelseFel) {
        guard !utfall.isEmpty else { throw .utfallSaknas(ar: ar, utfall: utfallsperioder) }
        self.ar = ar
        oppetTill = sistaManad.flatMap { $0 < 12 ? Period(ar: ar, manad: $0) : nil }
        versioner = prognoser.map(Versionsnamn.init)
        let underlag = Avvikelseunderlag(utfall: utfall, budget: budget, prognoser: prognoser)
        let placering = Placeringar(organisation)
        var grupper: [Organisationsniva: [String: (namn: String, enhet: String?, konto: String?, nycklar: [Serienyckel])]] = [:]
        func lagg(_ niva: Organisationsniva, _ id: String, _ namn: String, enhet: String? = nil, konto: String? = nil, _ nyckel: Serienyckel) {
            grupper[niva, default: [:]][id, default: (namn, enhet, konto, [])].nycklar.append(nyckel)
        }
        for nyckel in underlag.nycklar {
            let enhet = placering.enheter[nyckel.enhet]
            lagg(.totalt, "", "Totalt", nyckel)
            if let plats = enhet?.plats {
                lagg(.namnd, plats.namnd, plats.namnd, nyckel)
                lagg(.forvaltning, plats.forvaltning, plats.forvaltning, nyckel)
            }
            lagg(.enhet, nyckel.enhet, enhet?.namn ?? nyckel.enhet, enhet: nyckel.enhet, nyckel)
            lagg(.konto, nyckel.description, nyckel.konto, enhet: nyckel.enhet, konto: nyckel.konto, nyckel)
        }
        oplacerade = organisation.namnder.isEmpty ? [] : Set(underlag.nycklar.map(\.enhet).filter { placering.enheter[$0]?.plats == nil })
            .sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }
        rader = Organisationsniva.allCases.flatMap { niva in
            (grupper[niva] ?? [:]).values.map { g in
                underlag.rad(niva, namn: g.namn, enhet: g.enhet, konto: g.konto, nycklar: g.nycklar)
            }.sorted(by: Rad.storst)
        }
    }
}
