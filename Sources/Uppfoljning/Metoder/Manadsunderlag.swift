import LinearAlgebra
import Vokabular

/// The ledger's outcome and budget laid out by calendar year for the full-year methods: whole years from
/// January of the first year with outcome to December of the last, one 12-month block per year and series.
///
/// Layout (`utfall`, `budget`): a 12 × (år · serier) matrix whose column `y·S + s` holds January–December of
/// year `forstaAr + y` for series `s` (S = `nycklar.count`). Read as (12·S) × år the same elements hold one
/// year per column, which is how the profile method averages over years with one product. Outcome outside
/// the ledger's months (`forsta`…`sista`) is 0 and never used; budget is 0 where `harBudget` is false.
public struct Manadsunderlag: Sendable {
    /// The series, in column order.
    public let nycklar: [Serienyckel]
    /// The first month with outcome.
    public let forsta: Period
    /// The last month with outcome; nothing after it is seen.
    public let sista: Period
    /// The first year of the layout.
    public let forstaAr: Int
    /// The number of years in the layout.
    public let antalAr: Int
    /// Outcome, 12 × (år · serier).
    let utfall: Matrix
    /// Budget, 12 × (år · serier).
    let budget: Matrix
    /// Per column `y·S + s`: the budget covers all twelve months of that year for that series.
    let harBudget: [Bool]
    /// Per series and driver of its row (see `Drivare`; none when the row has none): the values month by
    /// month from January of `forstaAr`, index `12·y + månad − 1`, NaN where the ledger has none and outside
    /// `forsta`…`sista`, like the outcome.
    let drivarvarden: [[[Double]]]
    /// Per series: the month index `12·y + månad − 1` of its first booking (its first month with an amount; a
    /// unit or row that starts later than the ledger has no months before it), nil when it has none.
    let forstaBokforing: [Int?]
    /// The most series whose prognoses of the year before widen ETS's interval
    /// (`Uppfoljningsmodellval.etsKalibreringsurval`; a test sets fewer).
    var etsKalibreringsurval = Uppfoljningsmodellval.etsKalibreringsurval
    /// The most series per row (account) that ETS's backtest tests (`Uppfoljningsmodellval.etsBacktestPerKonto`;
    /// a test sets fewer).
    var etsBacktestPerKonto = Uppfoljningsmodellval.etsBacktestPerKonto

    /// The series whose ETS prognoses after a month of the year before widen ETS's interval in year index `y`: a
    /// sample (`Serieurval.minstaHash(_:bland:antal:)`) of those with an ETS prognosis already after January of
    /// the year before, so that it depends on nothing after the cut-off and its size is the number calibrated on.
    func kalibreringsserier(y: Int) -> [Int] {
        Serieurval.minstaHash(nycklar, bland: etsSerier(januari: y - 1), antal: etsKalibreringsurval)
    }

    /// The series with the months an ETS prognosis rests on (`Uppfoljningsmodellval.etsMinstaHistorik`) from their
    /// first booking through January of year index `y`, ascending.
    func etsSerier(januari y: Int) -> [Int] {
        nycklar.indices.filter { s in forstaBokforing[s].map { 12 * y - $0 + 1 >= Uppfoljningsmodellval.etsMinstaHistorik } ?? false }
    }

    /// The ledger's outcome, budget and drivers. Budget series that have no outcome are left out.
    public init(utfall: Serier, budget: Serier?, drivare: Drivare? = nil) throws(PrognosFel) {
        let forstaAr = utfall.forsta.ar, antalAr = utfall.sista.ar - forstaAr + 1
        let manader = { (s: Serier, kolumn: Int?) -> (Int) -> Double in
            { rad in
                guard let kolumn, let period = Period(ar: forstaAr + rad / 12, manad: rad % 12 + 1),
                      let i = s.rad(period) else { return 0 }
                return s.belopp[i, kolumn]
            }
        }
        var u = Matrix(rows: 12 * antalAr, columns: utfall.nycklar.count)
        var b = u
        var bTackning = [Bool](repeating: false, count: antalAr * utfall.nycklar.count)
        for (s, nyckel) in utfall.nycklar.enumerated() {
            let uRad = manader(utfall, s)
            let bKolumn = budget?.kolumn(nyckel)
            for rad in 0..<(12 * antalAr) { u[rad, s] = uRad(rad) }
            guard let budget, let bKolumn else { continue }
            let bRad = manader(budget, bKolumn)
            for rad in 0..<(12 * antalAr) { b[rad, s] = bRad(rad) }
            for y in 0..<antalAr {
                if let jan = Period(ar: forstaAr + y, manad: 1), let dec = Period(ar: forstaAr + y, manad: 12),
                   budget.forsta <= jan, dec <= budget.sista {
                    bTackning[y * utfall.nycklar.count + s] = true
                }
            }
        }
        try self.init(nycklar: utfall.nycklar, forsta: utfall.forsta, sista: utfall.sista, utfall: u,
                      budget: b, harBudget: bTackning, drivare: drivare)
    }

    /// Outcome and budget given as months × series matrices from January of `forsta.ar` through December of
    /// `sista.ar`; outcome before `forsta` and after `sista` is ignored. `budget` nil means no budget; a
    /// budget is taken to cover every year. For benchmarks and synthetic ledgers.
    public init(nycklar: [Serienyckel], forsta: Period, sista: Period, utfall: Matrix, budget: Matrix?,
                drivare: Drivare? = nil) throws(PrognosFel) {
        let ar = sista.ar - forsta.ar + 1
        try self.init(nycklar: nycklar, forsta: forsta, sista: sista, utfall: utfall,
                      budget: budget ?? Matrix(rows: utfall.rows, columns: utfall.columns),
                      harBudget: [Bool](repeating: budget != nil, count: max(ar, 0) * nycklar.count), drivare: drivare)
    }

    /// Outcome and budget as months × series matrices from January of `forsta.ar` through December of `sista.ar`,
    /// with the budget's cover per column `y·S + s` (`harBudget`).
    init(nycklar: [Serienyckel], forsta: Period, sista: Period, utfall u: Matrix, budget b: Matrix,
         harBudget: [Bool], drivare: Drivare?) throws(PrognosFel) {
        guard forsta <= sista else { throw .form("första månaden \(forsta) ligger efter den sista \(sista)") }
        let antalAr = sista.ar - forsta.ar + 1, s = nycklar.count
        for (namn, m) in [("utfallet", u), ("budgeten", b)] where m.rows != 12 * antalAr || m.columns != s {
            throw .form("\(namn) har \(m.rows) × \(m.columns) värden, förväntade \(12 * antalAr) månader × \(s) serier")
        }
        guard u.elements.allSatisfy(\.isFinite), b.elements.allSatisfy(\.isFinite) else {
            throw .form("underlaget innehåller värden som inte är ändliga tal")
        }
        self.nycklar = nycklar
        self.forsta = forsta
        self.sista = sista
        forstaAr = forsta.ar
        self.antalAr = antalAr
        self.harBudget = harBudget
        let forstaRad = forsta.manad - 1, sistaRad = 12 * (antalAr - 1) + sista.manad - 1
        func arsblock(_ m: Matrix, synligt: ClosedRange<Int>) -> Matrix {
            var block = Matrix(rows: 12, columns: antalAr * s)
            for serie in 0..<s {
                for rad in synligt { block[rad % 12, (rad / 12) * s + serie] = m[rad, serie] }
            }
            return block
        }
        utfall = arsblock(u, synligt: forstaRad...sistaRad)
        budget = arsblock(b, synligt: 0...(12 * antalAr - 1))
        forstaBokforing = (0..<s).map { serie in (forstaRad...sistaRad).first { u[$0, serie] != 0 } }
        drivarvarden = nycklar.map { nyckel in
            (drivare?.perKonto[nyckel.konto] ?? []).map { n in
                (0..<(12 * antalAr)).map { rad in
                    guard (forstaRad...sistaRad).contains(rad), let period = Period(ar: forsta.ar + rad / 12, manad: rad % 12 + 1),
                          let v = drivare?.varde(n, enhet: nyckel.enhet, period: period) else { return .nan }
                    return v
                }
            }
        }
    }

    /// The year index of `ar` in the layout, if the layout holds it.
    func index(ar: Int) -> Int? { (0..<antalAr).contains(ar - forstaAr) ? ar - forstaAr : nil }

    /// Whether the outcome of January through month `manad` of year index `y` is all in the ledger.
    func ackumuleratKant(y: Int, manad: Int) -> Bool {
        guard let jan = Period(ar: forstaAr + y, manad: 1), let m = Period(ar: forstaAr + y, manad: manad) else { return false }
        return forsta <= jan && m <= sista
    }

    /// Whether all twelve months of year index `y` are in the ledger.
    func heltAr(_ y: Int) -> Bool { ackumuleratKant(y: y, manad: 12) }

    /// Whether series `s` had booked by month `manad` of year index `y`: before its first booking a prognosis
    /// for it is made for a unit or row that does not exist yet, and its error says nothing about the method.
    func harBorjat(serie s: Int, y: Int, manad: Int) -> Bool {
        forstaBokforing[s].map { $0 <= 12 * y + manad - 1 } ?? false
    }

    /// Series `s`'s outcome month by month from its first booking through month `manad` of year index `y`.
    func historik(serie s: Int, y: Int, manad: Int) -> [Double] {
        guard let start = forstaBokforing[s], 12 * y + manad - 1 >= start else { return [] }
        return (start...(12 * y + manad - 1)).map { utfall[$0 % 12, ($0 / 12) * nycklar.count + s] }
    }
}
