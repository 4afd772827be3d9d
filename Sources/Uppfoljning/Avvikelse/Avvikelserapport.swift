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
/// prognosis version gives a level a prognosis only when it covers every series of that level with outcome or
/// budget; a version made for one förvaltning gives none for the whole region.
public struct Avvikelserapport: Equatable, Sendable {
    /// The year.
    public let ar: Int
    /// The prognosis versions for the year, oldest first, in the order of `Rad.prognoser`.
    public let versioner: [Version]
    /// The last month of the year the ledger has outcome for, when the year is still open (before December):
    /// the outcome is then the year so far, while budget and prognoses are for the whole year.
    public let oppetTill: Period?
    /// Every row of every level: the total first, then nämnder, förvaltningar, units and unit rows, each
    /// level sorted by the size of its deviation (see `storst`).
    public let rader: [Rad]

    /// The rows of one level, largest deviation first.
    public func rader(_ niva: Niva) -> [Rad] { rader.filter { $0.niva == niva } }

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
        versioner = prognoser.map(Version.init)
        let underlag = Avvikelseunderlag(utfall: utfall, budget: budget, prognoser: prognoser)
        let grupper = Placeringar(organisation).grupper(underlag.nycklar)
        rader = Niva.allCases.flatMap { niva in
            grupper.filter { $0.niva == niva }.map(underlag.rad).sorted(by: Rad.storst)
        }
    }
}
