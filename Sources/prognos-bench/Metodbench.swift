import Budget
import Foundation
import LinearAlgebra
import Uppfoljning
import Vokabular

/// The benchmark of the full-year methods: the whole backtest of the matrix methods (run-rate, profile,
/// budget, budget carried forward; points, intervals from past errors and the statistics) on `serier`
/// synthetic series × `ar` years of months, seeded, best of `repeats` runs.
struct Metodbench {
    let serier: Int
    let ar: Int
    let repeats: Int

    /// The synthetic ledger: per series a level (lognormal around 1 mnkr a year), 2,5 % growth a year with
    /// a 2 % deviation, the personnel profile of the example ledger and 3 % noise a month; the budget is the
    /// expected year spread exactly by the profile.
    func underlag() throws -> Manadsunderlag {
        var slump = SplitMix64(seed: 2018)
        let profil: [Double] = [1.00, 0.97, 1.02, 1.00, 1.02, 1.05, 0.70, 0.88, 1.02, 1.03, 1.03, 1.10]
        let vikt = profil.reduce(0, +)
        var utfall = Matrix(rows: 12 * ar, columns: serier), budget = utfall
        for s in 0..<serier {
            var niva = exp(13.8 + slump.nextStandardNormal())
            for y in 0..<ar {
                niva *= 1.025 + 0.02 * slump.nextStandardNormal()
                for m in 0..<12 {
                    budget[12 * y + m, s] = niva * profil[m] / vikt
                    utfall[12 * y + m, s] = niva * profil[m] / vikt * (1 + 0.03 * slump.nextStandardNormal())
                }
            }
        }
        return try Manadsunderlag(nycklar: (0..<serier).map { Serienyckel(enhet: "E\($0)", konto: "K\($0 % 20)") },
                                  forsta: Period(ar: 2010, manad: 1)!, sista: Period(ar: 2009 + ar, manad: 12)!,
                                  utfall: utfall, budget: budget)
    }

    /// Runs the backtest and returns the text to print.
    func kor() throws -> String {
        let u = try underlag()
        var basta = Double.infinity
        var resultat: Metodbacktest?
        for _ in 0..<repeats {
            let start = DispatchTime.now().uptimeNanoseconds
            resultat = try u.backtest(Prognosmetod.matrismetoder)
            basta = min(basta, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        let prognoser = resultat?.rader.map(\.antal).reduce(0, +) ?? 0
        return "Backtest av matrismetoderna (\(Prognosmetod.matrismetoder.map(\.namn).joined(separator: ", "))) på "
            + "\(Belopp.text(Double(serier), decimaler: 0)) syntetiska serier × \(ar) år, månad 1–11: "
            + "\(Belopp.text(basta, decimaler: 3)) s (bästa av \(repeats)), \(Belopp.text(Double(prognoser), decimaler: 0)) "
            + "prognoser jämförda med utfallet, \(Belopp.text(Double(prognoser) / basta, decimaler: 0)) per sekund"
    }
}
