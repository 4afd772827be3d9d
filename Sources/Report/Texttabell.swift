import Budget
import Vokabular

/// Renders a budget statement as a plain-text table for the terminal: one column per year, amounts in mnkr
/// with one decimal, Swedish style, subtotals set off by a rule.
public enum Texttabell {
    /// The statement as lines of text, headed by its title and the years.
    public static func text(_ rapport: any Budgetrapport, ar: [Int], decimaler: Int = 1) -> String {
        let rader = rapport.rader
        let rubrikbredd = max(rapport.rubrik.count, rader.map(\.rubrik.count).max() ?? 0)
        let celler = rader.map { $0.belopp.map { Belopp.text($0, decimaler: decimaler) } }
        let kolumnbredd = max(9, (celler.flatMap { $0 }.map(\.count).max() ?? 0) + 2)
        func fyll(_ s: String, _ width: Int, hoger: Bool) -> String {
            let pad = String(repeating: " ", count: max(0, width - s.count))
            return hoger ? pad + s : s + pad
        }
        var lines = [fyll(rapport.rubrik + " (mnkr)", rubrikbredd + 7, hoger: false)
                     + ar.map { fyll(String($0), kolumnbredd, hoger: true) }.joined()]
        let regel = String(repeating: "-", count: rubrikbredd + 7 + kolumnbredd * ar.count)
        lines.append(regel)
        for (rad, varden) in zip(rader, celler) {
            let line = fyll(rad.rubrik, rubrikbredd + 7, hoger: false) + varden.map { fyll($0, kolumnbredd, hoger: true) }.joined()
            lines.append(line)
            if rad.summering { lines.append(String(repeating: " ", count: rubrikbredd + 7) + String(repeating: "-", count: kolumnbredd * ar.count)) }
        }
        while lines.last?.trimmingPrefixSpaces.allSatisfy({ $0 == "-" }) == true { lines.removeLast() }
        lines += rapport.fotnoter.map { "  \($0)" }
        return lines.joined(separator: "\n")
    }
}

private extension String {
    var trimmingPrefixSpaces: Substring { drop { $0 == " " } }
}
