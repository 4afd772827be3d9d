import Foundation

/// A value axis: the range of the data widened to round tick values (1, 2 or 5 times a power of ten), zero
/// included when the data lie near it, and the mapping of values to pixels.
struct Skala {
    /// The lowest and highest value on the axis.
    let min: Double, max: Double
    /// The tick values, ascending.
    let steg: [Double]

    /// An axis for `varden` (finite ones) with about `antal` ticks.
    init(_ varden: [Double], antal: Int = 5) {
        let finita = varden.filter(\.isFinite)
        var lag = finita.min() ?? 0, hog = finita.max() ?? 1
        // Amounts that stay on one side of zero are drawn from zero when zero is not far off.
        if lag > 0, lag < hog * 0.5 { lag = 0 }
        if hog < 0, hog > lag * 0.5 { hog = 0 }
        if lag == hog { lag -= Swift.max(1, abs(lag) * 0.1); hog += Swift.max(1, abs(hog) * 0.1) }
        let grovt = (hog - lag) / Double(Swift.max(antal, 1))
        let potens = pow(10, floor(log10(grovt)))
        let steglangd = [1.0, 2, 5, 10].map { $0 * potens }.first { $0 >= grovt } ?? 10 * potens
        let forsta = floor(lag / steglangd) * steglangd, sista = ceil(hog / steglangd) * steglangd
        min = forsta
        max = sista
        steg = stride(from: forsta, through: sista + steglangd / 2, by: steglangd).map { abs($0) < steglangd / 1e6 ? 0 : $0 }
    }

    /// Decimals the tick labels need to tell the ticks apart.
    var decimaler: Int {
        guard steg.count > 1 else { return 0 }
        let avstand = steg[1] - steg[0]
        return avstand >= 1 ? 0 : Swift.min(3, Int((-log10(avstand)).rounded(.up)))
    }

    /// The pixel of `v` on an axis from `fran` (at `min`) to `till` (at `max`).
    func pixel(_ v: Double, fran: Double, till: Double) -> Double {
        fran + (v - min) / (max - min) * (till - fran)
    }
}
