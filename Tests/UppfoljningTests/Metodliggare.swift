import LinearAlgebra
import Uppfoljning
import Vokabular

/// The small ledger the method tests compute by hand: one series, E/K, 2014–2017 (or up to a cut-off).
///
/// | year | Jan–Jun each | Jul–Dec each | Jan–Jun (YTD at 6) | year |
/// | --- | ---: | ---: | ---: | ---: |
/// | 2014 | 50 | 70 | 300 | 720 |
/// | 2015 | 60 | 80 | 360 | 840 |
/// | 2016 | 70 | 90 | 420 | 960 |
/// | 2017 | 80 | 100 | 480 | 1 080 |
///
/// Every year is full year = 2 × YTD(6) + 120. The budget is 75 a month in every year.
enum Metodliggare {
    static let nyckel = Serienyckel(enhet: "E", konto: "K")

    /// The outcome month by month, `ar` years from 2014, with `andring` applied to (year index, month) → amount.
    static func utfall(ar: Int = 4, _ andring: (Int, Int, Double) -> Double = { $2 }) -> [Double] {
        (0..<ar).flatMap { y in
            (1...12).map { m in andring(y, m, Double(m <= 6 ? 50 + 10 * y : 70 + 10 * y)) }
        }
    }

    static func underlag(ar: Int = 4, sista: Period? = nil, budget: Bool = true,
                         _ andring: (Int, Int, Double) -> Double = { $2 }) throws -> Manadsunderlag {
        let u = utfall(ar: ar, andring)
        return try Manadsunderlag(nycklar: [nyckel], forsta: Period(ar: 2014, manad: 1)!,
                                  sista: sista ?? Period(ar: 2013 + ar, manad: 12)!, utfall: Matrix(column: u),
                                  budget: budget ? Matrix(column: [Double](repeating: 75, count: u.count)) : nil)
    }
}
