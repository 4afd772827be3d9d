/// The line of the resultaträkning a row (konto) of the ledger belongs to, so that the region's key figures
/// can be read from the ledger: verksamhetens nettokostnad, skatter and bidrag, finansnetto, resultat and
/// balanskravsresultat. The raw values are what a kontoplan file writes.
public enum Resultatrad: String, CaseIterable, Sendable {
    case verksamhetensIntakter = "verksamhetens_intakter"
    case verksamhetensKostnader = "verksamhetens_kostnader"
    case avskrivningar
    /// A row that is already a net cost (a unit's "Nettokostnad").
    case verksamhetensNettokostnad = "verksamhetens_nettokostnad"
    case skatteintakter
    /// Generella statsbidrag och utjämning.
    case generellaStatsbidrag = "generella_statsbidrag"
    case finansiellaIntakter = "finansiella_intakter"
    case finansiellaKostnader = "finansiella_kostnader"
    /// Items the balanskrav leaves out: realisationsvinster and -förluster on sales of fixed assets,
    /// orealiserade värdeförändringar (Lag om kommunal bokföring och redovisning, ch. 11).
    case balanskravsjustering

    /// The lines of verksamhetens nettokostnad.
    static let verksamhet: Set<Resultatrad> = [.verksamhetensIntakter, .verksamhetensKostnader, .avskrivningar, .verksamhetensNettokostnad]
    /// The lines of skatter and generella statsbidrag.
    static let skatterOchBidrag: Set<Resultatrad> = [.skatteintakter, .generellaStatsbidrag]
    /// The lines of finansnetto.
    static let finans: Set<Resultatrad> = [.finansiellaIntakter, .finansiellaKostnader]

    /// The values a kontoplan file may give, for messages.
    public static var giltiga: String { allCases.map(\.rawValue).joined(separator: ", ") }
}
