import Budget

/// Renders reconciliation findings for the terminal: every warning in full, rounding notes either in
/// full or counted.
public enum Avstamningsrapport {
    /// The findings as text under the heading "Avstämning av underlaget".
    public static func text(_ anmarkningar: [Avstamningsanmarkning], visaAvrundning: Bool) -> String {
        let varningar = anmarkningar.filter { $0.allvar == .varning }
        let avrundningar = anmarkningar.filter { $0.allvar == .avrundning }
        var lines = ["Avstämning av underlaget: \(varningar.count) varningar, \(avrundningar.count) avrundningsdifferenser"]
        lines += varningar.map { "  VARNING \($0)" }
        if visaAvrundning {
            lines += avrundningar.map { "  avrundning \($0)" }
        } else if !avrundningar.isEmpty {
            lines.append("  (\(avrundningar.count) differenser inom avrundning visas med --visa-avrundning)")
        }
        return lines.joined(separator: "\n")
    }
}
