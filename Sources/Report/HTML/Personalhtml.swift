import Personal
import Vokabular

/// The workforce projection as one self-contained HTML page: staffing need against own staff per group,
/// hired personnel and its cost per year, and, when linked, the effect on the budget's result; last the
/// assumptions as they were read.
public enum Personalhtml {
    /// The page for the projection in `r`.
    public static func sida(_ r: Personalrapport) -> String {
        let p = r.prognos
        let t = p.ar.indices
        var delar = ["<p>Basår \(p.ar.first ?? 0) (utfall ur data), prognos till \(p.ar.last ?? 0). Årsarbetare (åa) är utförd tid "
                     + "efter sjukfrånvaro, kostnader i mnkr i löpande priser.</p>"]
        delar.append("<h2>Behov och egen personal</h2>")
        if let s = t.last {
            delar.append(Stapeldiagram.perYrkesgrupp(p, ar: s).html)
        }
        for grupp in p.grupper {
            delar.append(Linjediagram(titel: "Behov och egen personal: \(grupp)", enhet: "åa", ar: p.ar,
                                      serier: [.init(namn: "Behov", varden: t.map { p.grupp(grupp, $0).behov }),
                                               .init(namn: "Egen personal", varden: t.map { p.grupp(grupp, $0).egna }),
                                               .init(namn: "Inhyrda", varden: t.map { p.grupp(grupp, $0).inhyrda })],
                                      band: [], decimaler: 0).html)
        }
        delar.append("<h2>Inhyrd personal</h2>")
        delar.append(Linjediagram(titel: "Kostnad för inhyrd personal", enhet: "mnkr", ar: p.ar,
                                  serier: p.grupper.map { g in .init(namn: g, varden: t.map { p.grupp(g, $0).inhyrdKostnad / 1e6 }) },
                                  band: [], decimaler: 1).html)
        delar.append("<h2>Ej täckt behov</h2>")
        delar.append("<p>Ej täckt behov är prissatt \(Personalrapport.ejTacktPris(p)) och visas bredvid den bokförda "
                     + "personalkostnaden, inte i den: en lägre rekrytering flyttar kostnaden hit i stället för att spara den.</p>")
        delar.append(Linjediagram(titel: "Personalkostnad, bokförd och med ej täckt behov", enhet: "mnkr", ar: p.ar,
                                  serier: [.init(namn: "Bokförd", varden: t.map { p.personalkostnad($0) / 1e6 }),
                                           .init(namn: "Med ej täckt behov", varden: t.map { p.kostnadMedEjTackt($0) / 1e6 })],
                                  band: [], decimaler: 1).html)
        if let b = r.budget {
            delar.append("<h2>Effekt på budgeten</h2>")
            delar.append(Linjediagram(titel: "Resultat, beslutad budget och med personalscenariot", enhet: "mnkr", ar: b.ar,
                                      serier: [.init(namn: "Beslutad budget", varden: b.beslutad), .init(namn: "Med personalscenariot", varden: b.medPersonal),
                                               .init(namn: "Om ej täckt behov hyrs in", varden: zip(b.medPersonal, b.ejTackt).map { $0 - $1 })],
                                      band: [], decimaler: 1).html)
        }
        return HTMLSida(titel: "Personalförsörjning: \(r.namn)", delar: delar, antaganden: r.upplost).html
    }
}
