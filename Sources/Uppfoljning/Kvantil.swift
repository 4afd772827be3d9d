/// The quantiles every prognosis interval is given at.
enum Kvantil {
    /// The probabilities of the interval bounds: 2,5, 10, 90 and 97,5 %.
    static let granser = [0.025, 0.10, 0.90, 0.975]
}
