import Uppfoljning
import Vokabular

/// The deviation report as one self-contained HTML page: the year's full-year prognoses month by month
/// against budget and outcome, the deviation per nämnd, and the table of totals, nämnder and förvaltningar.
/// Amounts in mnkr as booked: costs positive, income negative.
public enum Avvikelsehtml {
    /// The page for `r`, made from the ledger `liggare`.
    public static func sida(_ r: Avvikelserapport, liggare: String) -> String {
        let mnkr = { (x: Double?) in x.map { $0 / 1e6 } ?? .nan }
        var delar = ["<p>Avvikelserapport \(r.ar) från liggaren <code>\(HTMLText.skyddad(liggare))</code>. Belopp i mnkr som bokförda: "
                     + "kostnader positiva, intäkter negativa. Positiv avvikelse är bättre än budget eller prognos.</p>"]
        if let oppet = r.oppetTill {
            delar.append("<p class=\"obs\">Året är inte avslutat: utfallet gäller t.o.m. \(oppet) men budget och prognoser hela året, "
                         + "så avvikelserna är inte helårsavvikelser.</p>")
        }
        if let totalt = r.rader(.totalt).first {
            delar.append("<h2>Helårsprognoserna mot budget och utfall</h2>")
            delar.append(Prognoskurvor.diagram(titel: "Totalt: helårsprognos efter månad", versioner: r.versioner, prognoser: totalt.prognoser,
                                               budget: totalt.budget, utfall: r.oppetTill == nil ? totalt.utfall : nil).html)
        }
        let namnder = r.rader(.namnd)
        if !namnder.isEmpty {
            delar.append("<h2>Avvikelse per nämnd</h2>")
            delar.append(Stapeldiagram(titel: "Avvikelse per nämnd", enhet: "mnkr", kategorier: namnder.map(\.namn),
                                       serier: [.init(namn: "Mot budget", varden: namnder.map { mnkr($0.avvikelseBudget) })]
                                           + (r.versioner.isEmpty ? [] : [.init(namn: "Mot senaste prognos", varden: namnder.map { mnkr($0.avvikelsePrognos) })]),
                                       decimaler: 1).html)
        }
        let rader = r.rader(.totalt) + r.rader(.namnd) + r.rader(.forvaltning)
        let text = { (x: Double?) in x.map { Belopp.text($0 / 1e6, decimaler: 1) } ?? "" }
        delar.append(Datatabell(rubrik: "Totalt, nämnder och förvaltningar (mnkr)",
                                kolumner: ["Namn", "Nivå", "Budget"] + r.versioner.map { "Prognos \($0.period) \($0.upphovText)" }
                                    + ["Utfall", "Avv. budget", "Avv. prognos"],
                                rader: rader.map { rad in
                                    [rad.namn, rad.niva.text, text(rad.budget)]
                                        + zip(rad.prognoser, rad.budgetFramford).map { Framforingsmarke.text($0, framforda: $1) { text($0) } }
                                        + [text(rad.utfall), text(rad.avvikelseBudget), text(rad.avvikelsePrognos)]
                                }).html)
        return HTMLSida(titel: "Avvikelserapport \(r.ar)", delar: delar).html
    }
}
