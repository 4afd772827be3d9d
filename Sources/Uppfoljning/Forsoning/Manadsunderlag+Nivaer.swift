import LinearAlgebra

extension Manadsunderlag {
    /// The full-year outcome of series `s` in year index `y` (0 outside the ledger's months).
    func arsutfall(y: Int, serie s: Int) -> Double {
        (0..<12).reduce(0) { $0 + utfall[$1, y * nycklar.count + s] }
    }

    /// The levels `noder` as a basis of their own, one series per level: its outcome and budget the sums of its
    /// series' month by month, its budget counted for a year only where every one of its series has it, no
    /// drivers. A method makes a level's prognosis from this as it makes a series' from the ledger.
    func nivaer(_ noder: [Nivanod]) throws(PrognosFel) -> Manadsunderlag {
        let s = nycklar.count, n = noder.count
        var u = Matrix(rows: 12 * antalAr, columns: n)
        var b = u
        var harBudget = [Bool](repeating: false, count: antalAr * n)
        for (k, nod) in noder.enumerated() {
            for y in 0..<antalAr {
                for manad in 0..<12 {
                    var summaU = 0.0, summaB = 0.0
                    for serie in nod.serier {
                        summaU += utfall[manad, y * s + serie]
                        summaB += budget[manad, y * s + serie]
                    }
                    u[12 * y + manad, k] = summaU
                    b[12 * y + manad, k] = summaB
                }
                harBudget[y * n + k] = nod.serier.allSatisfy { self.harBudget[y * s + $0] }
            }
        }
        return try Manadsunderlag(nycklar: noder.map(\.nyckel), forsta: forsta, sista: sista, utfall: u, budget: b,
                                  harBudget: harBudget, drivare: nil)
    }
}
