import Vokabular

/// The domain of every value a scenario or a data set may give the budget model: years, percentages and
/// amounts (years: `Artal`). Values outside are refused with a message, so no later conversion or sum can overflow or trap.
/// `scenarios/README.md` states the same ranges for the people who write scenario files.
public enum Granser {
    /// The longest plan period, in years.
    public static let maxAntalAr = 50
    /// A yearly rate in percent (indexation, tax-base deviation): above −100 % and at most +100 %.
    public static let procent: ClosedRange<Double> = (-100.0).nextUp...100
    /// An amount in mnkr: at most a million mnkr (a thousand billion kronor) either way.
    public static let mnkr: ClosedRange<Double> = -1_000_000...1_000_000
    /// A share in percent.
    public static let andel: ClosedRange<Double> = 0...100

    /// "mellan −1 000 000 och 1 000 000"-style text for messages.
    public static func beskrivning(_ intervall: ClosedRange<Double>) -> String {
        if intervall == procent { return "större än -100 och högst 100" }
        return "mellan \(text(intervall.lowerBound)) och \(text(intervall.upperBound))"
    }

    /// A bound with as many decimals as it has (at most six): 0,5 is "0,5", not rounded to "1".
    private static func text(_ grans: Double) -> String {
        let decimaler = (0...6).first { d in
            let skala = Belopp.tiopotens(d)
            return (grans * skala).rounded() == grans * skala
        } ?? 6
        return Belopp.text(grans, decimaler: decimaler)
    }
}
