import LinearAlgebra

/// The regression method on the only driver the ledger itself holds, the year-to-date outcome: for each
/// row (account) and cut-off month m, least squares (`Matrix.leastSquares`, LAPACK dgelsd) of the full-year
/// outcome on an intercept and the year-to-date outcome at month m, over every unit with that row and every
/// complete year before the prognosis year, then a + b × this year's year-to-date. It needs at least three
/// such points and a year-to-date that varies among them; otherwise there is no prognosis. Drivers from
/// outside the ledger (FTE, wage index) would enter as further columns of the same design matrix.
enum Regressionsmetod {
    /// The fewest points a fit rests on.
    static let minstaAntal = 3

    static func prognoser(_ u: Manadsunderlag) throws(PrognosFel) -> Punktprognoser {
        let s = u.nycklar.count
        let ack = try Matriser.produkt(Matriser.ackumulering, u.utfall)
        var p = Matrix(rows: 12, columns: u.antalAr * s, repeating: .nan)
        let grupper = Dictionary(grouping: 0..<s, by: { u.nycklar[$0].konto })
        for serier in grupper.values {
            for y in 0..<u.antalAr {
                let tidigare = (0..<y).filter(u.heltAr)
                for manad in 1...11 where u.ackumuleratKant(y: y, manad: manad) {
                    let punkter = tidigare.flatMap { t in serier.map { (ack[manad - 1, t * s + $0], ack[11, t * s + $0]) } }
                    guard punkter.count >= minstaAntal, let (a, b) = try anpassa(punkter) else { continue }
                    for serie in serier { p[manad - 1, y * s + serie] = a + b * ack[manad - 1, y * s + serie] }
                }
            }
        }
        return Punktprognoser(metod: .regression, varden: p)
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
