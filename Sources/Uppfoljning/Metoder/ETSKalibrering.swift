import Vokabular

/// ETS's interval widened by how ETS's own prognoses missed the year before: split conformal prediction
/// (Vovk, Gammerman & Shafer 2005; Lei et al. 2018, "Distribution-free predictive inference for regression")
/// with the model's interval as the scale.
///
/// For every series with an ETS prognosis p after the same month m of the last complete year, and its
/// outcome u, the factor the model's interval would have needed to hold u:
///
///     r = (u − p) / (p90 − p)   when u ≥ p,     r = (p − u) / (p − p10)   when u < p
///
/// (with p2,5 and p97,5 for the 95 % interval). Over the n series, the factor for a level a is the
/// ⌈(n + 1)·a⌉-th smallest r: if this year's series miss like last year's, an interval widened by it holds
/// the outcome with probability at least a. The model's interval stays as it is when the factor is below 1
/// (the model's is the least uncertainty it knows of), and when n is too small for the level
/// (⌈(n + 1)·a⌉ > n: 4 series for 80 %, 19 for 95 %); with 4–18 series the 95 % interval is widened by the 80 %
/// factor, the model's shape at the scale its misses showed, rather than left at the model's width or at the
/// widened 80 % interval. Prognoses the model's interval covered well need no widening;
/// where ETS misses level shifts and drifting seasons, the ledger's own misses show how much. A ledger of more
/// series than `Uppfoljningsmodellval.etsKalibreringsurval` takes the year before's prognoses of a fixed sample
/// of them (`Serieurval.minstaHash(_:bland:antal:)`), which saves fitting every series twice.
enum ETSKalibrering {
    /// The factors (80 %, 95 %) from last year's prognoses and outcomes; 1 where there are too few, and the
    /// 80 % factor for the 95 % one where only the 80 % has enough.
    static func faktorer(_ forra: [(punkt: Double, intervall: Prognospost.Intervall, utfall: Double)]) -> (p80: Double, p95: Double) {
        // An outcome the point hit needed no widening, also from an interval of no width (a constant series).
        func kvot(_ u: Double, _ p: Double, _ lag: Double, _ hog: Double) -> Double {
            let bredd = u >= p ? hog - p : p - lag
            return u == p ? 0 : bredd > 0 ? abs(u - p) / bredd : .infinity
        }
        let r80 = forra.map { kvot($0.utfall, $0.punkt, $0.intervall.p10, $0.intervall.p90) }
        let r95 = forra.map { kvot($0.utfall, $0.punkt, $0.intervall.p2_5, $0.intervall.p97_5) }
        let f80 = max(1, faktor(r80, niva: 0.8) ?? 1)
        return (f80, faktor(r95, niva: 0.95).map { max(1, $0) } ?? f80)
    }

    /// The ⌈(n + 1)·niva⌉-th smallest of `kvoter`; nil when that is beyond the n of them (or infinite).
    static func faktor(_ kvoter: [Double], niva: Double) -> Double? {
        let k = Int(((Double(kvoter.count) + 1) * niva).rounded(.up))
        guard k >= 1, k <= kvoter.count else { return nil }
        let f = kvoter.sorted()[k - 1]
        return f.isFinite ? f : nil
    }

    /// `intervall` around `punkt` widened by the factors; the 95 % interval is kept around the 80 % one.
    static func vidgat(_ intervall: Prognospost.Intervall, punkt: Double, faktorer f: (p80: Double, p95: Double)) -> Prognospost.Intervall {
        let p10 = punkt - f.p80 * (punkt - intervall.p10), p90 = punkt + f.p80 * (intervall.p90 - punkt)
        return Prognospost.Intervall(p2_5: min(punkt - f.p95 * (punkt - intervall.p2_5), p10), p10: p10,
                                     p90: p90, p97_5: max(punkt + f.p95 * (intervall.p97_5 - punkt), p90))
    }
}
