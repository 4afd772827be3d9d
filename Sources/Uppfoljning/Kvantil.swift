/// Sample quantiles as R's default (type 7): linear interpolation between order statistics.
enum Kvantil {
    /// The `p`-quantile of `sorterat` (not empty, in ascending order), 0 ≤ p ≤ 1.
    static func typ7(sorterat: [Double], _ p: Double) -> Double {
        let position = p * Double(sorterat.count - 1)
        let nedre = Int(position.rounded(.down))
        let ovre = min(nedre + 1, sorterat.count - 1)
        return sorterat[nedre] + (position - Double(nedre)) * (sorterat[ovre] - sorterat[nedre])
    }

    /// The probabilities of the interval bounds: 2,5, 10, 90 and 97,5 %.
    static let granser = [0.025, 0.10, 0.90, 0.975]
}
