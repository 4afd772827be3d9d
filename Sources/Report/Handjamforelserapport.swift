import Application
import Uppfoljning
import Vokabular

/// The part of `prognos uppfoljning backtest` that sets each förvaltning's own prognosis (a version by hand)
/// against the methods: per version a table of the levels with each prognosis' error, and who came closest;
/// `handprognoser.csv` has one row per version, line and prognosis.
enum Handjamforelserapport {
    /// The terminal section: a table per compared version, or one line when there is none.
    static func text(_ b: Uppfoljningsbacktest) -> String {
        var delar = b.handprognoser.map(tabell)
        if delar.isEmpty {
            delar.append("Förvaltningens prognos mot metoderna: liggaren har ingen prognos för hand för ett avslutat år; läs in "
                         + "en förvaltnings prognos med prognos uppfoljning import --prognos FIL --period ÅÅÅÅ-MM.")
        }
        if !b.ejJamforda.isEmpty {
            let versioner = b.ejJamforda.map { v in "\(v.id) (\(Period(ar: v.ar, manad: v.gjordEfter).map(String.init(describing:)) ?? "\(v.ar)"))" }
            delar.append("Prognoser för hand som gäller ett år utan utfall för alla tolv månader jämförs inte: "
                         + versioner.joined(separator: ", ") + ".")
        }
        return delar.joined(separator: "\n\n")
    }

    /// One version's table, its unit chosen by its own amounts.
    private static func tabell(_ j: Handjamforelse) -> String {
        let skala = Beloppsskala(j.rader.flatMap { rad in [rad.utfall] + rad.prognoser.compactMap(\.prognos).map(rad.fel) })
        let id = j.version.id.map { ", version \($0)" } ?? ""
        let kommentar = j.version.kommentar.isEmpty ? "" : " (\(Styrtecken.maskerade(j.version.kommentar)))"
        let rubrik = "Förvaltningens prognos mot metoderna efter \(Manad.namn(j.version.gjordEfter)) \(j.version.ar)\(id)\(kommentar)"
        let forklaring = "\(Belopp.text(Double(j.antalSerier), decimaler: 0)) serier (enhet och konto) som prognosen omfattar; "
            + "nämnd, förvaltning och enhet är deras del av den. Fel = prognos − utfall i \(skala.namn), och (prognos − utfall) / |utfall| i %."
        let tabell = Kolumntabell(
            rubrik: "Fel, \(skala.namn) (%)",
            kolumner: ["Nivå", "Namn", "Utfall"] + (j.rader.first?.prognoser ?? []).map { namn($0.upphov) } + ["Närmast"],
            rader: j.rader.map { rad in
                [rad.niva.text, rad.namn, skala.text(rad.utfall)]
                    + rad.prognoser.map { p in
                        p.prognos.map { "\(skala.text(rad.fel($0))) (\(rad.felProcent($0).map { Belopp.text($0, decimaler: 1) } ?? "–") %)" } ?? "–"
                    }
                    + [rad.narmast.map(namn).joined(separator: ", ")]
            })
        return [rubrik, forklaring, "Närmast utfallet: " + narmast(j) + ".", "", tabell.text].joined(separator: "\n")
    }

    /// "förvaltningen på 1 av 4 rader, budget-framford på 3": how often each came closest.
    private static func narmast(_ j: Handjamforelse) -> String {
        let upphov = j.rader.first?.prognoser.map(\.upphov) ?? []
        let antal = upphov.map { u in (u, j.rader.filter { $0.narmast.contains(u) }.count) }.filter { $0.1 > 0 }
        return antal.map { "\(namn($0.0)) på \($0.1) av \(j.rader.count) rader" }.joined(separator: ", ")
    }

    /// "förvaltningen" for a prognosis by hand, the method's name otherwise.
    private static func namn(_ upphov: Prognosversion.Upphov) -> String {
        switch upphov {
        case .hand: "förvaltningen"
        case .metod(let namn): namn
        }
    }

    /// `handprognoser.csv`: `version;period;nivå;namn;upphov;prognos;utfall;fel;fel_procent;narmast`, amounts in
    /// whole kronor as booked, the error in per cent with two decimals; empty cells where a method has no
    /// prognosis for the line or the outcome is 0; `narmast` is "ja" for the prognoses closest to the outcome.
    static func csv(_ b: Uppfoljningsbacktest) -> String {
        CSVText.text(rubrik: ["version", "period", "nivå", "namn", "upphov", "prognos", "utfall", "fel", "fel_procent", "narmast"],
                     rader: b.handprognoser.flatMap { j in
                         j.rader.flatMap { rad in
                             rad.prognoser.map { p in
                                 [j.version.id.map(String.init) ?? "", j.version.period, rad.niva.text, rad.namn, p.upphov.namn,
                                  p.prognos.map { CSVText.tal($0, decimaler: 0) } ?? "", CSVText.tal(rad.utfall, decimaler: 0),
                                  p.prognos.map { CSVText.tal(rad.fel($0), decimaler: 0) } ?? "",
                                  p.prognos.flatMap(rad.felProcent).map { CSVText.tal($0, decimaler: 2) } ?? "",
                                  rad.narmast.contains(p.upphov) ? "ja" : "nej"]
                             }
                         }
                     })
    }
}
