/// The region's key figures from the ledger's amounts per series, by the lines of the resultaträkning their
/// rows belong to (`Resultatrad`; rows without a line are left out). Amounts are booked (costs positive,
/// income negative); the figures are as the resultaträkning prints them: verksamhetens nettokostnad
/// positive for a net cost, skatter and bidrag positive, finansnetto and resultat positive for a surplus.
/// A figure is nil when the kontoplan maps no row to the lines it needs.
public struct Regionnyckeltal: Equatable, Sendable {
    /// Verksamhetens intäkter, kostnader, avskrivningar and net-cost rows, as a net cost.
    public let verksamhetensNettokostnad: Double?
    /// Skatteintäkter and generella statsbidrag och utjämning.
    public let skatterOchBidrag: Double?
    /// Finansiella intäkter − finansiella kostnader.
    public let finansnetto: Double?
    /// Minus the sum of every mapped row: skatter och bidrag − nettokostnad + finansnetto.
    public let resultat: Double?
    /// The result less the items the balanskrav leaves out.
    public let balanskravsresultat: Double?

    /// The result as a share of skatter and bidrag (0,02 is 2 %).
    public var resultatandel: Double? {
        guard let resultat, let s = skatterOchBidrag, s != 0 else { return nil }
        return resultat / s
    }

    /// The figures of `belopp` per series, each row placed by `kontoplan`.
    public init(_ belopp: [Serienyckel: Double], kontoplan: [String: Resultatrad]) {
        let mappade = Set(kontoplan.values)
        var summa: [Resultatrad: Double] = [:]
        for (nyckel, b) in belopp { if let rad = kontoplan[nyckel.konto] { summa[rad, default: 0] += b } }
        func del(_ rader: Set<Resultatrad>) -> Double? {
            mappade.isDisjoint(with: rader) ? nil : rader.reduce(0) { $0 + (summa[$1] ?? 0) }
        }
        verksamhetensNettokostnad = del(Resultatrad.verksamhet)
        skatterOchBidrag = del(Resultatrad.skatterOchBidrag).map { -$0 }
        finansnetto = del(Resultatrad.finans).map { -$0 }
        resultat = verksamhetensNettokostnad.map { _ in -summa.values.reduce(0, +) }
        balanskravsresultat = mappade.contains(.balanskravsjustering) ? resultat.map { $0 + (summa[.balanskravsjustering] ?? 0) } : nil
    }
}
