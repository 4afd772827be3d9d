import LinearAlgebra

/// Intervals for the methods without a model, from the ledger's own past errors: the relative errors
/// (outcome − prognosis) / |prognosis| the same method made after the same month for the same series in the
/// complete years before, their empirical 2,5/10/90/97,5 % quantiles (R's type 7) applied to the point,
/// `prognos + |prognos| · q`. With fewer than two earlier years there is no interval.
enum Felintervall {
    /// The relative errors of `p` after month `manad` for series `s` in the complete years before year index `y`.
    static func fel(_ p: Punktprognoser, _ u: Manadsunderlag, ackumulerat: Matrix, manad: Int, y: Int, serie s: Int) -> [Double] {
        let antal = u.nycklar.count
        return (0..<y).compactMap { tidigare -> Double? in
            guard u.heltAr(tidigare), let prognos = p.varde(manad: manad, y: tidigare, serie: s, serier: antal),
                  prognos != 0 else { return nil }
            return (ackumulerat[11, tidigare * antal + s] - prognos) / abs(prognos)
        }
    }

    /// The interval around `prognos` from the errors `fel`, nil with fewer than two.
    static func intervall(_ prognos: Double, fel: [Double]) -> Prognospost.Intervall? {
        guard fel.count >= 2 else { return nil }
        let sorterat = fel.sorted()
        let q = Kvantil.granser.map { prognos + abs(prognos) * Kvantil.typ7(sorterat: sorterat, $0) }
        return Prognospost.Intervall(p2_5: q[0], p10: q[1], p90: q[2], p97_5: q[3])
    }
}
