import Budget
import Uppfoljning
import Vokabular

/// What `prognos uppfoljning avvikelse` prints and writes: the deviation report as terminal tables (totals,
/// nämnder and förvaltningar; units; each unit's rows), each in mnkr or tkr by its size, and as
/// `avvikelse.csv` with every level, every version's prognosis and deviation, in kronor.
public enum Avvikelsetabell {
    /// The text and `avvikelse.csv`; `liggare` is the ledger's path as the user gave it.
    public static func rapport(_ r: Avvikelserapport, liggare: String) -> Rapport {
        Rapport(kommando: "uppfoljning avvikelse", text: text(r, liggare: liggare), filer: [("avvikelse.csv", csv(r))],
                html: Avvikelsehtml.sida(r, liggare: liggare))
    }

    /// The terminal text for the report made from the ledger `liggare`.
    public static func text(_ r: Avvikelserapport, liggare: String) -> String {
        var delar = ["Avvikelserapport \(r.ar) från liggaren \(Styrtecken.maskerade(liggare))"]
        if let oppet = r.oppetTill {
            delar.append("OBS: året är inte avslutat. Utfallet gäller t.o.m. \(oppet) men budget och prognoser hela året, "
                         + "så avvikelserna nedan är inte helårsavvikelser: ett utfall som ser bättre ut än budget är till "
                         + "stor del de månader som återstår.")
        }
        delar.append(r.versioner.isEmpty ? "Inga prognoser sparade för \(r.ar)."
                     : "Prognoser: " + r.versioner.map { v in
                        "\(v.period) \(Styrtecken.maskerade(v.upphovText))" + (v.kommentar.isEmpty ? "" : " (\(Styrtecken.maskerade(v.kommentar)))")
                     }.joined(separator: ", "))
        if r.rader.contains(where: { $0.budgetFramford.contains { $0 > 0 } }) {
            delar.append("* budget framförd: där en version saknar prognos för en serie räknas nivåns prognos med seriens budget.")
        }
        if let oplacerade = Oplaceradetext.text(r.oplacerade) { delar.append(oplacerade) }
        delar.append("Belopp som bokförda: kostnader positiva, intäkter negativa; resultatet är minus summan.\n"
                     + "Avvikelse = budget − utfall och prognos − utfall; Avv. prognos mot den senaste prognosen för varje "
                     + "serie (konto och enhet), så att nivåerna summerar: positiv avvikelse = bättre än budget/prognos.")
        delar.append(tabell("Totalt, nämnder och förvaltningar", r, r.rader(.totalt) + r.rader(.namnd) + r.rader(.forvaltning),
                            niva: true))
        delar.append(tabell("Enheter", r, r.rader(.enhet), niva: false))
        let konton = r.rader(.konto)
        let forklaringar = konton.contains { $0.kommentar != nil }
        for enhet in r.rader(.enhet) {
            let rader = konton.filter { $0.enhet == enhet.enhet }
            delar.append(tabell("\(enhet.namn) per konto", r, rader, niva: false, kommentar: forklaringar))
        }
        return delar.joined(separator: "\n\n")
    }

    /// One table, its unit chosen by its own amounts; with `kommentar`, the rows' prognosförklaring last.
    private static func tabell(_ rubrik: String, _ r: Avvikelserapport, _ rader: [Avvikelserapport.Rad],
                               niva: Bool, kommentar: Bool = false) -> String {
        let skala = Beloppsskala(rader.flatMap { [$0.budget, $0.utfall, $0.avvikelseBudget, $0.avvikelsePrognos] + $0.prognoser }
            .compactMap { $0 })
        func cell(_ x: Double?) -> String { x.map(skala.text) ?? "" }
        let kolumner = (niva ? ["Nivå"] : []) + ["Namn", "Budget"] + r.versioner.map { "Prognos \($0.period) \($0.upphovText)" }
            + ["Utfall", "Avv. budget"] + (r.versioner.isEmpty ? [] : ["Avv. prognos"]) + (kommentar ? ["Prognosförklaring"] : [])
        return Kolumntabell(rubrik: "\(rubrik) (\(skala.namn))", kolumner: kolumner, rader: rader.map { rad in
            (niva ? [rad.niva.text] : []) + [rad.namn, cell(rad.budget)]
                + zip(rad.prognoser, rad.budgetFramford).map { Framforingsmarke.text($0, framforda: $1, skala.text) }
                + [cell(rad.utfall), cell(rad.avvikelseBudget)] + (r.versioner.isEmpty ? [] : [cell(rad.avvikelsePrognos)])
                + (kommentar ? [rad.kommentar ?? ""] : [])
        }, textSist: kommentar).text
    }

    /// `avvikelse.csv`: one line per level and name, amounts in whole kronor as booked, and per version the
    /// number of series whose budget was carried forward into its prognosis.
    static func csv(_ r: Avvikelserapport) -> String {
        let etiketter = etiketter(r.versioner)
        let rubrik = ["nivå", "namn", "enhet", "konto", "budget"] + etiketter.map { "prognos_\($0)" }
            + ["utfall", "avvikelse_budget", "avvikelse_prognos"] + etiketter.map { "avvikelse_prognos_\($0)" }
            + etiketter.map { "budget_framford_\($0)" } + ["kommentar"]
        func kr(_ x: Double?) -> String { x.map { CSVText.tal($0, decimaler: 0) } ?? "" }
        return CSVText.text(rubrik: rubrik, rader: r.rader.map { rad in
            [rad.niva.text, rad.namn, rad.enhet ?? "", rad.konto ?? "", kr(rad.budget)] + rad.prognoser.map(kr)
                + [kr(rad.utfall), kr(rad.avvikelseBudget), kr(rad.avvikelsePrognos)]
                + rad.prognoser.indices.map { kr(rad.avvikelsePrognos($0)) }
                + rad.prognoser.indices.map { rad.prognoser[$0] == nil ? "" : String(rad.budgetFramford[$0]) } + [rad.kommentar ?? ""]
        })
    }

    /// Column labels for the versions, "2018-08_hand"; a label that recurs gets "_2", "_3" in order.
    static func etiketter(_ versioner: [Versionsnamn]) -> [String] {
        var antal: [String: Int] = [:]
        return versioner.map { v in
            let bas = "\(v.period)_\(v.upphovText)"
            antal[bas, default: 0] += 1
            return antal[bas]! == 1 ? bas : "\(bas)_\(antal[bas]!)"
        }
    }
}
