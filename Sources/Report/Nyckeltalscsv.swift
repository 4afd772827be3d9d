import Application

/// Key figures of one or more runs as one long table a pivot table reads, `scenario;storhet;ar;varde`:
/// `kedja.csv` of `kor` and `jamforelse.csv` of `jamfor`.
enum Nyckeltalscsv {
    static func text(_ korningar: [(namn: String, ar: [Int], nyckeltal: [Nyckeltal])]) -> String {
        CSVText.text(rubrik: ["scenario", "storhet", "ar", "varde"], rader: korningar.flatMap { k in
            k.nyckeltal.flatMap { n in
                zip(k.ar, n.varden).map { [k.namn, n.nyckel, String($0), CSVText.tal($1, decimaler: max(n.decimaler, 1))] }
            }
        })
    }
}
