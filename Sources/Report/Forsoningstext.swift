import Uppfoljning
import Vokabular

/// The reports' words on a reconciliation over the organisation (`Forsoning`).
enum Forsoningstext {
    /// One line on what a MinT reconciliation of a prognosis rested on, or why it stayed bottom-up.
    static func text(_ f: Forsoningsutfall) -> String {
        if let orsak = f.nedifranEftersom { return "MinT: prognosen lämnades nedifrån eftersom \(orsak)." }
        var text = "MinT: \(f.serier) serier avstämda mot \(f.nivaprognoser.count) nivåer ovanför dem med felen efter samma månad "
            + "\(f.ar.map(String.init).joined(separator: ", ")) (krympning mot diagonalen λ = "
            + "\(f.krympning.map { Belopp.text($0, decimaler: 2) } ?? "–"))"
        if f.utanfor > 0 {
            text += "; \(f.utanfor == 1 ? "1 serie" : "\(f.utanfor) serier") saknade prognos eller utfall ett av åren, eller "
                + "träffades exakt alla åren, och behöll sin egen"
        }
        let nivaer = Kolumntabell(
            rubrik: "Nivåernas egna prognoser och de avstämda (summan av seriernas avstämda prognoser), tkr",
            kolumner: ["Nivå", "Namn", "Egen prognos", "Avstämd"],
            rader: f.nivaprognoser.map { [$0.niva.text, Styrtecken.maskerade($0.namn), tkr($0.egen), tkr($0.avstamd)] })
        return text + ". Intervallen flyttas med punkten.\n\n" + nivaer.text
    }

    private static func tkr(_ kronor: Double) -> String { Belopp.text(kronor / 1000, decimaler: 0) }

    /// The table of bottom-up against MinT per level for each method, and the cut-offs left bottom-up.
    static func text(_ backtester: [Forsoningsbacktest]) -> String {
        backtester.map { b in
            let tabell = Kolumntabell(
                rubrik: "Nedifrån mot MinT, metod \(b.metod.namn): MAPE (%) per nivå över \(b.avstamda) avstämda "
                    + "prognostillfällen (år × månad), och för serierna andel utfall inom 80 %- / 95 %-intervallet (%)",
                kolumner: ["Nivå", "Antal", "MAPE nedifrån", "MAPE MinT", "80/95 nedifrån", "80/95 MinT"],
                rader: b.rader.map { rad in
                    [rad.niva?.text ?? "alla nivåer", String(rad.antal), procent(rad.mapeNedifran), procent(rad.mapeMint),
                     tackning(rad.inom80Nedifran, rad.inom95Nedifran), tackning(rad.inom80Mint, rad.inom95Mint)]
                })
            let nedifran = b.nedifran.map { "Lämnade nedifrån \($0.antal) gånger: \($0.orsak)." }
            return ([tabell.text] + nedifran).joined(separator: "\n")
        }.joined(separator: "\n\n")
    }

    /// `forsoning.csv`: `metod;niva;antal;mape_nedifran;mape_mint;inom80_nedifran;inom80_mint;inom95_nedifran;inom95_mint`,
    /// in per cent, `alla` for all levels together, empty cells where there is nothing.
    static func csv(_ backtester: [Forsoningsbacktest]) -> String {
        CSVText.text(rubrik: ["metod", "niva", "antal", "mape_nedifran", "mape_mint", "inom80_nedifran", "inom80_mint",
                              "inom95_nedifran", "inom95_mint"],
                     rader: backtester.flatMap { b in b.rader.map { csvrad(b.metod, $0) } })
    }

    /// One row of `forsoning.csv`.
    private static func csvrad(_ metod: Prognosmetod, _ rad: Forsoningsbacktest.Rad) -> [String] {
        let procent: [Double?] = [rad.mapeNedifran, rad.mapeMint, rad.inom80Nedifran.map { 100 * $0 }, rad.inom80Mint.map { 100 * $0 },
                                  rad.inom95Nedifran.map { 100 * $0 }, rad.inom95Mint.map { 100 * $0 }]
        let tal: [String] = procent.map { v in v.map { CSVText.tal($0, decimaler: 2) } ?? "" }
        return [metod.namn, rad.niva?.rawValue ?? "alla", String(rad.antal)] + tal
    }

    private static func procent(_ v: Double?) -> String { v.map { Belopp.text($0, decimaler: 2) } ?? "–" }

    private static func tackning(_ i80: Double?, _ i95: Double?) -> String {
        guard let i80, let i95 else { return "–" }
        return "\(Belopp.text(100 * i80, decimaler: 0))/\(Belopp.text(100 * i95, decimaler: 0))"
    }
}
