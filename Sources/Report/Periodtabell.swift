import Budget
import Uppfoljning
import Vokabular

/// What `prognos uppfoljning rapport` prints and writes: the period report as terminal tables (totals,
/// nämnder and förvaltningar; units; each unit's rows), each in mnkr or tkr by its size, and with `--out`
/// `rapport.csv` (one line per level and series, whole kronor), `versioner.csv` (every version's
/// amounts in long form) and, with a kontoplan, `nyckeltal.csv` (the region's key figures).
public enum Periodtabell {
    /// The text, the two files and the HTML page; `liggare` is the ledger's path as the user gave it.
    public static func rapport(_ r: Periodrapport, liggare: String) -> Rapport {
        Rapport(kommando: "uppfoljning rapport", text: text(r, liggare: liggare),
                filer: [("rapport.csv", csv(r)), ("versioner.csv", Versionscsv.text(r))]
                    + (r.nyckeltal.map { [("nyckeltal.csv", Periodnyckeltalstabell.csv($0))] } ?? []),
                html: Periodhtml.sida(r, liggare: liggare))
    }

    /// "månadsrapport", "tertial 1", "tertial 2 och delårsrapport" or "bokslut", by the month.
    public static func slag(_ period: Period) -> String {
        switch period.manad {
        case 4: "tertial 1"
        case 8: "tertial 2 och delårsrapport"
        case 12: "bokslut"
        default: "månadsrapport"
        }
    }

    /// The lines that say what is compared with what, shared by the text and the page.
    public static func forklaring(_ r: Periodrapport) -> [String] {
        var rader: [String] = []
        if !r.bokslut {
            rader.append("Året är inte avslutat: utfallet t.o.m. \(r.period) jämförs med budgeten t.o.m. \(r.period), "
                         + "helårsprognosen med helårsbudgeten. Inget utfall för en del av året jämförs med ett helårsbelopp.")
        }
        if !r.harBudget {
            rader.append("Liggaren har ingen budget för \(r.period.ar).")
        } else if let periodisering = Periodiseringstext.text(r.periodisering) {
            rader.append("Budget hittills i år: liggarens månadsbudget; \(periodisering).")
        } else {
            rader.append("Budget hittills i år: liggarens månadsbudget, som den lästes in.")
        }
        if let p = r.prognos {
            rader.append("Prognos: \(namn(r.versioner[p]))."
                         + (r.foregaende.map { " Föregående: \(namn(r.versioner[$0]))." } ?? " Ingen tidigare prognos att jämföra med."))
            // A version that covers a few series, e.g. one förvaltning's by hand, makes a total that is mostly budget.
            let serier = Set(r.poster.flatMap { $0.map(\.nyckel) }).count, egna = Set(r.poster[p].map(\.nyckel)).count
            if egna < serier {
                rader.append("Versionen har prognos för \(egna) av de \(serier) serier årets versioner har; för de andra står "
                             + "helårsbudgeten (markerat *). --version väljer en annan version, och avvikelserapporten (prognos "
                             + "uppfoljning avvikelse) tar varje series senaste prognos.")
            }
        } else {
            rader.append("Inga prognoser sparade för \(r.period.ar) t.o.m. \(r.period).")
        }
        if r.rader.contains(where: { rad in rad.prognoser.contains { ($0?.budgetFramford ?? 0) > 0 } }) {
            rader.append("* budget framförd: där versionen saknar prognos för en serie räknas nivåns prognos med seriens helårsbudget.")
        }
        if let oplacerade = Oplaceradetext.text(r.oplacerade) { rader.append(oplacerade) }
        rader.append("Belopp som bokförda: kostnader positiva, intäkter negativa. Positiv avvikelse = bättre: budget − utfall, "
                     + "budget − prognos och föregående prognos − prognos.")
        return rader
    }

    /// "version 12, 2018-08 ets (kommentar)".
    static func namn(_ v: Versionsnamn) -> String {
        "version \(v.id.map(String.init) ?? "?"), \(v.period) \(v.upphovText)" + (v.kommentar.isEmpty ? "" : " (\(v.kommentar))")
    }

    /// The terminal text for the report made from the ledger `liggare`.
    public static func text(_ r: Periodrapport, liggare: String) -> String {
        var delar = ["Periodrapport \(r.period) (\(slag(r.period))) från liggaren \(Styrtecken.maskerade(liggare))",
                     forklaring(r).map(Styrtecken.maskerade).joined(separator: "\n")]
        if let n = r.nyckeltal { delar.append(nyckeltal(n)) }
        delar.append(tabell("Totalt, nämnder och förvaltningar", r, r.rader(.totalt) + r.rader(.namnd) + r.rader(.forvaltning), niva: true))
        delar.append(tabell("Enheter", r, r.rader(.enhet), niva: false))
        for enhet in r.rader(.enhet) {
            delar.append(tabell("\(enhet.namn) per konto", r, r.rader(.konto).filter { $0.enhet == enhet.enhet }, niva: false))
        }
        if r.bokslut, !r.versioner.isEmpty { delar.append(traffsakerhet(r)) }
        return delar.joined(separator: "\n\n")
    }

    /// The region's key figures in mnkr, with the notes on what the kontoplan lacks.
    private static func nyckeltal(_ n: Periodnyckeltal) -> String {
        let tabell = Kolumntabell(rubrik: "Regionens nyckeltal ur liggaren (mnkr)", kolumner: ["Nyckeltal", "Utfall ack", "Budget ack", "Budget år", "Prognos"],
                                  rader: Periodnyckeltalstabell.storheter.map { s in
                                      [s.namn] + Periodnyckeltalstabell.kolumner(n).map { Periodnyckeltalstabell.text(s, $0) }
                                  }).text
        return ([tabell] + Periodnyckeltalstabell.anmarkningar(n)).joined(separator: "\n")
    }

    /// One table, its unit chosen by its own amounts.
    private static func tabell(_ rubrik: String, _ r: Periodrapport, _ rader: [Periodrapport.Rad], niva: Bool) -> String {
        let (p, f) = (r.prognos, r.foregaende)
        let skala = Beloppsskala(rader.flatMap { rad in
            [rad.utfallAck, rad.budgetAck, rad.budgetAr, p.flatMap { rad.prognoser[$0]?.belopp }, f.flatMap { rad.prognoser[$0]?.belopp }]
                .compactMap { $0 }
        })
        func cell(_ x: Double?) -> String { x.map(skala.text) ?? "" }
        func prognos(_ i: Int?, _ rad: Periodrapport.Rad) -> String { Framforingsmarke.text(i.flatMap { rad.prognoser[$0] }, skala.text) }
        let kolumner = (niva ? ["Nivå"] : []) + ["Namn", "Utfall ack", "Budget ack", "Avv. ack", "Budget år"]
            + (p == nil ? [] : ["Prognos", "Budget − prognos"]) + (f == nil ? [] : ["Föreg. prognos", "Förändring"])
        return Kolumntabell(rubrik: "\(rubrik) (\(skala.namn))", kolumner: kolumner, rader: rader.map { rad in
            (niva ? [rad.niva.text] : []) + [rad.namn, cell(rad.utfallAck), cell(rad.budgetAck), cell(rad.avvikelseAck), cell(rad.budgetAr)]
                + (p == nil ? [] : [prognos(p, rad), cell(rad.avvikelseMotBudget(p))])
                + (f == nil ? [] : [prognos(f, rad), cell(rad.forandring(p, mot: f))])
        }).text
    }

    /// December's table: every version of the year against the year's outcome, for the whole ledger.
    private static func traffsakerhet(_ r: Periodrapport) -> String {
        let t = r.totalt
        let skala = Beloppsskala(t.prognoser.compactMap { $0?.belopp } + [t.utfallAr ?? 0])
        return Kolumntabell(
            rubrik: "Utfallet \(r.period.ar) mot årets prognoser, totalt (\(skala.namn); prognos − utfall, positiv = utfallet bättre)",
            kolumner: ["Version", "Gjord efter", "Upphov", "Prognos", "Utfall", "Prognos − utfall", "Procent"],
            rader: r.versioner.indices.map { i in
                let v = r.versioner[i], fel = t.avvikelseMotUtfall(i)
                let procent = fel.flatMap { f in t.utfallAr.flatMap { $0 == 0 ? nil : Belopp.text(100 * f / abs($0), decimaler: 1) } }
                return [v.id.map(String.init) ?? "", v.period, v.upphovText,
                        Framforingsmarke.text(t.prognoser[i], skala.text),
                        t.utfallAr.map(skala.text) ?? "", fel.map(skala.text) ?? "", procent ?? ""]
            }).text
    }

    /// `rapport.csv`: one line per level and series in the report's order, whole kronor as booked.
    static func csv(_ r: Periodrapport) -> String {
        let (p, f) = (r.prognos, r.foregaende)
        func kr(_ x: Double?) -> String { x.map { CSVText.tal($0, decimaler: 0) } ?? "" }
        func version(_ i: Int?, _ rad: Periodrapport.Rad) -> [String] {
            guard let i, let q = rad.prognoser[i] else { return ["", ""] }
            let id = r.versioner[i].id.map(String.init) ?? ""
            return [kr(q.belopp), q.budgetFramford > 0 ? "\(id) budget-framford" : id]
        }
        return CSVText.text(
            rubrik: ["niva", "namn", "enhet", "konto", "utfall_ack", "budget_ack", "avvikelse_ack", "budget_ar", "prognos",
                     "prognos_version", "avvikelse_prognos_budget", "foregaende_prognos", "foregaende_version", "forandring_mot_foregaende"],
            rader: r.rader.map { rad in
                [rad.niva.rawValue, rad.namn, rad.enhet ?? "", rad.konto ?? "", kr(rad.utfallAck), kr(rad.budgetAck), kr(rad.avvikelseAck),
                 kr(rad.budgetAr)] + version(p, rad) + [kr(rad.avvikelseMotBudget(p))] + version(f, rad) + [kr(rad.forandring(p, mot: f))]
            })
    }
}
