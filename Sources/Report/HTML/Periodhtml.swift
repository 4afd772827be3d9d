import Uppfoljning
import Vokabular

/// The period report as one self-contained HTML page: outcome against budget month by month for the year to
/// date, the year's prognoses converging month by month, the deviations per nämnd (per förvaltning under a single nämnd), and the tables of totals,
/// nämnder and förvaltningar and of units. Amounts in mnkr as booked: costs positive, income negative.
public enum Periodhtml {
    /// The page for `r`, made from the ledger `liggare`.
    public static func sida(_ r: Periodrapport, liggare: String) -> String {
        let delar = ["<p>Periodrapport \(r.period) (\(Periodtabell.slag(r.period))) från liggaren <code>\(HTMLText.skyddad(liggare))</code>.</p>"]
            + forklaring(r) + nyckeltal(r) + diagram(r)
            + [tabell("Totalt, nämnder och förvaltningar (mnkr)", r, r.rader(.totalt) + r.rader(.namnd) + r.rader(.forvaltning)),
               tabell("Enheter (mnkr)", r, r.rader(.enhet))]
        return HTMLSida(titel: "Periodrapport \(r.period)", delar: delar).html
    }

    /// What is compared with what, a paragraph per line; the open year's warning stands out.
    static func forklaring(_ r: Periodrapport) -> [String] {
        Periodtabell.forklaring(r).enumerated().map { i, rad in
            "<p\(i == 0 && !r.bokslut ? " class=\"obs\"" : "")>\(HTMLText.skyddad(rad))</p>"
        }
    }

    /// The region's key figures and the notes on what the kontoplan lacks; nothing without a kontoplan.
    static func nyckeltal(_ r: Periodrapport) -> [String] {
        guard let n = r.nyckeltal else { return [] }
        return ["<h2>Regionens nyckeltal</h2>",
                Datatabell(rubrik: "Nyckeltal ur liggaren (mnkr)", kolumner: ["Nyckeltal", "Utfall ack", "Budget ack", "Budget år", "Prognos"],
                           rader: Periodnyckeltalstabell.storheter.map { s in
                               [s.namn] + Periodnyckeltalstabell.kolumner(n).map { Periodnyckeltalstabell.text(s, $0) }
                           }).html]
            + Periodnyckeltalstabell.anmarkningar(n).map { "<p>\(HTMLText.skyddad($0))</p>" }
    }

    /// The charts of the whole ledger: outcome against budget to date, the prognoses month by month, and the
    /// deviations per nämnd (or förvaltning).
    static func diagram(_ r: Periodrapport) -> [String] {
        let mnkr = { (x: Double?) in x.map { $0 / 1e6 } ?? .nan }
        var delar: [String] = []
        let manader = Array(1...12)
        func ackumulerad(_ varden: [Double?]) -> [Double] {
            var summa = 0.0
            return varden.map { x in x.map { summa += $0; return summa / 1e6 } ?? .nan }
        }
        delar.append("<h2>Utfall och budget hittills i år</h2>")
        delar.append(Linjediagram(titel: "Totalt: utfall och budget ackumulerat t.o.m. månaden", enhet: "mnkr", ar: manader,
                                  serier: [.init(namn: "Budget ack", varden: ackumulerad(r.manader.map(\.budget))),
                                           .init(namn: "Utfall ack", varden: ackumulerad(r.manader.map(\.utfall)))],
                                  band: [], decimaler: 1, xTitel: "Månad").html)
        if !r.versioner.isEmpty {
            let t = r.totalt
            delar.append("<h2>Helårsprognoserna månad för månad</h2>")
            delar.append(Prognoskurvor.diagram(titel: "Totalt: helårsprognos efter månad", versioner: r.versioner,
                                               prognoser: t.prognoser.map { $0?.belopp }, budget: t.budgetAr, utfall: t.utfallAr).html)
        }
        // Per nämnd, or per förvaltning when the ledger has one nämnd only.
        let (niva, grupper) = r.rader(.namnd).count > 1 ? ("nämnd", r.rader(.namnd)) : ("förvaltning", r.rader(.forvaltning))
        if !grupper.isEmpty {
            delar.append("<h2>Avvikelse per \(niva)</h2>")
            delar.append(Stapeldiagram(titel: "Avvikelse per \(niva) (positiv = bättre än budget)", enhet: "mnkr", kategorier: grupper.map(\.namn),
                                       serier: [.init(namn: "Budget − utfall t.o.m. \(r.period)", varden: grupper.map { mnkr($0.avvikelseAck) })]
                                           + (r.prognos == nil ? [] : [.init(namn: "Budget − prognos helår",
                                                                             varden: grupper.map { mnkr($0.avvikelseMotBudget(r.prognos)) })]),
                                       decimaler: 1).html)
        }
        return delar
    }

    /// A table of lines with the report's columns; `lankar` gives each line's first cell a link.
    static func tabell(_ rubrik: String, _ r: Periodrapport, _ rader: [Periodrapport.Rad], lankar: [String?] = []) -> String {
        let text = { (x: Double?) in x.map { Belopp.text($0 / 1e6, decimaler: 1) } ?? "" }
        let (p, f) = (r.prognos, r.foregaende)
        func prognos(_ i: Int?, _ rad: Periodrapport.Rad) -> String { Framforingsmarke.text(i.flatMap { rad.prognoser[$0] }) { text($0) } }
        return Datatabell(rubrik: rubrik,
                          kolumner: ["Namn", "Nivå", "Utfall ack", "Budget ack", "Avv. ack", "Budget år", "Prognos", "Budget − prognos",
                                     "Föreg. prognos", "Förändring"],
                          rader: rader.map { rad in
                              [rad.namn, rad.niva.text, text(rad.utfallAck), text(rad.budgetAck), text(rad.avvikelseAck), text(rad.budgetAr),
                               prognos(p, rad), text(rad.avvikelseMotBudget(p)), prognos(f, rad), text(rad.forandring(p, mot: f))]
                          }, lankar: lankar).html
    }
}
