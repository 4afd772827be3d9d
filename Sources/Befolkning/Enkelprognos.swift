import Foundation

/// The simple projections a cohort-component projection is held against in a backtest: if it cannot beat
/// them, its assumptions add nothing.
///
/// - unchanged: every group keeps its base-year count, P(b + h) = P(b);
/// - constant growth rate: every group goes on growing at its mean yearly rate of the `n` years up to the
///   base year, P(b + h) = P(b)·(P(b) / P(b − n))^(h / n), n = `Befolkningsmodellval.tillvaxtfonster`.
public enum Enkelprognos: String, CaseIterable, Sendable {
    case oforandrad, konstantTillvaxt

    /// The name in reports.
    public var namn: String {
        switch self {
        case .oforandrad: return "Oförändrad befolkning"
        case .konstantTillvaxt: return "Konstant tillväxttakt"
        }
    }

    /// The projection of `grupp` `horisont` years after `basar`, from the data up to `basar` only; nil when the
    /// data begin too late for the growth rate's window.
    public func prognos(_ data: Befolkningsdata, _ grupp: Aldersgrupp, basar: Int, horisont: Int) -> Double? {
        let bas = data.summa(grupp, basar)
        switch self {
        case .oforandrad:
            return bas
        case .konstantTillvaxt:
            let n = Befolkningsmodellval.tillvaxtfonster
            guard data.ar.contains(basar - n) else { return nil }
            let fore = data.summa(grupp, basar - n)
            guard fore > 0 else { return bas }
            return bas * pow(bas / fore, Double(horisont) / Double(n))
        }
    }
}
