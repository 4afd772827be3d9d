/// The working time of one year, so that own and hired FTE are the same unit: worked time. A person at
/// employment rate r works r · (1 − sick leave) FTE, the region's own "faktiskt arbetande"
/// (regionstyrelsen-2019-02-13.txt lines 12086–12088: "sysselsättningsgrad minus frånvaro"); a hired FTE is
/// `timmarPerArsarbetare` hours worked. Sick leave follows the scenario's path, the rates its full-time lever.
struct Arbetstid {
    /// Sick leave, share of paid time.
    let sjukfranvaro: Double
    /// Employment rate by `[segment][band]`.
    let grad: [[Double]]

    init(_ modell: Personalmodell, _ a: Personalantaganden, _ year: Int) {
        sjukfranvaro = a.sjukfranvaro(ar: year)
        let b = modell.bestand
        grad = b.segment.indices.map { s in
            guard let heltid = a.grupper[b.segment[s].grupp]?.heltid else { return b.grad[s] }
            return b.grad[s].map { heltid.grad($0, year, basar: modell.basar) }
        }
    }

    /// A segment's mean employment rate over its base-year headcount by band (the rate a new hire gets).
    func medelgrad(_ s: Int, _ bestand: Personalbestand) -> Double {
        let personer = bestand.antal[s].reduce(0, +)
        return personer > 0 ? zip(bestand.antal[s], grad[s]).reduce(0) { $0 + $1.0 * $1.1 } / personer : 1
    }
}
