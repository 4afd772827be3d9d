import GRDB
import LinearAlgebra
import Vokabular

extension Liggare {
    /// All series of `slag` as one matrix (see `Serier`), or nil when the ledger holds no such amounts. `framsteg`
    /// hears the number of amounts read every 10 000 (of `antal(slag)`): reading them is most of the work of a
    /// prognosis by the methods without a model.
    public func serier(_ slag: Beloppsslag, framsteg: ((Int) -> Void)? = nil) throws(LiggarFel) -> Serier? {
        let poster = try las("läsa \(slag.text)") { db in
            var poster: [(Serienyckel, Period, Int64)] = []
            let rader = try Row.fetchCursor(db, sql: Kontrolltabell(slag).rader())
            while let rad = try rader.next() {
                let nyckel = Serienyckel(enhet: rad[0], konto: rad[1]), ore: Int64 = rad[4]
                guard let period = Period(ar: rad[2], manad: rad[3]), ore.magnitude <= Self.maxOre.magnitude else {
                    throw LiggarFel.skadad(fil: fil, problem: "\(slag.text) för enhet \(nyckel.enhet), konto \(nyckel.konto) har år "
                                           + "\(rad[2] as Int), månad \(rad[3] as Int) och \(ore) öre, utanför det en inläsning kan skriva")
                }
                poster.append((nyckel, period, ore))
                if poster.count % 10_000 == 0 { framsteg?(poster.count) }
            }
            return poster
        }
        guard let forsta = poster.map(\.1).min(), let sista = poster.map(\.1).max() else { return nil }
        let nycklar = Set(poster.map(\.0)).sorted()
        let kolumn = Dictionary(uniqueKeysWithValues: nycklar.enumerated().map { ($1, $0) })
        var belopp = Matrix(rows: forsta.antalManader(till: sista), columns: nycklar.count)
        for (nyckel, period, ore) in poster {
            belopp[forsta.antalManader(till: period) - 1, kolumn[nyckel]!] = Double(ore) / 100
        }
        return Serier(nycklar: nycklar, forsta: forsta, sista: sista, belopp: belopp)
    }

    /// The number of amounts of `slag` in the ledger.
    public func antal(_ slag: Beloppsslag) throws(LiggarFel) -> Int {
        try las("läsa \(slag.text)") { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM \(slag.tabell)") ?? 0 }
    }

    /// The sum of `slag` over the months of `ar` per unit and row, in kronor; series without amounts that
    /// year are left out.
    public func arssummor(_ slag: Beloppsslag, ar: Int) throws(LiggarFel) -> [Serienyckel: Double] {
        try summor(slag, ar: ar, tillOchMed: 12)
    }

    /// The sum of `slag` over January to `manad` of `ar` per unit and row, in kronor: the year to date.
    /// Series without amounts in those months are left out.
    public func summor(_ slag: Beloppsslag, ar: Int, tillOchMed manad: Int) throws(LiggarFel) -> [Serienyckel: Double] {
        try las("läsa \(slag.text) för \(ar)") { db in
            var summor: [Serienyckel: Double] = [:]
            for rad in try Row.fetchAll(db, sql: """
                SELECT e.kod, k.kod, sum(b.ore) FROM \(slag.tabell) b
                JOIN enhet e ON e.id = b.enhet_id JOIN konto k ON k.id = b.konto_id
                WHERE b.ar = ? AND b.manad <= ? GROUP BY b.enhet_id, b.konto_id
                """, arguments: [ar, manad]) {
                summor[Serienyckel(enhet: rad[0], konto: rad[1])] = Double(rad[2] as Int64) / 100
            }
            return summor
        }
    }

    /// The whole ledger's sum of `slag` per month of `ar`, in kronor; months without amounts are left out.
    public func manadssummor(_ slag: Beloppsslag, ar: Int) throws(LiggarFel) -> [Int: Double] {
        try las("läsa \(slag.text) för \(ar)") { db in
            var summor: [Int: Double] = [:]
            for rad in try Row.fetchAll(db, sql: "SELECT manad, sum(ore) FROM \(slag.tabell) WHERE ar = ? GROUP BY manad",
                                        arguments: [ar]) {
                summor[rad[0]] = Double(rad[1] as Int64) / 100
            }
            return summor
        }
    }

    /// Every month the ledger has `slag` for, oldest first.
    public func manader(_ slag: Beloppsslag) throws(LiggarFel) -> [Period] {
        try las("läsa \(slag.text)") { db in
            try Row.fetchAll(db, sql: "SELECT DISTINCT ar, manad FROM \(slag.tabell) ORDER BY ar, manad").compactMap { Period(ar: $0[0], manad: $0[1]) }
        }
    }

    /// For each series whose budget for `ar` was imported as a year's amount, how it was spread over the months.
    public func budgetperiodisering(ar: Int) throws(LiggarFel) -> [Serienyckel: Periodiseringsmetod] {
        let rader = try las("läsa budgetens periodisering för \(ar)") { db in
            try Row.fetchAll(db, sql: """
                SELECT e.kod, k.kod, p.metod FROM budgetperiodisering p
                JOIN enhet e ON e.id = p.enhet_id JOIN konto k ON k.id = p.konto_id WHERE p.ar = ?
                """, arguments: [ar])
        }
        var metoder: [Serienyckel: Periodiseringsmetod] = [:]
        for rad in rader {
            guard let metod = Periodiseringsmetod(rawValue: rad[2]) else {
                throw .skadad(fil: fil, problem: "budgetens periodisering för \(rad[0] as String)/\(rad[1] as String) är \"\(rad[2] as String)\"")
            }
            metoder[Serienyckel(enhet: rad[0], konto: rad[1])] = metod
        }
        return metoder
    }

    /// The last month of `ar` that the ledger has `slag` for; nil when it has none that year.
    public func sistaManad(_ slag: Beloppsslag, ar: Int) throws(LiggarFel) -> Int? {
        try las("läsa \(slag.text) för \(ar)") { db in
            try Int.fetchOne(db, sql: "SELECT max(manad) FROM \(slag.tabell) WHERE ar = ?", arguments: [ar])
        }
    }

    /// The rows of the ledger, sorted by code.
    public func konton() throws(LiggarFel) -> [Konto] {
        let rader = try las("läsa kontona") { db in try Row.fetchAll(db, sql: "SELECT kod, slag FROM konto") }
        var konton: [Konto] = []
        for rad in rader {
            guard let slag = Kontoslag(rawValue: rad[1]) else {
                throw .skadad(fil: fil, problem: "kontot \(rad[0] as String) har slaget \"\(rad[1] as String)\"")
            }
            konton.append(Konto(kod: rad[0], slag: slag))
        }
        return konton.sorted { $0.kod.unicodeScalars.lexicographicallyPrecedes($1.kod.unicodeScalars) }
    }
}
