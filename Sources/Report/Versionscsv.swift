import Uppfoljning

/// `versioner.csv`: the amounts of every prognosis version in a period report in long form, one line per
/// version, unit and row: the version's id, the month it was made after, its origin, the line's
/// prognosförklaring (or, without one, the version's comment), and the prognosis in whole kronor as booked.
enum Versionscsv {
    static func text(_ r: Periodrapport) -> String {
        CSVText.text(rubrik: ["version", "period", "upphov", "kommentar", "enhet", "konto", "prognos"],
                     rader: zip(r.versioner, r.poster).flatMap { v, poster in
                         poster.map { p in
                             [v.id.map(String.init) ?? "", v.period, v.upphovText, p.kommentar ?? v.kommentar, p.nyckel.enhet,
                              p.nyckel.konto, CSVText.tal(p.prognos, decimaler: 0)]
                         }
                     })
    }
}
