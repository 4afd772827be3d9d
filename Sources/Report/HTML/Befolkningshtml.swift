import Befolkning
import Vokabular

/// The population projection as one self-contained HTML page: the region and base year, fan charts of the
/// total and of 80+, the pyramid of the base year against the horizon, and the components of change, each with
/// its data; last the assumptions as they were read.
public enum Befolkningshtml {
    /// The page for the projection `r`.
    public static func sida(_ r: Befolkningsrapport) -> String {
        let p = r.prognos, i = r.intervall
        /// A group's deterministic line with its 95 % and 80 % bands.
        func solfjader(_ grupp: Aldersgrupp, _ titel: String) -> String {
            let t = p.ar.indices
            let q = t.map { i.kvantiler(grupp, $0) }
            return Linjediagram(titel: titel, enhet: "personer", ar: p.ar, serier: [.init(namn: "Prognos", varden: t.map { p.summa(grupp, $0) })],
                                band: Linjediagram.Band.intervall(q), decimaler: 0).html
        }
        var delar = ["<p>Region \(HTMLText.skyddad(r.modell.region)), basår \(p.basar), \(p.ar.count) år framåt. "
                     + "Åldersgruppernas intervall ur tidigare prognosfel, "
                     + "försörjningskvotens och komponenternas ur \(Belopp.text(Double(i.banor), decimaler: 0)) simulerade banor. "
                     + "Folkmängden avser 31 december.</p>"]
        delar.append("<h2>Folkmängd</h2>")
        delar.append(solfjader(.total, "Folkmängd"))
        delar.append(solfjader(.ar80plus, "Folkmängd 80 år och äldre"))
        if !p.ar.isEmpty {
            delar.append(Befolkningspyramid(p, ar: p.ar.count - 1).html)
        }
        delar.append("<h2>Komponenter</h2>")
        delar.append(Linjediagram(titel: "Födda, döda och flyttnetto", enhet: "personer per år", ar: p.ar,
                                  serier: [.init(namn: "Födda", varden: p.fodda), .init(namn: "Döda", varden: p.doda),
                                           .init(namn: "Flyttnetto", varden: p.migration)],
                                  band: [], decimaler: 0).html)
        return HTMLSida(titel: "Befolkningsprognos: \(r.namn)", delar: delar, antaganden: r.upplost).html
    }
}
