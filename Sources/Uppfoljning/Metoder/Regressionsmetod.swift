import LinearAlgebra

/// The regression method, by least squares through `Matrix.leastSquares` (LAPACK dgelsd), in two forms:
///
/// - **On drivers**, for a series whose row has drivers in the ledger (`Drivare`, e.g. personnel cost on
///   FTE and a wage index): the series' monthly amounts from its first non-zero month through the cut-off month m
///   on one constant per calendar month (the seasonal profile) and the drivers' values in the same month,
///   amount = γ(månad) + Σ βⱼ·driverⱼ. The prognosis is the year-to-date outcome plus γ(k) + Σ βⱼ·driverⱼ(m)
///   for each month k after m: the drivers held at their level in the cut-off month, the last one known
///   then. It needs every calendar month and every driver in the fit, more months than coefficients, and
///   the drivers' values in month m.
/// - **On year-to-date**, for the other series and where the driver fit is not possible: for each row and
///   cut-off month m, the full-year outcome on an intercept and the year-to-date outcome at month m, over
///   every unit with that row and every complete year before the prognosis year in which the unit had booked
///   on the row by month m (before, it did not exist), then a + b × this year's
///   year-to-date. It needs at least three such points and a year-to-date that varies among them.
///
/// Neither form sees anything after the cut-off month: not the outcome, and not the drivers.
enum Regressionsmetod {
    static func prognoser(_ u: Manadsunderlag) throws(PrognosFel) -> Punktprognoser {
        let s = u.nycklar.count
        let ack = try Matriser.produkt(Matriser.ackumulering, u.utfall)
        var p = Matrix(rows: 12, columns: u.antalAr * s, repeating: .nan)
        let grupper = Dictionary(grouping: 0..<s, by: { u.nycklar[$0].konto })
        for serier in grupper.values {
            for y in 0..<u.antalAr {
                let tidigare = (0..<y).filter(u.heltAr)
                for manad in 1...11 where u.ackumuleratKant(y: y, manad: manad) {
                    let punkter = tidigare.flatMap { t in
                        serier.filter { u.harBorjat(serie: $0, y: t, manad: manad) }.map { (ack[manad - 1, t * s + $0], ack[11, t * s + $0]) }
                    }
                    guard punkter.count >= Uppfoljningsmodellval.regressionMinstaPunkter, let (a, b) = try anpassa(punkter) else { continue }
                    for serie in serier { p[manad - 1, y * s + serie] = a + b * ack[manad - 1, y * s + serie] }
                }
            }
        }
        for serie in 0..<s where !u.drivarvarden[serie].isEmpty {
            for y in 0..<u.antalAr {
                for manad in 1...11 where u.ackumuleratKant(y: y, manad: manad) {
                    guard let rest = try resterande(u, serie: serie, sista: 12 * y + manad - 1) else { continue }
                    p[manad - 1, y * s + serie] = ack[manad - 1, y * s + serie] + rest
                }
            }
        }
        return Punktprognoser(metod: .regression, varden: p)
    }

    /// The drivers' prognosis of the months after month index `sista` (12·y + m − 1) to the end of that
    /// year for series `serie`, from its months up to and including `sista`, starting at its first month
    /// with a non-zero amount (the ledger holds 0 for the months before a unit's first booking); nil when
    /// the fit is not possible. The driver columns are centred on their mean over the fitted months, which
    /// changes nothing in exact arithmetic and keeps the design well conditioned next to the 0/1 columns.
    static func resterande(_ u: Manadsunderlag, serie: Int, sista: Int) throws(PrognosFel) -> Double? {
        let drivare = u.drivarvarden[serie], s = u.nycklar.count
        let belopp = { (rad: Int) in u.utfall[rad % 12, (rad / 12) * s + serie] }
        let nu = drivare.map { $0[sista] }
        guard nu.allSatisfy(\.isFinite),
              let start = (u.forsta.manad - 1...sista).first(where: { belopp($0) != 0 }) else { return nil }
        let manader = (start...sista).filter { rad in drivare.allSatisfy { $0[rad].isFinite } }
        let koefficienter = 12 + drivare.count
        guard manader.count > koefficienter else { return nil }
        let medel = drivare.map { d in manader.reduce(0) { $0 + d[$1] } / Double(manader.count) }
        do {
            var x = Matrix(rows: manader.count, columns: koefficienter)
            var y = Matrix(rows: manader.count, columns: 1)
            for (i, rad) in manader.enumerated() {
                x[i, rad % 12] = 1
                for (j, d) in drivare.enumerated() { x[i, 12 + j] = d[rad] - medel[j] }
                y[i, 0] = belopp(rad)
            }
            let losning = try x.leastSquares(y)
            guard losning.rank == koefficienter else { return nil }
            let nivan = nu.indices.reduce(0) { $0 + losning.solution[12 + $1, 0] * (nu[$1] - medel[$1]) }
            return (sista % 12 + 1..<12).reduce(0) { $0 + losning.solution[$1, 0] + nivan }
        } catch {
            throw .berakning(error.description)
        }
    }

    /// Intercept and slope of `helar` on `ack` by least squares, nil when the design has rank below 2.
    static func anpassa(_ punkter: [(ack: Double, helar: Double)]) throws(PrognosFel) -> (Double, Double)? {
        do {
            let x = try Matrix(rowMajor: punkter.map { [1, $0.ack] })
            let losning = try x.leastSquares(Matrix(column: punkter.map(\.helar)))
            guard losning.rank == 2 else { return nil }
            return (losning.solution[0, 0], losning.solution[1, 0])
        } catch {
            throw .berakning(error.description)
        }
    }
}
