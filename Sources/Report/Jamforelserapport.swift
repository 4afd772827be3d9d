import Application
import Vokabular

/// Scenarios side by side: for each key figure, one row per scenario and, under every scenario after the
/// first, its difference against the first; as CSV one long table, `jamforelse.csv`
/// (`scenario;storhet;ar;varde`), that a pivot table reads.
public enum Jamforelserapport {
    /// The report of `j`.
    public static func rapport(_ j: Scenariojamforelse) -> Rapport {
        let ar = Array(Set(j.scenarier.flatMap(\.ar))).sorted()
        let forsta = j.scenarier[0]
        var nycklar: [Nyckeltal] = []
        for s in j.scenarier { for n in s.nyckeltal where !nycklar.contains(where: { $0.nyckel == n.nyckel }) { nycklar.append(n) } }
        var text = ["Jämförelse av \(j.scenarier.count) scenarier; skillnader mot det första, \(forsta.namn)", ""]
        text += j.scenarier.enumerated().map { "  \($0.offset + 1). \($0.element.namn)" }
        text.append("")
        for n in nycklar {
            var rader: [[String]] = []
            for (k, s) in j.scenarier.enumerated() where s.nyckeltal.contains(where: { $0.nyckel == n.nyckel }) {
                rader.append(["\(k + 1). \(s.namn)"] + ar.map { s.varde(n.nyckel, $0).map { Belopp.text($0, decimaler: n.decimaler) } ?? "" })
                guard k > 0 else { continue }
                rader.append(["   skillnad mot 1"] + ar.map { year in
                    guard let a = s.varde(n.nyckel, year), let b = forsta.varde(n.nyckel, year) else { return "" }
                    return Belopp.text(a - b, decimaler: n.decimaler)
                })
            }
            text.append(Kolumntabell(rubrik: "\(n.rubrik) (\(n.enhet))", kolumner: [""] + ar.map(String.init), rader: rader).text)
            text.append("")
        }
        let csv = Nyckeltalscsv.text(j.scenarier.map { ($0.namn, $0.ar, $0.nyckeltal) })
        return Rapport(kommando: "jamfor", text: text.joined(separator: "\n"), filer: [("jamforelse.csv", csv)],
                       html: Jamforelsehtml.sida(j))
    }
}
