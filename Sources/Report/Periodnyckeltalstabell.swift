import Budget
import Uppfoljning
import Vokabular

/// The region's key figures of a period report as rows of a table, shared by the terminal, `nyckeltal.csv`
/// and the HTML page: each figure with its value to date, budgeted to date, budgeted for the year and in
/// the prognosis, and the notes on what the kontoplan lacks.
enum Periodnyckeltalstabell {
    /// One figure: its name, how to read it from `Regionnyckeltal`, and whether it is a share.
    struct Storhet: Sendable {
        let namn: String
        let csvNamn: String
        let varde: @Sendable (Regionnyckeltal) -> Double?
        let andel: Bool
        /// Why the figure is missing when the kontoplan cannot give it.
        let saknas: String
    }

    static let storheter = [
        Storhet(namn: "Verksamhetens nettokostnad", csvNamn: "verksamhetens_nettokostnad", varde: \.verksamhetensNettokostnad, andel: false,
                saknas: "inget konto har raden verksamhetens_intakter, verksamhetens_kostnader, avskrivningar eller verksamhetens_nettokostnad"),
        Storhet(namn: "Skatteintäkter och generella statsbidrag", csvNamn: "skatter_och_bidrag", varde: \.skatterOchBidrag, andel: false,
                saknas: "inget konto har raden skatteintakter eller generella_statsbidrag"),
        Storhet(namn: "Finansnetto", csvNamn: "finansnetto", varde: \.finansnetto, andel: false,
                saknas: "inget konto har raden finansiella_intakter eller finansiella_kostnader"),
        Storhet(namn: "Resultat", csvNamn: "resultat", varde: \.resultat, andel: false, saknas: "den kräver verksamhetens nettokostnad"),
        Storhet(namn: "Resultat i % av skatter och bidrag", csvNamn: "resultat_andel_procent", varde: \.resultatandel, andel: true,
                saknas: "den kräver resultatet och skatter och bidrag"),
        Storhet(namn: "Balanskravsresultat", csvNamn: "balanskravsresultat", varde: \.balanskravsresultat, andel: false,
                saknas: "inget konto har raden balanskravsjustering (realisationsvinster och -förluster, orealiserade värdeförändringar)"),
    ]

    /// The four columns' figures, in order.
    static func kolumner(_ n: Periodnyckeltal) -> [Regionnyckeltal?] { [n.utfallAck, n.budgetAck, n.budgetAr, n.prognos] }

    /// The notes: figures the kontoplan cannot give, and rows it leaves out.
    static func anmarkningar(_ n: Periodnyckeltal) -> [String] {
        var rader = storheter.filter { $0.varde(n.utfallAck) == nil }.map { "\($0.namn) saknas: \($0.saknas)." }
        if !n.utanRad.isEmpty {
            rader.append("Konton utan rad i resultaträkningen räknas inte: " + n.utanRad.joined(separator: ", ") + ".")
        }
        return rader
    }

    /// The figure `s` of `r` as the tables print it: mnkr with one decimal, a share in per cent.
    static func text(_ s: Storhet, _ r: Regionnyckeltal?) -> String {
        guard let v = r.flatMap(s.varde) else { return "" }
        return s.andel ? Belopp.text(100 * v, decimaler: 1) + " %" : Belopp.text(v / 1e6, decimaler: 1)
    }

    /// `nyckeltal.csv`: whole kronor, the share in per cent with one decimal.
    static func csv(_ n: Periodnyckeltal) -> String {
        CSVText.text(rubrik: ["nyckeltal", "utfall_ack", "budget_ack", "budget_ar", "prognos"], rader: storheter.map { s in
            [s.csvNamn] + kolumner(n).map { r in
                r.flatMap(s.varde).map { CSVText.tal(s.andel ? 100 * $0 : $0, decimaler: s.andel ? 1 : 0) } ?? ""
            }
        })
    }
}
