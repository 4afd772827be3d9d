import Budget
import Uppfoljning
import Vokabular

/// What `prognos uppfoljning prognos` prints and writes: per unit and row the year-to-date outcome, the
/// full-year prognosis and its 80 % and 95 % intervals, in tkr on screen and in kronor in `prognos.csv`.
public enum Prognosrapport {
    /// The text and `prognos.csv`.
    public static func rapport(_ p: Helarsprognos) -> Rapport {
        Rapport(kommando: "uppfoljning prognos", text: text(p), filer: [("prognos.csv", csv(p))])
    }

    /// The terminal table.
    public static func text(_ p: Helarsprognos) -> String {
        let rader = p.rader.map { rad -> [String] in
            let i = rad.intervall
            return [Styrtecken.maskerade(rad.nyckel.enhet), Styrtecken.maskerade(rad.nyckel.konto), tkr(rad.ackumulerat), rad.prognos.map(tkr) ?? "–",
                    i.map { "\(tkr($0.p10)) – \(tkr($0.p90))" } ?? "–", i.map { "\(tkr($0.p2_5)) – \(tkr($0.p97_5))" } ?? "–",
                    rad.prognos == nil ? "–" : rad.arMedFel.map(String.init) ?? "modell"]
        }
        let tabell = Kolumntabell(
            rubrik: "Helårsprognos \(p.ar) efter \(Manad.namn(p.manad)), metod \(p.metod.namn): \(p.metod.beskrivning) (tkr)",
            kolumner: ["Enhet", "Konto", "Ack. utfall", "Prognos", "80 %-intervall", "95 %-intervall", "Intervall ur"],
            rader: rader)
        let utan = p.rader.filter { $0.prognos == nil }.count
        var fot = ["Belopp som bokförda: kostnader positiva, intäkter negativa. \"Intervall ur\": antal tidigare år vars "
                   + "prognosfel för samma metod och månad intervallet bygger på (inget intervall med färre än 2), "
                   + "eller modellens eget intervall (för ets vidgat efter hur ets missade efter samma månad året före)."]
        if let f = p.forsoning { fot.append(Forsoningstext.text(f)) }
        if !p.luckor.isEmpty {
            let enheter = p.luckor.map { "\(Styrtecken.maskerade($0.enhet)) \($0.manader.map(\.description).joined(separator: ", "))" }
            let antal = p.luckor.count == 1 ? "1 enhet har" : "\(p.luckor.count) enheter har"
            fot.append("\(antal) inga belopp på något konto vissa månader t.o.m. \(Manad.namn(p.manad)) fast de bokfört under "
                       + "de tolv månaderna före, och metoderna räknar de månaderna som 0 kr (en enhet som slutat, eller ett utfall "
                       + "som inte är inläst): " + enheter.joined(separator: "; ") + ".")
        }
        let utanfor = p.rader.filter { rad in
            guard let prognos = rad.prognos, let i = rad.intervall, rad.arMedFel != nil else { return false }
            return prognos < i.p10 || prognos > i.p90
        }.count
        if utanfor > 0 {
            fot.append("\(utanfor) av \(p.rader.count) serier har prognosen utanför sitt eget 80 %-intervall: metoden har "
                       + "tidigare år felat åt samma håll efter samma månad, och intervallet, som gäller utfallet, är flyttat med det "
                       + "medelfelet men prognosen inte. En metod som inte felar så (se prognos uppfoljning backtest, bästa metod "
                       + "per konto) ger en prognos nära intervallets mitt.")
        }
        if utan > 0 { fot.append("\(utan) av \(p.rader.count) serier fick ingen prognos med metoden (för kort historik eller ingen budget).") }
        return ([tabell.text, ""] + fot).joined(separator: "\n")
    }

    /// `prognos.csv`: `enhet;konto;ack_utfall;prognos;p2_5;p10;p90;p97_5` in kronor, empty cells where
    /// there is no prognosis or interval.
    public static func csv(_ p: Helarsprognos) -> String {
        CSVText.text(rubrik: ["enhet", "konto", "ack_utfall", "prognos", "p2_5", "p10", "p90", "p97_5"], rader: p.rader.map { rad in
            let i = rad.intervall
            return [rad.nyckel.enhet, rad.nyckel.konto, kr(rad.ackumulerat), rad.prognos.map(kr) ?? ""]
                + [i?.p2_5, i?.p10, i?.p90, i?.p97_5].map { $0.map(kr) ?? "" }
        })
    }

    private static func tkr(_ kronor: Double) -> String { Belopp.text(kronor / 1000, decimaler: 0) }
    private static func kr(_ kronor: Double) -> String { CSVText.tal(kronor, decimaler: 2) }
}

/// Month names in Swedish text.
enum Manad {
    static let namn = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
                       "november", "december"]

    /// "augusti" for 8.
    static func namn(_ manad: Int) -> String { (1...12).contains(manad) ? namn[manad - 1] : String(manad) }
}
