import GRDB

extension Liggare {
    /// The largest amount the ledger takes, in öre: a thousand billion kronor either way, so that no sum of
    /// a year's amounts can overflow.
    public static let maxOre: Int64 = 100_000_000_000_000

    /// Imports a monthly export as one transaction. Units and rows not yet in the ledger are added (a new
    /// row's kind from the sign of its amounts in the export, see `Kontoslag`); every amount replaces the
    /// ledger's amount for the same unit, row and month, and amounts the export does not cover stay as they
    /// are. Importing the same export again changes nothing. Refuses, changing nothing, an export with an
    /// invalid code, an amount beyond `maxOre` or the same unit, row and month twice.
    /// `framsteg` hears the share of amounts written.
    ///
    /// Budget amounts spread from a year's amount carry how they were spread (`periodisering`), so that a report
    /// can say so; a budget year given per month clears that mark for its series.
    public func importera(_ bokforingar: [Bokforing], som slag: Beloppsslag,
                          periodisering: [Periodisering.Arsbudgetnyckel: Periodiseringsmetod] = [:],
                          framsteg: ((Double) -> Void)? = nil) throws(LiggarFel) -> Importsammanfattning {
        try kontrollera(bokforingar)
        let enhetskoder = Self.iOrdning(bokforingar.map(\.enhet))
        var kontosummor: [String: Double] = [:]
        for b in bokforingar { kontosummor[b.konto, default: 0] += b.kronor }
        let kontokoder = Self.iOrdning(bokforingar.map(\.konto))
        return try andra("läsa in \(slag.text)") { db in
            let (enheter, nyaEnheter) = try Self.idn(enhetskoder, i: "enhet", db) { kod in
                try db.execute(sql: "INSERT INTO enhet (kod) VALUES (?)", arguments: [kod])
            }
            let (konton, nyaKontokoder) = try Self.idn(kontokoder, i: "konto", db) { kod in
                try db.execute(sql: "INSERT INTO konto (kod, slag) VALUES (?, ?)",
                               arguments: [kod, Kontoslag.harlett(summa: kontosummor[kod] ?? 0).rawValue])
            }
            let las = try db.makeStatement(sql: """
                SELECT ore FROM \(slag.tabell) WHERE enhet_id = ? AND konto_id = ? AND ar = ? AND manad = ?
                """)
            let skriv = try db.makeStatement(sql: """
                INSERT INTO \(slag.tabell) (enhet_id, konto_id, ar, manad, ore) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (enhet_id, konto_id, ar, manad) DO UPDATE SET ore = excluded.ore
                """)
            var nya = 0, andrade = 0
            var summa = try Kontrollsumma.lagrad(slag, db) ?? 0
            for (i, b) in bokforingar.enumerated() {
                if i % 10_000 == 9_999 { framsteg?(Double(i + 1) / Double(bokforingar.count)) }
                let nyckel: StatementArguments = [enheter[b.enhet], konton[b.konto], b.period.ar, b.period.manad]
                let tidigare = try Int64.fetchOne(las, arguments: nyckel)
                guard tidigare != b.ore else { continue }
                func varde(_ ore: Int64) -> Int64 {
                    Kontrollsumma.varde(enhet: b.enhet, konto: b.konto, ar: b.period.ar, manad: b.period.manad, ore: ore)
                }
                if let tidigare {
                    andrade += 1
                    summa &-= varde(tidigare)
                } else {
                    nya += 1
                }
                summa &+= varde(b.ore)
                try skriv.execute(arguments: nyckel + [b.ore])
            }
            try Kontrollsumma.lagra(summa, slag, db)
            if slag == .budget { try Self.markera(periodisering, bokforingar, enheter: enheter, konton: konton, db) }
            framsteg?(1)
            let perioder = bokforingar.map(\.period)
            return Importsammanfattning(
                slag: slag, antalBelopp: bokforingar.count,
                perioder: perioder.min().flatMap { forsta in perioder.max().map { forsta...$0 } },
                nyaBelopp: nya, andradeBelopp: andrade, oforandradeBelopp: bokforingar.count - nya - andrade,
                nyaEnheter: nyaEnheter,
                nyaKonton: nyaKontokoder.map { Konto(kod: $0, slag: Kontoslag.harlett(summa: kontosummor[$0] ?? 0)) },
                periodiserade: Dictionary(periodisering.values.map { ($0, 1) }, uniquingKeysWith: +))
        }
    }

    /// Records how each spread budget year was spread, and clears the record of a year now given per month.
    private static func markera(_ periodisering: [Periodisering.Arsbudgetnyckel: Periodiseringsmetod], _ bokforingar: [Bokforing],
                                enheter: [String: Int64], konton: [String: Int64], _ db: Database) throws {
        let manadsvis = Set(bokforingar.map { Periodisering.Arsbudgetnyckel(nyckel: Serienyckel(enhet: $0.enhet, konto: $0.konto), ar: $0.period.ar) })
            .subtracting(periodisering.keys)
        let rensa = try db.makeStatement(sql: "DELETE FROM budgetperiodisering WHERE enhet_id = ? AND konto_id = ? AND ar = ?")
        for n in manadsvis { try rensa.execute(arguments: [enheter[n.nyckel.enhet], konton[n.nyckel.konto], n.ar]) }
        let skriv = try db.makeStatement(sql: "INSERT OR REPLACE INTO budgetperiodisering (enhet_id, konto_id, ar, metod) VALUES (?, ?, ?, ?)")
        for (n, metod) in periodisering {
            try skriv.execute(arguments: [enheter[n.nyckel.enhet], konton[n.nyckel.konto], n.ar, metod.rawValue])
        }
    }

    /// The checks an export must pass before anything is written; the reading layer makes the same checks
    /// with file, line and column, so these fire only for values built some other way.
    private func kontrollera(_ bokforingar: [Bokforing]) throws(LiggarFel) {
        var sedda = Set<Bokforing.Nyckel>()
        for b in bokforingar {
            for (vad, kod) in [("enhetskoden", b.enhet), ("kontokoden", b.konto)] {
                if let problem = Kod.problem(kod) { throw .ogiltigaVarden(fil: fil, problem: "\(vad) \"\(kod)\": \(problem)") }
            }
            guard b.ore.magnitude <= Self.maxOre.magnitude else {
                throw .ogiltigaVarden(fil: fil, problem: "beloppet \(b.ore) öre är större än liggaren tar (högst \(Self.maxOre) öre åt vardera hållet)")
            }
            guard sedda.insert(b.nyckel).inserted else {
                throw .ogiltigaVarden(fil: fil, problem: "enhet \(b.enhet), konto \(b.konto), period \(b.period) förekommer två gånger")
            }
        }
    }

    /// `koder` without repetitions, in the order of first appearance.
    static func iOrdning(_ koder: [String]) -> [String] {
        var sedda = Set<String>()
        return koder.filter { sedda.insert($0).inserted }
    }
}
