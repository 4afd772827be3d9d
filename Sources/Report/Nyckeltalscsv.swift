import Application

/// Key figures of one or more runs as one long table a pivot table reads, `scenario;storhet;ar;varde`:
/// `kedja.csv` of `kor` and `jamforelse.csv` of `jamfor`. A run with an interval has, after its key
/// figures, the bounds of each key figure's 95 % and 80 % intervals as key figures of their own, named by
/// the key figure and the quantile: `resultat_p2_5`, `resultat_p10`, `resultat_p90`, `resultat_p97_5`.
enum Nyckeltalscsv {
    static func text(_ korningar: [(namn: String, ar: [Int], nyckeltal: [Nyckeltal], intervall: Kedjeintervall?)]) -> String {
        CSVText.text(rubrik: ["scenario", "storhet", "ar", "varde"], rader: korningar.flatMap { k in
            rader(k.namn, k.ar, k.nyckeltal) + (k.intervall.map { rader(k.namn, $0) } ?? [])
        })
    }

    /// A row per key figure and year.
    private static func rader(_ namn: String, _ ar: [Int], _ nyckeltal: [Nyckeltal]) -> [[String]] {
        nyckeltal.flatMap { n in
            zip(ar, n.varden).map { [namn, n.nyckel, String($0), CSVText.tal($1, decimaler: max(n.decimaler, 1))] }
        }
    }

    /// A row per key figure of `intervall`, bound and year.
    private static func rader(_ namn: String, _ intervall: Kedjeintervall) -> [[String]] {
        intervall.serier.flatMap { s in
            Intervallgrans.allCases.flatMap { g -> [[String]] in
                zip(intervall.ar, s.kvantiler).map { year, q in
                    [namn, "\(s.nyckel)_\(g.kvantil)", String(year), CSVText.tal(g.varde(q), decimaler: max(s.decimaler, 1))]
                }
            }
        }
    }
}
