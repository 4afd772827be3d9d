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
                let sammanfattning = try skrivare.avsluta(db, periodisering: periodisering)
                framsteg?(1)
                return sammanfattning
            }
        } catch let fel as Importfel<K.Fel> {
            throw fel
        } catch {
            throw .liggaren(Self.fel(error, fil: fil, atgard: "läsa in \(slag.text)"))
        }
    }
}
