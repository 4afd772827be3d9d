import Foundation

/// How a decided budget continues past its last decided year when a scenario's plan period runs longer
/// (up to `maxAr` years beyond it), so that a long-range scenario can carry the decided budget forward with
/// its own indexation, tax base path and personnel costs.
///
/// The rules, each the simplest one the Regionplan supports:
/// - verksamhetens kostnader stay at the last decided level before indexation, and the extension years'
///   decided indexation is zero, so a scenario's indexation for those years is the cost growth itself
///   (by default the last decided year's rates, see `beslutadeAntaganden`);
/// - skatteintäkter and generella statsbidrag och utjämning grow with `skattetillvaxt`, the mean yearly
///   growth of the decided tax revenue (the equalisation follows the tax base in SKR's model);
/// - verksamhetens intäkter, finansiella kostnader, nämnd frames, depreciation, investments and the planned
///   balance changes stay at the last decided year's amounts ("Generellt är budgeten för verksamhetens
///   intäkter inte uppräknad", regionplan-2023-2025.txt line 1739).
public enum Forlangning {
    /// The most years a plan period may run beyond the last decided year.
    public static let maxAr = 10

    /// The mean yearly growth, percent, of a decided series (e.g. tax revenue 4 543,7 → 4 865,6 over two
    /// years, regionplan-2023-2025.txt line 2213); zero for a single year.
    public static func tillvaxt(_ beslutad: [Double]) -> Double {
        guard let forsta = beslutad.first, let sista = beslutad.last, beslutad.count > 1, forsta > 0, sista > 0 else { return 0 }
        return (pow(sista / forsta, 1 / Double(beslutad.count - 1)) - 1) * 100
    }

    /// `serie` continued to `antal` values at its last value.
    public static func fortsatt(_ serie: [Double], till antal: Int) -> [Double] {
        guard let sista = serie.last, antal > serie.count else { return serie }
        return serie + Array(repeating: sista, count: antal - serie.count)
    }

    /// `serie` continued to `antal` values growing by `procent` per year from its last value.
    public static func vaxande(_ serie: [Double], till antal: Int, procent: Double) -> [Double] {
        guard let sista = serie.last, antal > serie.count else { return serie }
        return serie + (1...(antal - serie.count)).map { sista * pow(1 + procent / 100, Double($0)) }
    }
}
