import Application
import Budget
import Uppfoljning
import Vokabular

/// What `prognos uppfoljning backtest` prints and writes: per method and cut-off month the MAPE, the bias
/// and the coverage of the intervals, the month from which a method stays within the tolerance, and the
/// best method per row; `backtest.csv` has one row per method and month. The förvaltningar's own prognoses
/// against the methods follow (`Handjamforelserapport`, `handprognoser.csv`).
public enum Metodbacktestrapport {
    /// The text, `backtest.csv`, `handprognoser.csv` and, with MinT, `forsoning.csv`.
    public static func rapport(_ b: Uppfoljningsbacktest) -> Rapport {
        let forsoning = b.forsoning.isEmpty ? "" : "\n\n" + Forsoningstext.text(b.forsoning)
        return Rapport(kommando: "uppfoljning backtest", text: text(b.metoder) + forsoning + "\n\n" + Handjamforelserapport.text(b),
                       filer: [("backtest.csv", csv(b.metoder)), ("handprognoser.csv", Handjamforelserapport.csv(b))]
                           + (b.forsoning.isEmpty ? [] : [("forsoning.csv", Forsoningstext.csv(b.forsoning))]))
    }

    /// The terminal tables.
    public static func text(_ b: Metodbacktest) -> String {
        let manader = (1...11).map(String.init)
        func varde(_ metod: Prognosmetod, _ manad: Int, _ falt: (Metodbacktest.Rad) -> Double?) -> String {
            b.rader.first { $0.metod == metod && $0.manad == manad }.flatMap(falt).map { Belopp.text($0, decimaler: 1) } ?? "–"
        }
        let tol = Belopp.text(b.tolerans, decimaler: 1)
        let mape = Kolumntabell(
            rubrik: "Medelabsolutfel (MAPE, %) per månad då prognosen görs",
            kolumner: ["Metod"] + manader + ["Inom ±\(tol) % från"],
            rader: b.metoder.map { m in [m.namn] + (1...11).map { varde(m, $0, \.mape) } + [b.stabilFran(m).map(Manad.namn) ?? "–"] })
        let bias = Kolumntabell(
            rubrik: "Medelfel (bias, %): positivt när prognosen ligger över utfallet",
            kolumner: ["Metod"] + manader, rader: b.metoder.map { m in [m.namn] + (1...11).map { varde(m, $0, \.bias) } })
        let tackning = Kolumntabell(
            rubrik: "Andel utfall inom 80 %- / 95 %-intervallet (%), bland prognoser med intervall",
            kolumner: ["Metod"] + manader,
            rader: b.metoder.map { m in
                [m.namn] + (1...11).map { manad in
                    guard let rad = b.rader.first(where: { $0.metod == m && $0.manad == manad }), let i80 = rad.inom80,
                          let i95 = rad.inom95 else { return "–" }
                    return "\(Belopp.text(100 * i80, decimaler: 0))/\(Belopp.text(100 * i95, decimaler: 0))"
                }
            })
        let minst = Uppfoljningsmodellval.bastMinstaAr
        let bast = Kolumntabell(
            rubrik: "Bästa metod per konto (lägst MAPE där de jämförda metoderna alla har en prognos, ur minst \(minst) år; "
                + "senare år vägda tyngre: halva vikten två år tidigare; en metod med prognoser ur färre än \(minst) år på kontot "
                + "jämförs inte där)",
            kolumner: ["Konto", "Metod", "MAPE, %", "Antal prognoser", "Ej jämförda, för kort historik"],
            rader: b.bastPerKonto.map {
                [Styrtecken.maskerade($0.konto), $0.metod.namn, Belopp.text($0.mape, decimaler: 2), Belopp.text(Double($0.antal), decimaler: 0),
                 $0.utanHistorik.isEmpty ? "–" : $0.utanHistorik.map(\.namn).joined(separator: ", ")]
            })
        let forKort = b.forKortHistorik.isEmpty ? [] : [
            "Ingen bästa metod för \(b.forKortHistorik.count) \(b.forKortHistorik.count == 1 ? "konto" : "konton") (\(b.forKortHistorik.map(Styrtecken.maskerade).joined(separator: ", "))): "
                + "där har inga metoder gemensamma prognoser för minst \(minst) år, och ett års elva prognoser delar samma års avvikelser och "
                + "säger för lite om vilken metod som är bäst."]
        let ar = b.ar.count == 1 ? "året \(b.ar[0])" : "åren \(b.ar.first!)–\(b.ar.last!)"
        let antal = b.rader.filter { $0.manad == 1 }.map { "\($0.metod.namn) \($0.antal)" }.joined(separator: ", ")
        let urval = b.etsUrval.map { u in
            ["ets prövad på ett fast urval av \(Belopp.text(Double(u.provade), decimaler: 0)) av liggarens "
             + "\(Belopp.text(Double(u.serier), decimaler: 0)) serier (högst \(u.perKonto) per konto): ets rader och bästa metod per "
             + "konto vilar på dem. --hela-liggaren prövar alla (tar timmar på en regions liggare)."]
        } ?? []
        return (["Backtest av helårsprognoserna över \(ar): varje metods prognos efter månad 1–11 med data t.o.m. den "
                 + "månaden, mot årets utfall. Fel = (prognos − utfall) / |utfall|.",
                 "Prognoser per månad (serier × år): \(antal)."] + urval + ["", mape.text, "", bias.text, "", tackning.text, "", bast.text] + forKort)
            .joined(separator: "\n")
    }

    /// `backtest.csv`: `metod;manad;mape;bias;inom80;inom95;antal;antal_intervall`, errors and coverage in per
    /// cent, empty cells where a method has no prognosis or no interval; the last two columns are how many
    /// prognoses the row's errors and how many intervals its coverage rest on (ETS's rows count its sample).
    public static func csv(_ b: Metodbacktest) -> String {
        CSVText.text(rubrik: ["metod", "manad", "mape", "bias", "inom80", "inom95", "antal", "antal_intervall"], rader: b.rader.map { rad in
            [rad.metod.namn, String(rad.manad)]
                + [rad.mape, rad.bias, rad.inom80.map { 100 * $0 }, rad.inom95.map { 100 * $0 }].map { $0.map { CSVText.tal($0, decimaler: 2) } ?? "" }
                + [String(rad.antal), String(rad.antalIntervall)]
        })
    }
}
