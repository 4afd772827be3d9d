import Foundation
import Vokabular

/// The projection the product reports: under 65 years, the mean of the cohort-component projection, the
/// constant growth rate (`Enkelprognos.konstantTillvaxt`) and the population unchanged
/// (`Enkelprognos.oforandrad`) per age group and sex; from 65 years, the cohort-component projection alone.
///
/// Combining a cohort-component projection with simple extrapolations is one of the best supported findings
/// on population forecast accuracy (Smith, Tayman & Swanson, *A Practitioner's Guide to State and Local
/// Population Projections*, 2013): the methods err for different reasons, so their mean errs less than any
/// of them. The two simple ones are the two the model is judged against (issue 18): a trend that goes on and
/// a level that stays. Their mean is the trend at half its rate, the damped trend that the forecasting
/// competitions found safer than a trend carried on undamped (Gardner & McKenzie, "Forecasting trends in time
/// series", *Management Science* 31, 1985). Equal weights, as in that literature and in the
/// forecast-combination literature at large (Clemen, "Combining forecasts: a review and annotated
/// bibliography", *International Journal of Forecasting* 5, 1989); weights fitted to the outcomes would be
/// tuned to them.
///
/// The combination is made where the model's error comes from its assumptions: under 65, the group at the
/// horizon holds the children not yet born (fertility) and the ages where people move (migration from a
/// five-year window), and independent estimates of the level help. From 65, the members of the
/// group ten years ahead are alive at the base year, past the ages of migration, and their number follows
/// from the cohorts' sizes and mortality, which the cohort-component projection carries and a group's
/// trend or level cannot see (a large cohort entering 65–79 is no continuation of the group's past).
///
/// For group g (0–19, 20–64) and sex s, with M the medium cohort-component projection, P(b) the group at the
/// base year b and E the group's constant growth rate over the n = `Befolkningsmodellval.tillvaxtfonster`
/// years up to b (fewer when the data begin later),
///
///     E(b + h) = P(b) · (P(b) / P(b − n))^(h / n),      f(h) = (M(b + h) + E(b + h) + P(b)) / 3 / M(b + h),
///
/// and every single age of the group and sex in a projection under any assumptions is multiplied by f(h):
/// the medium projection becomes the mean itself, and a scenario keeps its difference from the medium in
/// proportion. The components (births, deaths, net migration), fertility and life expectancy stay the
/// cohort-component model's. Only the data up to the base year are read; without a year before the base
/// year there is no trend, and the model stands alone.
public struct Kombinationsprognos: Equatable, Sendable {
    /// The groups combined, ages 0–64; older ages keep the cohort-component projection.
    public static let grupper: [Aldersgrupp] = [.ar0_19, .ar20_64]

    /// The base year.
    public let basar: Int
    /// The factor f by `[år][kon][grupp]`, groups in `grupper` order.
    public let faktorer: [[[Double]]]

    /// The factors of the medium projection `medel` of the region whose data are `data`; without a year
    /// before the base year in the data every factor is 1 (the model alone).
    public init(medel: Befolkningsprognos, data: Befolkningsdata) {
        let b = medel.basar
        let n = min(Befolkningsmodellval.tillvaxtfonster, b - data.ar.lowerBound)
        basar = b
        faktorer = medel.ar.indices.map { t in
            Kon.allCases.map { kon in
                Self.grupper.map { g in
                    let m = medel.summa(kon, g.aldrar, t)
                    guard n >= 1, data.ar.contains(b), m > 0 else { return 1 }
                    let bas = data.folkmangd(kon, b)[g.aldrar].reduce(0, +)
                    let fore = data.folkmangd(kon, b - n)[g.aldrar].reduce(0, +)
                    let trend = fore > 0 ? bas * pow(bas / fore, Double(t + 1) / Double(n)) : bas
                    return (m + trend + bas) / 3 / m
                }
            }
        }
    }

    /// `prognos` (the medium's base year, any assumptions, at most the medium's horizon) with every group and
    /// sex multiplied by its factor.
    public func kombinera(_ prognos: Befolkningsprognos) -> Befolkningsprognos {
        Befolkningsprognos(
            basar: prognos.basar, ar: prognos.ar, bas: prognos.bas,
            folkmangd: prognos.folkmangd.enumerated().map { t, ar in
                Kon.allCases.map { kon in
                    var rad = ar[kon.rawValue]
                    for (i, g) in Self.grupper.enumerated() {
                        for a in g.aldrar { rad[a] *= faktorer[t][kon.rawValue][i] }
                    }
                    return rad
                }
            },
            fodda: prognos.fodda, doda: prognos.doda, migration: prognos.migration, tfr: prognos.tfr, e0: prognos.e0)
    }

    /// The simulated intervals moved with the projection they surround: each age group's quantiles in year t,
    /// and the dependency ratio's, multiplied by the combined over the cohort-component projection of that
    /// group or ratio, `kombinerad` and `modell` both under the same assumptions as the paths (otherwise the
    /// reported ratio could lie outside its own interval). The components stay the paths'.
    public static func intervall(_ simulerat: Befolkningsintervall, modell: Befolkningsprognos,
                                 kombinerad: Befolkningsprognos) -> Befolkningsintervall {
        Befolkningsintervall(
            basar: simulerat.basar, ar: simulerat.ar, banor: simulerat.banor,
            grupper: simulerat.grupper.enumerated().map { t, rad in
                Aldersgrupp.allCases.map { g in flyttade(rad[g.rawValue], modell: modell.summa(g, t), kombinerad: kombinerad.summa(g, t)) }
            },
            forsorjningskvot: simulerat.forsorjningskvot.enumerated().map { t, kvot in
                flyttade(kvot, modell: modell.forsorjningskvot(t), kombinerad: kombinerad.forsorjningskvot(t))
            },
            fodda: simulerat.fodda, doda: simulerat.doda, migration: simulerat.migration)
    }

    /// `kvantiler` around the cohort-component value `modell` multiplied by `kombinerad / modell`; as they are
    /// when `modell` is not positive.
    private static func flyttade(_ kvantiler: Kvantiler, modell: Double, kombinerad: Double) -> Kvantiler {
        let f = modell > 0 ? kombinerad / modell : 1
        return Kvantiler(varden: kvantiler.varden.map { $0 * f })
    }
}
