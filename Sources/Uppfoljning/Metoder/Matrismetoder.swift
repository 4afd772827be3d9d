import LinearAlgebra

/// Run-rate, profile and budget-based prognoses for every month, year and series at once, as products of
/// fixed 12 × 12 matrices with the 12 × (år · serier) outcome and budget (`Manadsunderlag`).
///
/// With X the outcome, B the budget, L the lower triangle of ones and U the ones strictly above the
/// diagonal, row m−1 of each result is the prognosis after month m:
/// - run-rate: diag(12/m) · L · X;
/// - profile: (L · X) ⊘ S̄, where the share of the year booked by month m, `(L·X)[m−1] / (L·X)[11]`, is
///   averaged over the complete years before each year by one product: the shares read as (12·S) × år
///   times the år × år matrix with ones where the earlier year is complete (and a second product counting
///   them);
/// - budget: L · X + U · B; carried forward: L · X + (U · B) ⊙ (L · X) ⊘ (L · B).
/// A prognosis after month m of year y uses the outcome of January–m of y and, for the profile, complete
/// earlier years only; budget is the year's own, known before the year starts.
enum Matrismetoder {
    /// Run-rate: diag(12/m) · L · X.
    static func runrate(_ u: Manadsunderlag) throws(PrognosFel) -> Punktprognoser {
        dold(.runrate, try Matriser.produkt(Matriser.runrate, u.utfall), u)
    }

    /// Year-to-date plus the remaining budget, the deviation carried forward when `framford`.
    static func budget(_ u: Manadsunderlag, framford: Bool) throws(PrognosFel) -> Punktprognoser {
        let ack = try Matriser.produkt(Matriser.ackumulering, u.utfall)
        let kvar = try Matriser.produkt(Matriser.aterstaende, u.budget)
        let ackBudget = framford ? try Matriser.produkt(Matriser.ackumulering, u.budget) : ack
        var p = ack
        for kolumn in 0..<p.columns {
            for i in 0..<12 {
                guard u.harBudget[kolumn] else { p[i, kolumn] = .nan; continue }
                let faktor = framford && ackBudget[i, kolumn] != 0 ? ack[i, kolumn] / ackBudget[i, kolumn] : 1
                p[i, kolumn] = ack[i, kolumn] + kvar[i, kolumn] * faktor
            }
        }
        return dold(framford ? .budgetFramford : .budget, p, u)
    }

    /// The profile prognoses (see the type's description).
    static func profil(_ u: Manadsunderlag) throws(PrognosFel) -> Punktprognoser {
        let ack = try Matriser.produkt(Matriser.ackumulering, u.utfall)
        let s = u.nycklar.count, ar = u.antalAr
        var andelar = Matrix(rows: 12, columns: ar * s)
        var giltig = Matrix(rows: s, columns: ar)
        for y in 0..<ar where u.heltAr(y) {
            for serie in 0..<s {
                let kolumn = y * s + serie, helar = ack[11, kolumn]
                guard helar != 0 else { continue }
                giltig[serie, y] = 1
                for i in 0..<12 { andelar[i, kolumn] = ack[i, kolumn] / helar }
            }
        }
        // Ones where year y′ (row) is earlier than year y (column).
        var tidigare = Matrix(rows: ar, columns: ar)
        for y in 0..<ar { for forra in 0..<y { tidigare[forra, y] = 1 } }
        let summa = try Matriser.produkt(try Matriser.omformad(andelar, rader: 12 * s, kolumner: ar), tidigare)
        let antal = try Matriser.produkt(giltig, tidigare)
        var p = Matrix(rows: 12, columns: ar * s, repeating: .nan)
        for y in 0..<ar {
            for serie in 0..<s where antal[serie, y] > 0 {
                for i in 0..<12 {
                    let andel = summa[serie * 12 + i, y] / antal[serie, y]
                    if andel != 0 { p[i, y * s + serie] = ack[i, y * s + serie] / andel }
                }
            }
        }
        return dold(.profil, p, u)
    }

    /// NaN wherever the outcome up to the cut-off is not all in the ledger, and in the unused row 11.
    private static func dold(_ metod: Prognosmetod, _ varden: Matrix, _ u: Manadsunderlag) -> Punktprognoser {
        var p = varden
        let s = u.nycklar.count
        for y in 0..<u.antalAr {
            for manad in 1...12 where manad == 12 || !u.ackumuleratKant(y: y, manad: manad) {
                for serie in 0..<s { p[manad - 1, y * s + serie] = .nan }
            }
        }
        return Punktprognoser(metod: metod, varden: p)
    }
}
