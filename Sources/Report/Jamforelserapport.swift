import Application
import Vokabular

/// Scenarios side by side: for each key figure, one row per scenario and, under every scenario after the
/// first, its difference against the first; with paths, under each chain the bounds of its 95 % and 80 %
/// intervals. As CSV one long table, `jamforelse.csv` (`scenario;storhet;ar;varde`), that a pivot table reads.
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
        text.append(intervalltext(j))
        text.append("")
        for n in nycklar {
            var rader: [[String]] = []
            let medIntervall = j.scenarier.contains { $0.intervall?.serier.contains { $0.nyckel == n.nyckel } == true }
            for (k, s) in j.scenarier.enumerated() where s.nyckeltal.contains(where: { $0.nyckel == n.nyckel }) {
                rader.append(["\(k + 1). \(s.namn)"] + ar.map { s.varde(n.nyckel, $0).map { Belopp.text($0, decimaler: n.decimaler) } ?? "" })
                if medIntervall && s.intervall == nil {
                    rader.append(["   inget intervall (budgetscenario)"] + ar.map { _ in "" })
                } else if medIntervall {
                    rader += Intervallgrans.allCases.map { g in
                        ["   \(g.rubrik)"] + ar.map { s.kvantiler(n.nyckel, $0).map { Belopp.text(g.varde($0), decimaler: n.decimaler) } ?? "" }
                    }
                }
                guard k > 0 else { continue }
                rader.append(["   skillnad mot 1"] + ar.map { year in
                    guard let a = s.varde(n.nyckel, year), let b = forsta.varde(n.nyckel, year) else { return "" }
                    return Belopp.text(a - b, decimaler: n.decimaler)
                })
            }
            text.append(Kolumntabell(rubrik: "\(n.rubrik) (\(n.enhet))", kolumner: [""] + ar.map(String.init), rader: rader).text)
            text.append("")
        }
        let csv = Nyckeltalscsv.text(j.scenarier.map { ($0.namn, $0.ar, $0.nyckeltal, $0.intervall) })
        return Rapport(kommando: "jamfor", text: text.joined(separator: "\n"), filer: [("jamforelse.csv", csv)],
                       html: Jamforelsehtml.sida(j))
    }

    /// Where the intervals come from, what they cover and which scenarios have none, or how to get them.
    static func intervalltext(_ j: Scenariojamforelse) -> String {
        guard j.scenarier.contains(where: { $0.intervall != nil }) || j.simuleringar == nil else {
            return "Budgetscenarier har ingen befolkning att dra banor av, så --simuleringar ger inga intervall; de finns för kedjor."
        }
        guard j.simuleringar != nil else {
            return j.scenarier.count == j.scenarier.filter { !$0.nyckeltal.contains { $0.nyckel == "folkmangd" } }.count
                ? "Budgetscenarierna har inga intervall; en kedja (befolkning → personal → budget) får dem med --simuleringar N."
                : "Kör med --simuleringar N för intervall genom varje kedja."
        }
        return intervall(j).joined(separator: " ")
    }

    /// The sentences on the intervals of a comparison run with paths: their paths and seeds, what they
    /// cover, and the budget-only scenarios that have none.
    static func intervall(_ j: Scenariojamforelse) -> [String] {
        let kedjor = j.scenarier.compactMap { s in s.intervall.map { (s.namn, $0) } }
        let fron = Set(kedjor.map(\.1.seed)).count == 1 ? kedjor.first.map { "seed \($0.1.seed)" } ?? ""
            : "seed " + kedjor.map { "\($0.1.seed) för \($0.0)" }.joined(separator: ", ")
        var meningar = ["Intervallen: \(Belopp.text(Double(j.simuleringar ?? 0), decimaler: 0)) slumpbanor av befolkningen genom "
                        + "vårdbehov, rekrytering och kostnad till resultatet i varje kedja (\(fron)).", Kedjerapport.tackning]
        let budgetar = j.scenarier.filter { $0.intervall == nil }.map(\.namn)
        if budgetar.count == 1 {
            meningar.append("\(budgetar[0]) är ett budgetscenario utan befolkning och har inget intervall.")
        } else if !budgetar.isEmpty {
            meningar.append("\(budgetar.joined(separator: ", ")) är budgetscenarier utan befolkning och har inga intervall.")
        }
        return meningar
    }
}
