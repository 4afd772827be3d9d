import Befolkning
import Foundation
import Input

/// The table of past projection errors a data folder gives: the intervals `prognos befolkning` draws around
/// its projection.
public struct Prognosfelresultat: Sendable {
    /// The data folder.
    public let data: URL
    /// The regions whose errors the table pools.
    public let regioner: [String]
    /// The base years projected from.
    public let basar: ClosedRange<Int>
    /// The table.
    public let tabell: Prognosfel
}

extension Befolkningskorning {
    /// The error-table use case: every region of the scenario's data (the country apart, as in the
    /// all-regions backtest) projected with the scenario's windows from every base year the data allow, up
    /// to the data's end, and the errors pooled by group and horizon.
    public static func prognosfel(_ s: Befolkningsscenario) throws(Korfel) -> Prognosfelresultat {
        try Minne.kontrolleraLasning(s.data)
        let underlag = try Regionunderlag(s.data)
        let spann = underlag.regioner.compactMap { Prognosfel.basar($0) }
        guard let forsta = spann.map(\.lowerBound).min(), let sista = spann.map(\.upperBound).max() else {
            throw .backtest("data i \(s.data.path) räcker inte till någon prognos med utfall efter basåret")
        }
        let fel = try underlag.prognosfel(horisont: sista - forsta + 1, fonster: s.fonster)
        return Prognosfelresultat(data: s.data, regioner: underlag.regioner.map(\.region), basar: forsta...sista,
                                  tabell: Prognosfel(fel))
    }
}
