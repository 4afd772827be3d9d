/// Amounts written as a Swedish finance office reads them: space as thousands separator, decimal comma,
/// e.g. "-6 320,3". Used in messages and reports.
public enum Belopp {
    /// Formats `value` with `decimaler` decimals (0–6), Swedish style. Amounts too large to be exact with
    /// that many decimals (from 10¹⁵ up) and values that are not finite are written in exponent form, so
    /// formatting never traps, whatever a file held.
    public static func text(_ value: Double, decimaler: Int = 1) -> String {
        let decimaler = min(max(decimaler, 0), 6)
        guard value.isFinite, abs(value) * tiopotens(decimaler) < 1e15 else {
            return String(describing: value).replacing(".", with: ",")
        }
        let skala = tiopotens(decimaler)
        var avrundat = (abs(value) * skala).rounded() / skala
        if avrundat == 0 { avrundat = 0 }
        let negativ = value < 0 && avrundat != 0
        let heltal = Int(avrundat.rounded(.down))
        var siffror = String(heltal)
        var grupperat = ""
        while siffror.count > 3 {
            grupperat = " " + siffror.suffix(3) + grupperat
            siffror.removeLast(3)
        }
        grupperat = siffror + grupperat
        if decimaler > 0 {
            let rest = Int(((avrundat - Double(heltal)) * skala).rounded())
            let decimal = String(rest)
            grupperat += "," + String(repeating: "0", count: max(0, decimaler - decimal.count)) + decimal
        }
        return (negativ ? "-" : "") + grupperat
    }

    /// Formats a mnkr amount with its unit, e.g. "258,8 mnkr".
    public static func mnkr(_ value: Double, decimaler: Int = 1) -> String { text(value, decimaler: decimaler) + " mnkr" }

    /// 10 raised to an integer power, exactly for the small exponents used for decimals.
    public static func tiopotens(_ exponent: Int) -> Double {
        var value = 1.0
        for _ in 0..<abs(exponent) { value *= 10 }
        return exponent >= 0 ? value : 1 / value
    }
}
