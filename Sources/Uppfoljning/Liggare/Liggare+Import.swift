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
        var lista = Bokforingslista(bokforingar, fil: fil)
        do {
            return try importera(&lista, som: slag, periodisering: periodisering, framsteg: framsteg)
        } catch {
            switch error {
            case .kallan(let fel), .liggaren(let fel): throw fel
            }
        }
    }

    /// Imports the amounts of `kalla` as `importera(_:som:)` does, writing each as it is read, so that memory
    /// does not grow with the export: a unit, row and month given twice is found by the ledger itself (a
    /// temporary table of what this import has written) and refused with `kalla`'s error. `framsteg` hears
    /// the share of the source read.
    public func importera<K: Bokforingskalla>(_ kalla: inout K, som slag: Beloppsslag,
                                              periodisering: [Periodisering.Arsbudgetnyckel: Periodiseringsmetod] = [:],
                                              framsteg: ((Double) -> Void)? = nil) throws(Importfel<K.Fel>) -> Importsammanfattning {
        do {
            return try databas.write { db in
                var skrivare = try Importskrivare(slag: slag, fil: fil, db)
                var antal = 0
                while true {
                    let nasta: (bokforing: Bokforing, rad: Int?)?
                    do throws(K.Fel) { nasta = try kalla.nasta() } catch { throw Importfel<K.Fel>.kallan(error) }
                    guard let (b, rad) = nasta else { break }
                    if let forra = try skrivare.skriv(b, rad: rad, db) {
                        throw Importfel<K.Fel>.kallan(kalla.dubblett(b, rad: rad, forra: forra))
                    }
                    antal += 1
                    if antal % 10_000 == 0 { framsteg?(kalla.andel) }
                }
                let sammanfattning = try skrivare.avsluta(db, periodiserade: Dictionary(periodisering.values.map { ($0, 1) }, uniquingKeysWith: +))
                if slag == .budget { try Self.markera(periodisering, skrivare.manadsvis, db) }
                framsteg?(1)
                return sammanfattning
            }
        } catch let fel as Importfel<K.Fel> {
            throw fel
        } catch {
            throw .liggaren(Self.fel(error, fil: fil, atgard: "läsa in \(slag.text)"))
        }
    }

    /// Records how each spread budget year was spread, and clears the record of a year now given per month
    /// (`manadsvis`: unit id, row id and year).
    private static func markera(_ periodisering: [Periodisering.Arsbudgetnyckel: Periodiseringsmetod],
                                _ manadsvis: Set<Importskrivare.Serieår>, _ db: Database) throws {
        let id = try db.makeStatement(sql: "SELECT (SELECT id FROM enhet WHERE kod = ?), (SELECT id FROM konto WHERE kod = ?)")
        let skriv = try db.makeStatement(sql: "INSERT OR REPLACE INTO budgetperiodisering (enhet_id, konto_id, ar, metod) VALUES (?, ?, ?, ?)")
        var spridda = Set<Importskrivare.Serieår>()
        for (n, metod) in periodisering {
            guard let rad = try Row.fetchOne(id, arguments: [n.nyckel.enhet, n.nyckel.konto]) else { continue }
            spridda.insert(.init(enhet: rad[0], konto: rad[1], ar: n.ar))
            try skriv.execute(arguments: [rad[0], rad[1], n.ar, metod.rawValue])
        }
        let rensa = try db.makeStatement(sql: "DELETE FROM budgetperiodisering WHERE enhet_id = ? AND konto_id = ? AND ar = ?")
        for n in manadsvis.subtracting(spridda) { try rensa.execute(arguments: [n.enhet, n.konto, n.ar]) }
    }

    /// `koder` without repetitions, in the order of first appearance.
    static func iOrdning(_ koder: [String]) -> [String] {
        var sedda = Set<String>()
        return koder.filter { sedda.insert($0).inserted }
    }
}
